/**
 * Working-day calendar for SLA deadlines. Pure: no fs, no clock, no time zones.
 *
 * Semantics (tested in test/domain/calendar.test.ts):
 * - A date is a plain `YYYY-MM-DD` string: a calendar date in the agency's own time zone
 *   (WIB/WITA/WIT). Converting instants to dates is the caller's job; inside this module all
 *   arithmetic runs on UTC day numbers (Date.UTC), so the host's zone and DST never shift a day.
 * - Working day = Monday-Friday, and no holiday applies to it. National and local holidays always
 *   apply; collective leave (cuti bersama) applies unless `countCollectiveLeave` is false. A date in
 *   `removed` (an admin declared it a working day again) has no holiday at all, but a weekend stays
 *   a weekend.
 * - `addWorkingDays(start, n)` is the n-th working day strictly after `start`; `start` itself never
 *   counts, working or not, so a report received on a Saturday or a holiday starts the clock on the
 *   next working day. n = 0 returns `start` unchanged.
 * - `workingDaysBetween(from, to)` counts working days d with from < d <= to: 0 when to <= from,
 *   never negative, and the inverse of addWorkingDays: addWorkingDays(a, k) = b  =>  between(a, b) = k.
 * - Years without holiday data count weekends only. `coveredYears()` lists the years that have at
 *   least one national holiday, so the CLI can warn that dates outside them may be too early.
 *
 * Speed: non-working weekdays are kept as one sorted array of day numbers, weekdays are counted in
 * closed form, so workingDaysBetween is two binary searches and addWorkingDays loops once per
 * holiday it skips. `lapor due` calls these for every open report.
 */

export type HolidayKind = 'national' | 'collective_leave' | 'local';

export interface Holiday {
  date: string;
  kind: HolidayKind;
  name: string;
}

export interface CalendarOptions {
  holidays: readonly Holiday[];
  /** Dates an admin declared working days again (e.g. an Islamic holiday moved by a later decree). */
  removed?: readonly string[];
  /** Default true: cuti bersama are non-working, as for civil servants. */
  countCollectiveLeave?: boolean;
}

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /**
   * The holiday entry on that date (national > local > collective leave when several share it), for
   * display. Returned even when it changes nothing (a Sunday holiday, cuti bersama not counted);
   * undefined for a removed date.
   */
  holidayOn(date: string): Holiday | undefined;
  addWorkingDays(start: string, n: number): string;
  workingDaysBetween(from: string, to: string): number;
  coveredYears(): number[];
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01, or undefined when `s` is not a real YYYY-MM-DD date (e.g. 2026-02-30). */
function tryDayNumber(s: string): number | undefined {
  const m = DATE_RE.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCDate() !== d || date.getUTCMonth() !== mo - 1) return undefined;
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function isIsoDate(s: string): boolean {
  return tryDayNumber(s) !== undefined;
}

/** Throws: a malformed date reaching this module is a caller bug, not user input. */
export function dayNumber(s: string): number {
  const n = tryDayNumber(s);
  if (n === undefined) throw new Error(`Not a valid YYYY-MM-DD date: '${s}'`);
  return n;
}

export function fromDayNumber(n: number): string {
  const date = new Date(n * MS_PER_DAY);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addCalendarDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new Error(`addCalendarDays: n must be an integer, got ${n}`);
  return fromDayNumber(dayNumber(date) + n);
}

/** 0 = Monday ... 6 = Sunday. Day 0 (1970-01-01) was a Thursday. */
function isoWeekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function isWeekend(day: number): boolean {
  return isoWeekdayIndex(day) >= 5;
}

/** Weekdays in (-inf, day], offset so that differences give weekdays in (a, b]. */
function weekdaysUpTo(day: number): number {
  const x = day - 4; // day 4 = Monday 1970-01-05
  const weeks = Math.floor(x / 7);
  const r = x - weeks * 7;
  return weeks * 5 + Math.min(r + 1, 5);
}

/** The m-th weekday strictly after `day` (m >= 1). */
function addWeekdays(day: number, m: number): number {
  const wd = isoWeekdayIndex(day);
  // From a weekend, the m-th weekday after it is the m-th after the Friday before.
  const base = wd >= 5 ? day - (wd - 4) : day;
  const k = Math.min(wd, 4);
  const total = k + m;
  const weeks = Math.floor(total / 5);
  return base - k + weeks * 7 + (total - weeks * 5);
}

/** Number of elements of sorted `arr` that are <= x. */
function countUpTo(arr: readonly number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((arr[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const KIND_PRIORITY: Record<HolidayKind, number> = { national: 0, local: 1, collective_leave: 2 };

export function createCalendar(opts: CalendarOptions): WorkingCalendar {
  const countCollectiveLeave = opts.countCollectiveLeave ?? true;
  const removed = new Set<number>((opts.removed ?? []).map(dayNumber));

  const byDay = new Map<number, Holiday>();
  const covered = new Set<number>();
  for (const h of opts.holidays) {
    const day = tryDayNumber(h.date);
    if (day === undefined) throw new Error(`Holiday '${h.name}' has an invalid date '${h.date}'`);
    if (h.kind === 'national') covered.add(Number(h.date.slice(0, 4)));
    if (removed.has(day)) continue;
    const current = byDay.get(day);
    if (!current || KIND_PRIORITY[h.kind] < KIND_PRIORITY[current.kind]) byDay.set(day, h);
  }

  const offDays = new Set<number>();
  for (const [day, h] of byDay) {
    if (isWeekend(day)) continue; // already non-working; keeping it would count it twice
    if (h.kind === 'collective_leave' && !countCollectiveLeave) continue;
    offDays.add(day);
  }
  const sortedOff = [...offDays].sort((a, b) => a - b);
  const years = [...covered].sort((a, b) => a - b);

  // Working days in (-inf, day], offset; only differences mean anything.
  const workingUpTo = (day: number): number => weekdaysUpTo(day) - countUpTo(sortedOff, day);

  const isWorking = (day: number): boolean => !isWeekend(day) && !offDays.has(day);

  return {
    isWorkingDay(date) {
      return isWorking(dayNumber(date));
    },

    holidayOn(date) {
      return byDay.get(dayNumber(date));
    },

    addWorkingDays(start, n) {
      if (!Number.isInteger(n) || n < 0) {
        throw new Error(`addWorkingDays: n must be a whole number >= 0, got ${n}`);
      }
      const startDay = dayNumber(start);
      if (n === 0) return start;
      // Jump by weekdays, then make up for the holidays inside the jump. A jump never overshoots
      // (holidays only lower the count), and it lands exactly when the jump had no holiday, so the
      // last day reached is itself a working day.
      const base = workingUpTo(startDay);
      let day = startDay;
      let missing = n;
      while (missing > 0) {
        day = addWeekdays(day, missing);
        missing = n - (workingUpTo(day) - base);
      }
      return fromDayNumber(day);
    },

    workingDaysBetween(from, to) {
      const a = dayNumber(from);
      const b = dayNumber(to);
      if (b <= a) return 0;
      return workingUpTo(b) - workingUpTo(a);
    },

    coveredYears() {
      return [...years];
    },
  };
}
