/** NIP (civil-servant number) check: birth date, start of service, sex digit, serial. */

import type { FieldProblem } from './problems.js';
import { fieldError } from './problems.js';

/**
 * What a NIP (Nomor Induk Pegawai, the 18-digit civil-servant number) says about its holder.
 * Layout (PP 7/1977 as used by BKN): YYYYMMDD birth date, YYYYMM start of service as a candidate
 * civil servant (TMT CPNS), 1 digit sex (1 man, 2 woman), 3 digits serial 001-999.
 * Contract civil servants (PPPK) get numbers of the same shape with the appointment year in digits
 * 9-12 and a code that is not a month in digits 13-14 (e.g. 199009132025242014): `kind` says which.
 */
export type NipKind = 'pns' | 'pppk';

export interface NipInfo {
  kind: NipKind;
  /** YYYY-MM-DD */
  birthDate: string;
  /** YYYY-MM (TMT CPNS); only a PNS number carries the month. */
  startMonth?: string;
  /** YYYY: TMT CPNS or the PPPK appointment year. */
  startYear: string;
  sex: 'M' | 'F';
  serial: string;
}

export interface NipOptions {
  field?: string;
  /** YYYY-MM-DD in the agency's zone: the start month may not be after it. */
  today: string;
}

// A new CPNS must be at least 18 by law; 17 leaves room for old appointments and typos in the
// day. 70 is far above any entry age limit (35-40): older means the digits are wrong.
export const MIN_START_AGE = 17;
export const MAX_START_AGE = 70;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Full years from `birth` (Y, M, D) to the first day of `start` (Y, M). */
function ageAtMonthStart(by: number, bm: number, bd: number, sy: number, sm: number): number {
  let age = sy - by;
  if (sm < bm || (sm === bm && 1 < bd)) age -= 1;
  return age;
}

type StartCheck = { code: 'nip.startMonth' | 'nip.startFuture' | 'nip.tooYoung' | 'nip.tooOld'; params: Record<string, string | number> }[];

/** Age at the start of service, from the birth date and the start month, within the entry ages. */
function ageProblems(age: number, birth: string, start: string): StartCheck {
  if (age < MIN_START_AGE) return [{ code: 'nip.tooYoung', params: { birth, start, age, min: MIN_START_AGE } }];
  if (age > MAX_START_AGE) return [{ code: 'nip.tooOld', params: { birth, start, age, max: MAX_START_AGE } }];
  return [];
}

const ymd = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** PNS: digits 9-14 are TMT CPNS as YYYYMM. */
function checkPnsStart(by: number, bm: number, bd: number, sy: number, sm: number, today: string): StartCheck {
  const startMonth = `${sy}-${String(sm).padStart(2, '0')}`;
  if (sy < 1900 || sm < 1) return [{ code: 'nip.startMonth', params: { value: `${sy}${String(sm).padStart(2, '0')}` } }];
  if (startMonth > today.slice(0, 7)) return [{ code: 'nip.startFuture', params: { start: startMonth } }];
  return ageProblems(ageAtMonthStart(by, bm, bd, sy, sm), ymd(by, bm, bd), startMonth);
}

/**
 * PPPK: digits 9-12 are the appointment year, and the month is unknown: the age may be a year
 * less than the difference of the years, so only a difference outside the bounds is refused.
 */
function checkPppkStart(by: number, bm: number, bd: number, sy: number, today: string): StartCheck {
  if (sy < 1900) return [{ code: 'nip.startMonth', params: { value: String(sy) } }];
  if (sy > Number(today.slice(0, 4))) return [{ code: 'nip.startFuture', params: { start: String(sy) } }];
  const years = sy - by;
  if (years < MIN_START_AGE) return ageProblems(years, ymd(by, bm, bd), String(sy));
  return years - 1 > MAX_START_AGE ? ageProblems(years - 1, ymd(by, bm, bd), String(sy)) : [];
}

/**
 * Checks a NIP typed by an admin: spaces between the groups are allowed ("19850312 201001 1 003"),
 * the value returned is the 18 digits. `value` and `info` are set only when there is no problem.
 */
export function validateNip(input: string, opts: NipOptions): { value?: string; info?: NipInfo; problems: FieldProblem[] } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) throw new RangeError(`validateNip: today must be YYYY-MM-DD, got ${opts.today}`);
  const field = opts.field ?? 'nip';
  const nip = input.replace(/\s+/g, '');
  const bad = /\D/.exec(nip);
  if (bad) return { problems: [fieldError(field, 'nip.notDigits', { field, char: bad[0] })] };
  if (nip.length !== 18) return { problems: [fieldError(field, 'nip.length', { field, length: nip.length })] };

  const problems: FieldProblem[] = [];
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  const sy = Number(nip.slice(8, 12));
  const sm = Number(nip.slice(12, 14));
  const sexDigit = nip.slice(14, 15);
  const serial = nip.slice(15, 18);
  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const startMonth = `${nip.slice(8, 12)}-${nip.slice(12, 14)}`;

  const maxDay = bm === 2 && isLeap(by) ? 29 : (DAYS[bm - 1] ?? 0);
  const birthOk = by >= 1900 && bm >= 1 && bm <= 12 && bd >= 1 && bd <= maxDay;
  if (!birthOk) problems.push(fieldError(field, 'nip.birthDate', { field, value: nip.slice(0, 8) }));
  // 13-99 in digits 13-14 cannot be a month: a PPPK number. 00 stays a PNS typo (a blank month).
  const kind: NipKind = sm > 12 ? 'pppk' : 'pns';
  const start = kind === 'pppk' ? checkPppkStart(by, bm, bd, sy, opts.today) : checkPnsStart(by, bm, bd, sy, sm, opts.today);
  // Without a real birth date there is no age to judge; the start digits are still checked.
  const startProblems = birthOk ? start : start.filter((p) => p.code === 'nip.startMonth' || p.code === 'nip.startFuture');
  for (const p of startProblems) problems.push(fieldError(field, p.code, { field, ...p.params }));
  if (sexDigit !== '1' && sexDigit !== '2') problems.push(fieldError(field, 'nip.sex', { field, digit: sexDigit }));
  if (serial === '000') problems.push(fieldError(field, 'nip.serial', { field }));

  if (problems.length > 0) return { problems };
  const info: NipInfo = { kind, birthDate, ...(kind === 'pns' ? { startMonth } : {}), startYear: nip.slice(8, 12), sex: sexDigit === '1' ? 'M' : 'F', serial };
  return { value: nip, info, problems };
}

/** The grouping printed on SK letters and ID cards: "19850312 201001 1 003". */
export function formatNip(nip: string): string {
  if (!/^\d{18}$/.test(nip)) return nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}
