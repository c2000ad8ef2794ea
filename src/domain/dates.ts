/** Dates and date-times as people type them, in the agency time zone (WIB/WITA/WIT). */

import type { FieldProblem } from './problems.js';
import { fieldError } from './problems.js';

/** Shown in `date.format` / `datetime.format` messages so the admin sees what is accepted. */
export const DATE_EXAMPLES = '2026-03-05, 05/03/2026, 5-3-2026';
export const DATETIME_EXAMPLES = '2026-03-05 14:30, 05/03/2026 14.30, 2026-03-05T14:30:00+08:00';

// A year outside this range is a typo (2062 for 2026), never a real report date.
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * Indonesia's zones: the name people say, the IANA zones under it (the first is the one stored for
 * the name) and the UTC offset in minutes. Typed times, the names shown beside times, the fixed
 * offsets of the start-up path and `config set timezone WITA` all read this one table.
 */
const INDONESIAN_ZONES: readonly { name: 'WIB' | 'WITA' | 'WIT'; iana: readonly string[]; minutes: number }[] = [
  { name: 'WIB', iana: ['Asia/Jakarta', 'Asia/Pontianak'], minutes: 7 * 60 },
  { name: 'WITA', iana: ['Asia/Makassar'], minutes: 8 * 60 },
  { name: 'WIT', iana: ['Asia/Jayapura'], minutes: 9 * 60 },
];

// Offices write the zone abbreviation they live in; it overrides the agency zone.
const INDONESIAN_ZONE_OFFSETS: Readonly<Record<string, number>> = Object.fromEntries(INDONESIAN_ZONES.map((z) => [z.name, z.minutes]));

// The names agency staff use for their zones (and that parseDateTime reads back).
const ZONE_NAMES: Readonly<Record<string, string>> = Object.fromEntries(INDONESIAN_ZONES.flatMap((z) => z.iana.map((iana) => [iana, z.name])));

/** The IANA zone stored for WIB, WITA or WIT (any case); undefined for anything else. */
export function ianaOfZoneName(name: string): string | undefined {
  return INDONESIAN_ZONES.find((z) => z.name === name.toUpperCase())?.iana[0];
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

type DatePartResult = { ok: Ymd } | { error: 'format' | 'invalid' | 'year' };

const YEAR_FIRST = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
// Day first, as Indonesians write dates; the dot form (05.03.2026) is common in letters.
const DAY_FIRST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function parseDatePart(s: string): DatePartResult {
  let y: number;
  let m: number;
  let d: number;
  const yf = YEAR_FIRST.exec(s);
  const df = yf ? null : DAY_FIRST.exec(s);
  if (yf) {
    [y, m, d] = [Number(yf[1]), Number(yf[3]), Number(yf[4])];
  } else if (df) {
    [d, m, y] = [Number(df[1]), Number(df[3]), Number(df[4])];
  } else {
    return { error: 'format' };
  }
  if (y < MIN_YEAR || y > MAX_YEAR) return { error: 'year' };
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { error: 'invalid' };
  return { ok: { y, m, d } };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const ymdString = ({ y, m, d }: Ymd): string => `${y}-${pad2(m)}-${pad2(d)}`;

function datePartProblem(field: string, value: string, error: 'format' | 'invalid' | 'year', kind: 'date' | 'datetime'): FieldProblem {
  if (error === 'year') return fieldError(field, 'date.year', { field, value, min: MIN_YEAR, max: MAX_YEAR });
  if (error === 'invalid') return fieldError(field, 'date.invalid', { field, value });
  const examples = kind === 'date' ? DATE_EXAMPLES : DATETIME_EXAMPLES;
  return fieldError(field, `${kind}.format`, { field, value, examples });
}

/** A calendar date typed by a person, day first; returns YYYY-MM-DD. */
export function parseDate(input: string, field: string): { value?: string; problems: FieldProblem[] } {
  const value = input.trim();
  const r = parseDatePart(value);
  if ('error' in r) return { problems: [datePartProblem(field, value, r.error, 'date')] };
  return { value: ymdString(r.ok), problems: [] };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // h23: some ICU versions print midnight as "24" with hour12:false.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface Wall extends Ymd {
  hh: number;
  mi: number;
  ss: number;
}

/** Wall time by Intl itself: exact, but ~2 µs a call, which an import of a million rows pays many times over. */
function intlWallTime(ms: number, timeZone: string): Wall {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return { y: parts.year ?? 0, m: parts.month ?? 0, d: parts.day ?? 0, hh: parts.hour ?? 0, mi: parts.minute ?? 0, ss: parts.second ?? 0 };
}

function intlOffsetMs(ms: number, timeZone: string): number {
  const w = intlWallTime(ms, timeZone);
  const whole = Math.floor(ms / 1000) * 1000;
  return Date.UTC(w.y, w.m - 1, w.d, w.hh, w.mi, w.ss) - whole;
}

const HOUR = 3_600_000;
/** Zone -> hour since the epoch -> offset: numbers as keys, as this runs several times a row in imports. */
const offsetCache = new Map<string, Map<number, number>>();

/**
 * Zones whose offset has not changed since 1988 (tzdata: Pontianak moved to WIB then; Jakarta,
 * Makassar and Jayapura earlier). They need no Intl: its first DateTimeFormat loads ICU's zone
 * data, ~25 ms of every run's start-up (issue 13). Checked against Intl in test/domain/validation-dates.test.ts.
 */
const FIXED_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['UTC', 0],
  ...INDONESIAN_ZONES.flatMap((z) => z.iana.map((iana): [string, number] => [iana, z.minutes * 60_000])),
]);
const FIXED_SINCE = Date.UTC(1988, 0, 1);

