/** `lapor recap`: the figures of a period and the previous one, per group and in total (one read transaction). */

import type { AppContext } from '../context.js';
import { UsageError } from '../errors.js';
import { loadCalendar } from '../calendar-loader.js';
import { humanDateTime, localDateOf } from '../domain/dates.js';
import { addCalendarDays } from '../domain/calendar.js';
import {
  percent,
  previousPeriod,
  resolvePeriod,
  startOfLocalDay,
  trendMonths,
  workingDayNumbers,
  type Period,
  type PeriodRequest,
  type RecapGrouping,
} from '../domain/recap.js';
import {
  TOTAL,
  earliestReceipt,
  emptyDurations,
  loadWorkingDays,
  monthlyTrend,
  overdueNow,
  recapRows,
  type DurationFigures,
  type GroupCounts,
  type Metric,
  type RecapRows,
  type RecapWindow,
  emptyCounts,
} from '../store/recap-repo.js';

/** One group's (or the total's) figures in one period. */
export interface Figures extends GroupCounts {
  /** Follow-ups (first after each start of the clock) within sla.followup_days, in percent. */
  onTimeShare: number | null;
  durations: Record<Metric, DurationFigures>;
}

export interface RecapGroup {
  /** The group's key ('' when the reports have none: no unit, no officer...). */
  key: string;
  current: Figures;
  previous: Figures;
}

export interface Recap {
  agency: { code: string; name: string };
  generatedAt: string;
  /** The generation time on the agency's clock, e.g. '2026-12-01 08:30 Asia/Makassar'. */
  generatedLocal: string;
  by: RecapGrouping;
  period: Period;
  previousPeriod: Period;
  followupDays: number;
  groups: RecapGroup[];
  total: RecapGroup;
  /** 12 months ending with the period, for the HTML trend chart. */
  trend: { month: string; received: number; followedUp: number }[];
  /** Reports late now, per officer, with working days late (for the HTML report and --letters). */
  overdue: { officer: string | null; unit: string | null; ticket: string; dueKind: string; dueDate: string; daysLate: number }[];
}

export interface RecapRequest extends PeriodRequest {
  by?: RecapGrouping;
}

/** The UTC offset of the agency at a date, as an SQLite modifier. */
function offsetModifier(date: string, timeZone: string): string {
  const minutes = (Date.parse(`${date}T00:00:00Z`) - Date.parse(startOfLocalDay(date, timeZone))) / 60_000;
  return `${minutes >= 0 ? '+' : ''}${minutes} minutes`;
}

function windowOf(p: Period, timeZone: string): RecapWindow {
  return { from: p.from, to: p.to, fromInstant: startOfLocalDay(p.from, timeZone), toInstant: startOfLocalDay(addCalendarDays(p.to, 1), timeZone) };
}

function figuresOf(rows: RecapRows, period: string, group: string): Figures {
  const counts = { ...emptyCounts(), ...rows.counts.get(period)?.get(group) };
  const durations = rows.durations.get(period)?.get(group) ?? emptyDurations();
  return { ...counts, durations, onTimeShare: percent(durations.followup.withinSla, durations.followup.count) };
}

function totalOf(rows: RecapRows, period: string, groups: readonly string[]): Figures {
  const sum = figuresOf(rows, period, TOTAL);
  for (const key of groups) {
    const f = figuresOf(rows, period, key);
    for (const k of ['received', 'verified', 'assigned', 'responded', 'followedUp', 'done', 'rejected', 'forwarded', 'openNow', 'overdueNow'] as const)
      sum[k] += f[k];
  }
  return sum;
}

const problemKeys = { conflict: 'recap.periodConflict', badMonth: 'recap.badMonth', badYear: 'recap.badYear', badRange: 'recap.badRange' } as const;

/**
 * `lapor recap`: every figure of both periods in one read transaction, so a recap never mixes
 * two states of the store. The calendar is loaded read-only (stored deadlines are used as they are).
 */
export function buildRecap(ctx: AppContext, req: RecapRequest): Recap {
  const settings = ctx.settings();
  const tz = settings.timezone;
  const now = ctx.clock();
  const today = localDateOf(now, tz);
  const period = resolvePeriod(req, today);
  if (typeof period === 'string')
    throw new UsageError(problemKeys[period], { month: req.month ?? '', year: req.year ?? '', from: req.from ?? '', to: req.to ?? '' });
  const previous = previousPeriod(period);
  const by = req.by ?? 'unit';
  const db = ctx.db();
  const calendar = loadCalendar(db, settings, ctx.io.lang);
  const months = trendMonths(period);
  const read = db.transaction(() => {
    const first = [earliestReceipt(db) ?? today, previous.from, months[0]!.from].sort()[0]!;
    const last = [today, period.to].sort().at(-1)!;
    loadWorkingDays(db, workingDayNumbers(calendar, addCalendarDays(first, -1), last));
    const offset = offsetModifier(period.from, tz);
    const offsetSeconds = (Date.parse(`${period.from}T00:00:00Z`) - Date.parse(startOfLocalDay(period.from, tz))) / 1000;
    const rows = recapRows(db, {
      by,
      current: windowOf(period, tz),
      previous: windowOf(previous, tz),
      offsetSeconds,
      today,
      followupDays: settings.sla.followupDays,
    });
    const trendWindow = windowOf({ kind: 'range', from: months[0]!.from, to: period.to }, tz);
    const trend = monthlyTrend(db, { ...trendWindow, offset });
    const overdue = overdueNow(db, today, 1000).map((o) => ({ ...o, daysLate: calendar.workingDaysBetween(o.dueDate, today) }));
    return { rows, trend, overdue };
  });
  const { rows, trend, overdue } = read.deferred();
  const keys = new Set<string>();
  for (const byGroup of [...rows.counts.values(), ...rows.durations.values()]) for (const k of byGroup.keys()) if (k !== TOTAL) keys.add(k);
  const sorted = [...keys].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  const groups = sorted.map((key) => ({ key, current: figuresOf(rows, 'current', key), previous: figuresOf(rows, 'previous', key) }));
  const total = { key: TOTAL, current: totalOf(rows, 'current', sorted), previous: totalOf(rows, 'previous', sorted) };
  return {
    agency: { code: settings.agency.code, name: settings.agency.name },
    generatedAt: now.toISOString(),
    generatedLocal: humanDateTime(now, tz),
    by,
    period,
    previousPeriod: previous,
    followupDays: settings.sla.followupDays,
    groups,
    total,
    overdue,
    trend: months.map((m) => ({ month: m.from.slice(0, 7), ...(trend.get(m.from.slice(0, 7)) ?? { received: 0, followedUp: 0 }) })),
  };
}
