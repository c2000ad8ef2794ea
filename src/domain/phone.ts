/** Indonesian phone numbers: check, normalise to E.164, mobile or landline, masking. */

// 'libphonenumber-js/max', not the default (min) metadata: min only checks
// number lengths per country, so it calls the 9-digit 081234567 valid and cannot
// tell a mobile from a landline (getType() is undefined). max knows Indonesia's
// per-range patterns: 08xx mobiles of 10-13 digits, area codes such as (0542).
import { createRequire } from 'node:module';
import type { PhoneNumber } from 'libphonenumber-js/max';

/**
 * libphonenumber-js/max takes ~45 ms to load here, a third of a `lapor list` run that never
 * parses a phone. It is required on first use instead (synchronously, so the API stays sync).
 */
const require = createRequire(import.meta.url);
let parser: typeof import('libphonenumber-js/max').parsePhoneNumberFromString | undefined;
function parsePhoneNumberFromString(...args: Parameters<NonNullable<typeof parser>>): PhoneNumber | undefined {
  parser ??= (require('libphonenumber-js/max') as typeof import('libphonenumber-js/max')).parsePhoneNumberFromString;
  return parser(...args);
}
import type { FieldProblem } from './problems.js';
import { fieldError, fieldWarning } from './problems.js';

export type PhoneKind = 'mobile' | 'fixed' | 'other';

export interface NormalizedPhone {
  /** +6281234567890; set when the number is valid. */
  e164?: string;
  /** What was typed (trimmed), kept because the admin may need it verbatim. */
  raw: string;
  kind?: PhoneKind;
  problems: FieldProblem[];
}

function kindOf(p: PhoneNumber): PhoneKind {
  const t = p.getType();
  if (t === 'MOBILE') return 'mobile';
  if (t === 'FIXED_LINE') return 'fixed';
  return 'other';
}

function parse(text: string, defaultCountry?: 'ID'): PhoneNumber | undefined {
  try {
    return parsePhoneNumberFromString(text, defaultCountry);
  } catch {
    return undefined;
  }
}

/**
 * Normalises a phone number typed in Indonesia: 0812-3456-7890, +62 812...,
 * 62812..., (0542) 123456. A valid foreign number is kept with a warning.
 */
export function normalizePhone(input: string, field = 'phone'): NormalizedPhone {
  const raw = input.trim();
  // Fast path for the everyday mobile forms (0812-3456-7890, +62 812 3456 7890, 62812...):
  // libphonenumber takes ~7 µs a number, a third of an import's validation. The pattern is
  // Indonesia's mobile range in the library's metadata (8[1-35-9], 9-12 national digits; no
  // fixed-line range starts with 8). test/transfer/import-fast-paths.test.ts compares it with
  // the library on every prefix and length, so a metadata change shows up there.
  const mobile = FAST_MOBILE.exec(raw.replace(SPACES_DASHES, ''));
  if (mobile) return { e164: `+62${mobile[1]}`, raw, kind: 'mobile', problems: [] };
  return normalizePhoneByLibrary(raw, field);
}

const FAST_MOBILE = /^(?:\+62|62|0)(8[1-35-9]\d{7,10})$/;
const SPACES_DASHES = /[ -]/g;
const STORED_MOBILE = /^\+62(8[1-35-9]\d{7,10})$/;

/** normalizePhone without the fast path: libphonenumber decides everything. */
export function normalizePhoneByLibrary(input: string, field = 'phone'): NormalizedPhone {
  const raw = input.trim();
  const invalid = (): NormalizedPhone => ({ raw, problems: [whyInvalid(raw, field)] });
  if (raw === '') return invalid();

  let p = parse(raw, 'ID');
  // "6221 5551234" written without "+" is a valid Indonesian *national* number
  // too (area code 0622), so libphonenumber keeps 62 as digits. People who
  // start with 62 and no 0 or + almost always mean the country code.
  const digitsOnlyStart = raw.replace(/^[\s(]+/, '');
  if (digitsOnlyStart.startsWith('62')) {
    const asInternational = parse(`+${digitsOnlyStart}`, 'ID');
    if (asInternational?.isValid() && asInternational.country === 'ID') p = asInternational;
  }
  if (!p || !p.isValid()) return invalid();

  const problems: FieldProblem[] = [];
  if (p.country !== 'ID') {
    problems.push(fieldWarning(field, 'phone.foreign', { field, country: p.country ?? `+${p.countryCallingCode}` }));
  }
  return { e164: p.number, raw, kind: kindOf(p), problems };
}

const ALLOWED = /[^\d\s().-]/;
const MOBILE_NATIONAL = /^(?:\+?62|0)(8\d*)$/;

/**
 * What is wrong with a number that is not valid, never the number itself: problems end up in
 * import reports and on the screen (UU PDP). Mobiles are 8 + 8-11 digits after 0 or +62.
 */
function whyInvalid(raw: string, field: string): FieldProblem {
  const bad = ALLOWED.exec(raw.replace(/^\+/, ''));
  if (bad) return fieldError(field, 'phone.character', { field, char: bad[0] });
  const digits = raw.replace(/\D/g, '');
  const mobile = MOBILE_NATIONAL.exec(digits.startsWith('62') || raw.startsWith('+') ? `+${digits}` : digits);
  const national = mobile?.[1]?.length;
  if (digits.length < 8 || (national !== undefined && national < 9)) return fieldError(field, 'phone.tooShort', { field, digits: digits.length });
  if (digits.length > 15 || (national !== undefined && national > 12)) return fieldError(field, 'phone.tooLong', { field, digits: digits.length });
  return fieldError(field, 'phone.invalid', { field, digits: digits.length });
}

/**
 * For lists (UU PDP): country code and the first 3 national digits, then the
 * last 4: +62812****7890. Shorter numbers show less, so at least a third
 * of the national digits always stays hidden.
 */
export function maskPhone(e164: string): string {
  // An Indonesian mobile as normalizePhone's fast path stores it needs no library: its country code
  // and national number are plain to see, and a list of them then does not load libphonenumber's
  // metadata (~45 ms). test/transfer/import-fast-paths.test.ts compares it with the library.
  const mobile = STORED_MOBILE.exec(e164);
  return mobile ? maskParts('+62', mobile[1]!) : maskPhoneByLibrary(e164);
}

/** maskPhone without the fast path: libphonenumber reads the number. */
export function maskPhoneByLibrary(e164: string): string {
  // No default country: input is meant to be E.164 already.
  const p = parse(e164);
  return maskParts(p ? `+${p.countryCallingCode}` : '', p ? p.nationalNumber : e164.replace(/\D/g, ''));
}

function maskParts(cc: string, national: string): string {
  const n = national.length;
  const keep = Math.max(0, Math.min(7, n - Math.ceil(n / 3)));
  const head = Math.min(3, Math.floor(keep / 2));
  const tail = keep - head;
  return `${cc}${national.slice(0, head)}${'*'.repeat(n - keep)}${national.slice(n - tail)}`;
}