/**
 * The zone's UTC offset at an instant, cached per zone and hour: when Intl gives the same
 * offset at both ends of the hour, no transition happens inside it (tzdata never has two
 * within an hour), so every instant of that hour has it. Hours with a transition are
 * computed exactly each time. Checked against Intl in test/transfer/import-fast-paths.test.ts.
 */
function offsetMs(ms: number, timeZone: string): number {
  const fixed = FIXED_OFFSETS.get(timeZone);
  if (fixed !== undefined && ms >= FIXED_SINCE) return fixed;
  const hour = Math.floor(ms / HOUR);
  let zone = offsetCache.get(timeZone);
  if (zone === undefined) offsetCache.set(timeZone, (zone = new Map()));
  const cached = zone.get(hour);
  if (cached !== undefined) return cached;
  const start = intlOffsetMs(hour * HOUR, timeZone);
  if (start !== intlOffsetMs(hour * HOUR + HOUR - 1000, timeZone)) return intlOffsetMs(ms, timeZone);
  if (zone.size >= 100_000) zone.clear();
  zone.set(hour, start);
  return start;
}

/** Epoch ms of an instant's wall-clock time in `timeZone` read as UTC: what a spreadsheet's zone-less date-time holds. */
export function wallClockMs(instant: string, timeZone: string): number {
  const ms = toEpoch(instant);
  return ms + offsetMs(ms, timeZone);
}

function wallTime(ms: number, timeZone: string): Wall {
  const d = new Date(Math.floor(ms / 1000) * 1000 + offsetMs(ms, timeZone));
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), hh: d.getUTCHours(), mi: d.getUTCMinutes(), ss: d.getUTCSeconds() };
}

/**
 * Wall-clock time in an IANA zone -> epoch ms. Indonesian zones have no DST,
 * but agency config may name any zone: a time skipped by DST moves forward and
 * a repeated one takes the earlier instant (Temporal's "compatible").
 */
