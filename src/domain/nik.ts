/** NIK (national identity number) check and masking. */

import type { FieldProblem } from './problems.js';
import { fieldError, fieldWarning } from './problems.js';

/** What a NIK says about its holder (Permendagri layout: PP RR DD DDMMYY SSSS). */
export interface NikInfo {
  /** Dotted Kemendagri codes: "64", "64.09", "64.09.01". */
  province: string;
  regency: string;
  district: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: 'F' | 'M';
  serial: string;
}

export interface NikOptions {
  field?: string;
  /** YYYY-MM-DD in the agency's zone; decides the century and "not in the future". */
  today: string;
  /** Looked up with a dotted district code, e.g. "64.09.01". */
  isKnownRegion?: (code: string) => boolean;
}

// People copy NIKs from photocopies and forms with these groupings.
const SEPARATORS = /[\s.-]/g;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Younger than 10 or older than 110 is possible (a parent may give a child's NIK) but more often
// a typo in the date digits: a warning, never a refusal. With two-digit years and the newer century
// tried first, an age above 110 cannot come out of a NIK today; the bound is there for the rule.
export const MIN_REPORTER_AGE = 10;
export const MAX_REPORTER_AGE = 110;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function dateExists(year: number, month: number, day: number): boolean {
  const maxDay = month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] ?? 31);
  return day <= maxDay;
}

/** Full years from `birth` to `today`, both YYYY-MM-DD. */
function ageOn(birth: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  return today.slice(5) < birth.slice(5) ? years - 1 : years;
}

/**
 * The birth date of a two-digit year. Both centuries are tried, the newer first: the first reading
 * that exists and is not after `today` is taken (25-12-26 seen on 3 Dec 2026 is 1926, not a date
 * to come). `problem` says why neither reading will do, reported on the newer one.
 */
function readBirthDate(yy: number, month: number, day: number, today: string): { date: string; problem?: 'nik.date' | 'nik.future' } {
  const readings = [2000 + yy, 1900 + yy].map((year) => ({ year, date: `${year}-${pad2(month)}-${pad2(day)}` }));
  const existing = readings.filter((r) => dateExists(r.year, month, day));
  const fit = existing.find((r) => r.date <= today);
  if (fit) return { date: fit.date };
  if (existing.length === 0) return { date: readings[0]!.date, problem: 'nik.date' };
  return { date: existing[0]!.date, problem: 'nik.future' };
}

/**
 * Checks a NIK (Nomor Induk Kependudukan). `value` and `info` are set only when
 * there is no error; an unknown region is only a warning because the code is
 * where the NIK was first issued, and region tables lag behind splits.
 */
export function validateNik(input: string, opts: NikOptions): { value?: string; info?: NikInfo; problems: FieldProblem[] } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.today)) throw new RangeError(`validateNik: today must be YYYY-MM-DD, got ${opts.today}`);
  const field = opts.field ?? 'nik';
  const nik = input.trim().replace(SEPARATORS, '');

  // The offending character, not the NIK itself: problems end up in import reports.
  const bad = /\D/.exec(nik);
  if (bad) return { problems: [fieldError(field, 'nik.notDigits', { field, char: bad[0] })] };
  if (nik.length !== 16) return { problems: [fieldError(field, 'nik.length', { field, length: nik.length })] };

  const problems: FieldProblem[] = [];
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const serial = nik.slice(12, 16);

  const female = rawDay >= 41 && rawDay <= 71;
  const day = female ? rawDay - 40 : rawDay;
  const dayOk = (rawDay >= 1 && rawDay <= 31) || female;
  if (!dayOk) problems.push(fieldError(field, 'nik.day', { field, day: nik.slice(6, 8) }));
  const monthOk = month >= 1 && month <= 12;
  if (!monthOk) problems.push(fieldError(field, 'nik.month', { field, month: nik.slice(8, 10) }));

  const read = dayOk && monthOk ? readBirthDate(yy, month, day, opts.today) : undefined;
  const birthDate = read?.date ?? `${2000 + yy}-${nik.slice(8, 10)}-${String(day).padStart(2, '0')}`;
  if (read?.problem) problems.push(fieldError(field, read.problem, { field, date: birthDate }));
  else if (read) {
    const age = ageOn(birthDate, opts.today);
    if (age < MIN_REPORTER_AGE || age > MAX_REPORTER_AGE) {
      problems.push(fieldWarning(field, 'nik.age', { field, date: birthDate, age, min: MIN_REPORTER_AGE, max: MAX_REPORTER_AGE }));
    }
  }
  if (serial === '0000') problems.push(fieldError(field, 'nik.serial', { field }));

  const region = `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`;
  if (opts.isKnownRegion && !opts.isKnownRegion(region)) {
    problems.push(fieldWarning(field, 'nik.unknownRegion', { field, region }));
  }

  if (problems.some((p) => p.severity === 'error')) return { problems };
  return {
    value: nik,
    info: {
      province: nik.slice(0, 2),
      regency: region.slice(0, 5),
      district: region,
      birthDate,
      sex: female ? 'F' : 'M',
      serial,
    },
    problems,
  };
}

/** For lists and logs (UU PDP): `6409********0003`. Anything not NIK-shaped is fully masked. */
export function maskNik(nik: string): string {
  const digits = nik.trim().replace(SEPARATORS, '');
  if (digits.length < 12) return '*'.repeat(digits.length);
  return `${digits.slice(0, 4)}${'*'.repeat(digits.length - 8)}${digits.slice(-4)}`;
}
