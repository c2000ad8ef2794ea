/** NIP (civil-servant number) check: birth date, start of service, sex digit, serial. */

import type { FieldProblem } from './problems.js';
import { fieldError } from './problems.js';

/**
 * What a NIP (Nomor Induk Pegawai, the 18-digit civil-servant number) says about its holder.
 * Layout (PP 7/1977 as used by BKN): YYYYMMDD birth date, YYYYMM start of service as a candidate
 * civil servant (TMT CPNS), 1 digit sex (1 man, 2 woman), 3 digits serial 001-999.
 */
export interface NipInfo {
  /** YYYY-MM-DD */
  birthDate: string;
  /** YYYY-MM (TMT CPNS) */
  startMonth: string;
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
  const startOk = sy >= 1900 && sm >= 1 && sm <= 12;
  if (!startOk) problems.push(fieldError(field, 'nip.startMonth', { field, value: nip.slice(8, 14) }));
  else if (startMonth > opts.today.slice(0, 7)) problems.push(fieldError(field, 'nip.startFuture', { field, start: startMonth }));

  if (birthOk && startOk) {
    const age = ageAtMonthStart(by, bm, bd, sy, sm);
    if (age < MIN_START_AGE) problems.push(fieldError(field, 'nip.tooYoung', { field, birth: birthDate, start: startMonth, age, min: MIN_START_AGE }));
    else if (age > MAX_START_AGE) problems.push(fieldError(field, 'nip.tooOld', { field, birth: birthDate, start: startMonth, age, max: MAX_START_AGE }));
  }
  if (sexDigit !== '1' && sexDigit !== '2') problems.push(fieldError(field, 'nip.sex', { field, digit: sexDigit }));
  if (serial === '000') problems.push(fieldError(field, 'nip.serial', { field }));

  if (problems.length > 0) return { problems };
  return { value: nip, info: { birthDate, startMonth, sex: sexDigit === '1' ? 'M' : 'F', serial }, problems };
}

/** The grouping printed on SK letters and ID cards: "19850312 201001 1 003". */
export function formatNip(nip: string): string {
  if (!/^\d{18}$/.test(nip)) return nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}