function zonedToEpoch(w: Wall, timeZone: string): number {
  const wall = Date.UTC(w.y, w.m - 1, w.d, w.hh, w.mi, w.ss);
  const first = wall - offsetMs(wall, timeZone);
  const secondOffset = offsetMs(first, timeZone);
  const second = wall - secondOffset;
  if (second === first) return first;
  return offsetMs(second, timeZone) === secondOffset ? second : first;
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;
const LOCAL_DATE_TIME = /^([0-9./-]+)(?:(?:T|\s+)(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?(?:\s*(WIB|WITA|WIT))?$/i;

function timeOk(hh: number, mi: number, ss: number): boolean {
  return hh <= 23 && mi <= 59 && ss <= 59;
}

function parseOffsetMinutes(s: string): number | undefined {
  if (s.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(s);
  if (!m) return undefined;
  const h = Number(m[2]);
  const min = Number(m[3] ?? '0');
  if (h > 14 || min > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (h * 60 + min);
}

/**
 * A date or date-time typed by a person, read as wall time in `timeZone`
 * (a date alone is 00:00 local), unless it carries Z, an offset or WIB/WITA/WIT.
 * Returns the UTC instant as ISO 8601. Throws RangeError for an unknown zone:
 * that is a configuration bug, not the admin's typing.
 */
export function parseDateTime(input: string, field: string, timeZone: string): { value?: string; problems: FieldProblem[] } {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const value = input.trim();
  const fail = (p: FieldProblem) => ({ problems: [p] });

  const iso = ISO_WITH_OFFSET.exec(value);
  if (iso) {
    const [y, m, d, hh, mi, ss] = [1, 2, 3, 4, 5, 6].map((i) => Number(iso[i] ?? '0')) as [number, number, number, number, number, number];
    const offset = parseOffsetMinutes(iso[8] ?? '');
    const date = parseDatePart(`${iso[1]}-${iso[2]}-${iso[3]}`);
    if ('error' in date) return fail(datePartProblem(field, value, date.error, 'datetime'));
    if (offset === undefined) return fail(datePartProblem(field, value, 'format', 'datetime'));
    if (!timeOk(hh, mi, ss)) return fail(fieldError(field, 'time.invalid', { field, value }));
    const ms = Number(`0${iso[7] ?? ''}`) * 1000;
    const epoch = Date.UTC(y, m - 1, d, hh, mi, ss) + Math.round(ms) - offset * 60_000;
    return { value: new Date(epoch).toISOString(), problems: [] };
  }

  const local = LOCAL_DATE_TIME.exec(value);
  if (!local) return fail(datePartProblem(field, value, 'format', 'datetime'));
  const date = parseDatePart(local[1] ?? '');
  if ('error' in date) return fail(datePartProblem(field, value, date.error, 'datetime'));
  const hh = Number(local[2] ?? '0');
  const mi = Number(local[3] ?? '0');
  const ss = Number(local[4] ?? '0');
  if (!timeOk(hh, mi, ss)) return fail(fieldError(field, 'time.invalid', { field, value }));
  const wall: Wall = { y: date.ok.y, m: date.ok.m, d: date.ok.d, hh, mi, ss };
  const abbreviation = local[5]?.toUpperCase();
  const epoch =
    abbreviation !== undefined
      ? Date.UTC(wall.y, wall.m - 1, wall.d, hh, mi, ss) - (INDONESIAN_ZONE_OFFSETS[abbreviation] ?? 0) * 60_000
      : zonedToEpoch(wall, timeZone);
  return { value: new Date(epoch).toISOString(), problems: [] };
}

function toEpoch(instant: string | Date): number {
  // A string without Z or an offset would be read in the *process* zone by
  // Date.parse, so the same data would give different dates on different hosts.
  if (typeof instant === 'string' && !/(?:Z|[+-]\d{2}:?\d{2})$/i.test(instant.trim())) {
    throw new RangeError(`Instant needs Z or an offset: ${instant}`);
  }
  const ms = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return ms;
}

/** The calendar date (YYYY-MM-DD) of an instant in `timeZone`; deadlines count in these. */
export function localDateOf(instant: string | Date, timeZone: string): string {
  return ymdString(wallTime(toEpoch(instant), timeZone));
}

/**
 * The last millisecond of agency-local `date` (YYYY-MM-DD) as an ISO UTC instant: when a deadline
 * "through the whole day" ends, e.g. the moment an auto-close takes effect.
 */
export function endOfLocalDay(date: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(zonedToEpoch({ y, m, d, hh: 23, mi: 59, ss: 59 }, timeZone) + 999).toISOString();
}

/** `YYYY-MM-DD HH:MM` of an instant in `timeZone`, for lists and receipts. */
export function localDateTimeOf(instant: string | Date, timeZone: string): string {
  const w = wallTime(toEpoch(instant), timeZone);
  return `${ymdString(w)} ${pad2(w.hh)}:${pad2(w.mi)}`;
}

/**
 * The one format of a time shown to a person: `YYYY-MM-DD HH:MM WITA` in the agency zone. A zone
 * without an Indonesian name shows its offset at that instant (`+08:00`). Either form is read back
 * by parseDateTime, so a prompt may offer it as its default. JSON and CSV keep ISO 8601 instead.
 */
export function humanDateTime(instant: string | Date, timeZone: string): string {
  const ms = toEpoch(instant);
  const name = ZONE_NAMES[timeZone];
  if (name) return `${localDateTimeOf(instant, timeZone)} ${name}`;
  const offset = Math.round(offsetMs(ms, timeZone) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${localDateTimeOf(instant, timeZone)} ${sign}${pad2(Math.floor(Math.abs(offset) / 60))}:${pad2(Math.abs(offset) % 60)}`;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A value that may be a stored instant (audit details, reason parameters): shown as humanDateTime, anything else as it is. */
export function humanIfInstant(value: string, timeZone: string): string {
  return INSTANT.test(value) ? humanDateTime(value, timeZone) : value;
}

/**
 * The IANA name to store for a typed zone: WIB/WITA/WIT in any case, or an IANA name in any case
 * (`asia/makassar`), spelled the canonical way; undefined when it is no time zone. Every run reads
 * the stored zone through this (settings are parsed with the rules of `config set`), so a zone
 * already spelled the canonical way among the fixed ones skips Intl (its first use loads ICU's
 * zone data, ~30 ms of start-up).
 */
export function canonicalTimeZone(value: string): string | undefined {
  const typed = value.trim();
  const zone = ianaOfZoneName(typed) ?? typed;
  if (FIXED_OFFSETS.has(zone)) return zone;
  if (!isValidTimeZone(zone)) return undefined;
  // The formatter isValidTimeZone just made (and cached) knows the zone's canonical spelling.
  return formatterFor(zone).resolvedOptions().timeZone;
}

export function isValidTimeZone(tz: string): boolean {
  if (tz.trim() === '') return false;
  if (FIXED_OFFSETS.has(tz)) return true;
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}
