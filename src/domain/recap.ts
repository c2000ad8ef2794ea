/**
 * The pure side of `lapor recap`: which days a period covers, the period before it, the
 * working-day numbering the store joins against, and the figures derived from counts.
 *
 * The period rule (also in the README and `lapor recap --help`): a report belongs to the period
 * it was received in (its agency-local receipt date); each step (verification, assignment,
 * response, follow-up, closing, rejection, forwarding) counts in the period it happened in (the
 * agency-local date of the step's `at`, back-dated paper records included). So a report received
 * on 30 November and followed up on 2 December is "received" in November and "followed up" in
 * December.
 */
import { addCalendarDays, dayNumber, fromDayNumber, isIsoDate, type WorkingCalendar } from './calendar.js';
import { localDateTimeOf } from './dates.js';

export const recapGroupings = ['unit', 'officer', 'category', 'channel', 'classification', 'region'] as const;
export type RecapGrouping = (typeof recapGroupings)[number];

export type PeriodKind = 'month' | 'year' | 'range';

/** Agency-local dates, both inclusive. */
export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

export interface PeriodRequest {
  month?: string;
  year?: string;
  from?: string;
  to?: string;
}

/** Why a period request is refused; the command turns it into a usage error. */
export type PeriodProblem = 'conflict' | 'badMonth' | 'badYear' | 'badRange';

const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function monthPeriod(year: number, month: number): Period {
  return { kind: 'month', from: `${pad(year, 4)}-${pad(month)}-01`, to: `${pad(year, 4)}-${pad(month)}-${pad(lastDayOfMonth(year, month))}` };
}

/** --month YYYY-MM | --year YYYY | --from DATE --to DATE; none: the current month. */
export function resolvePeriod(req: PeriodRequest, today: string): Period | PeriodProblem {
  const given = [req.month !== undefined, req.year !== undefined, req.from !== undefined || req.to !== undefined].filter(Boolean).length;
  if (given > 1) return 'conflict';
  if (req.month !== undefined) {
    const m = /^(\d{4})-(\d{2})$/.exec(req.month.trim());
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return 'badMonth';
    return monthPeriod(Number(m[1]), Number(m[2]));
  }
  if (req.year !== undefined) {
    if (!/^\d{4}$/.test(req.year.trim())) return 'badYear';
    const y = req.year.trim();
    return { kind: 'year', from: `${y}-01-01`, to: `${y}-12-31` };
  }
  if (req.from !== undefined || req.to !== undefined) {
    const from = req.from ?? today;
    const to = req.to ?? today;
    if (!isIsoDate(from) || !isIsoDate(to) || to < from) return 'badRange';
    return { kind: 'range', from, to };
  }
  return monthPeriod(Number(today.slice(0, 4)), Number(today.slice(5, 7)));
}

/** The period of the same length just before: the previous month, year, or as many days. */
export function previousPeriod(p: Period): Period {
  if (p.kind === 'month') {
    const prevEnd = addCalendarDays(p.from, -1);
    return monthPeriod(Number(prevEnd.slice(0, 4)), Number(prevEnd.slice(5, 7)));
  }
  if (p.kind === 'year') {
    const y = pad(Number(p.from.slice(0, 4)) - 1, 4);
    return { kind: 'year', from: `${y}-01-01`, to: `${y}-12-31` };
  }
  const length = dayNumber(p.to) - dayNumber(p.from) + 1;
  return { kind: 'range', from: addCalendarDays(p.from, -length), to: addCalendarDays(p.from, -1) };
}

/** The 12 months ending with the period's last month, for the trend chart: [from, to] each. */
export function trendMonths(p: Period): Period[] {
  const months: Period[] = [];
  let year = Number(p.to.slice(0, 4));
  let month = Number(p.to.slice(5, 7));
  for (let i = 0; i < 12; i++) {
    months.unshift(monthPeriod(year, month));
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  }
  return months;
}

/**
 * The UTC instant at which an agency-local date begins. Indonesian zones have no daylight saving,
 * but the offset is still read at that date so a historical change would be honoured.
 */
export function startOfLocalDay(date: string, timeZone: string): string {
  const noonUtc = Date.parse(`${date}T12:00:00Z`);
  const wall = localDateTimeOf(new Date(noonUtc), timeZone); // "YYYY-MM-DD HH:MM"
  const wallMs = Date.parse(`${wall.replace(' ', 'T')}:00Z`);
  const offsetMs = wallMs - noonUtc;
  return new Date(Date.parse(`${date}T00:00:00Z`) - offsetMs).toISOString();
}

/**
 * Every day (as days since 1970-01-01) from `from` to `to` with the count of working days up to and including it; the
 * difference of two entries is `calendar.workingDaysBetween`. The store joins step dates to it so
 * the working-day durations are computed in SQL with the agency's own calendar.
 */
export function workingDayNumbers(cal: WorkingCalendar, from: string, to: string): [number, number][] {
  const out: [number, number][] = [];
  let n = 0;
  for (let day = dayNumber(from); day <= dayNumber(to); day++) {
    if (cal.isWorkingDay(fromDayNumber(day))) n++;
    out.push([day, n]);
  }
  return out;
}

/** Share in percent with one decimal, or null when nothing was measured. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** A change against the previous period: the arrow reads without colour. */
export function trendArrow(current: number | null, previous: number | null): string {
  if (current === null || previous === null) return '';
  return current > previous ? '▲' : current < previous ? '▼' : '=';
}

export function difference(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return Math.round((current - previous) * 10) / 10;
}

/** A bar of eighth-blocks, `width` cells for `max`: the terminal chart needs no colour. */
export function bar(value: number, max: number, width = 20): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  const blocks = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
  return '█'.repeat(Math.floor(eighths / 8)) + blocks[eighths % 8];
}
