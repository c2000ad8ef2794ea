/** The recap as a table (with unicode bar charts), JSON or CSV. */

import type { IO } from './io.js';
import type { Recap, RecapGroup, Figures } from '../app/recap.js';
import { renderRows, renderText, type Column } from './render.js';
import type { MessageKey } from './messages/index.js';
import { bar, difference, trendArrow } from '../domain/recap.js';
import type { GroupCounts } from '../store/recap-repo.js';

/** Table (terminal), JSON and CSV of a recap. Group keys are units, officers, codes: no citizen data. */

export function groupLabel(io: IO, recap: Recap, g: RecapGroup): string {
  if (g === recap.total) return io.t('recap.total');
  return g.key === '' ? io.t('recap.none') : g.key;
}

const countKeys = ['received', 'verified', 'assigned', 'responded', 'followedUp', 'done', 'rejected', 'forwarded', 'openNow', 'overdueNow'] as const;
const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function figuresJson(f: Figures): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of countKeys) out[snake(k)] = f[k];
  out.on_time_share = f.onTimeShare;
  out.working_days = Object.fromEntries(Object.entries(f.durations).map(([m, d]) => [m, { count: d.count, median: d.median, p90: d.p90 }]));
  out.followups_measured = f.durations.followup.count;
  out.followups_on_time = f.durations.followup.withinSla;
  return out;
}

export function recapJson(recap: Recap): unknown {
  const group = (g: RecapGroup) => ({ group: g.key === '' ? null : g.key, current: figuresJson(g.current), previous: figuresJson(g.previous) });
  return {
    agency: recap.agency,
    generated_at: recap.generatedAt,
    by: recap.by,
    period: recap.period,
    previous_period: recap.previousPeriod,
    followup_target_days: recap.followupDays,
    groups: recap.groups.map(group),
    total: { current: figuresJson(recap.total.current), previous: figuresJson(recap.total.previous) },
    trend: recap.trend.map((t) => ({ month: t.month, received: t.received, followed_up: t.followedUp })),
  };
}

/** "12 ▲+3": a count with its change against the previous period. */
function withChange(current: number | null, previous: number | null, unit = ''): string {
  if (current === null) return '-';
  const diff = difference(current, previous);
  const arrow = trendArrow(current, previous);
  if (diff === null || arrow === '') return `${current}${unit}`;
  return `${current}${unit} ${arrow}${diff > 0 ? '+' : ''}${diff === 0 ? '' : diff}`;
}

const days = (d: { median: number | null; p90: number | null }) => (d.median === null ? '-' : `${d.median}/${d.p90}`);

type Line = { label: string; g: RecapGroup };

function countColumns(): Column<Line>[] {
  const labels: Record<(typeof countKeys)[number], MessageKey> = {
    received: 'recap.col.received',
    verified: 'recap.col.verified',
    assigned: 'recap.col.assigned',
    responded: 'recap.col.responded',
    followedUp: 'recap.col.followedUp',
    done: 'recap.col.done',
    rejected: 'recap.col.rejected',
    forwarded: 'recap.col.forwarded',
    openNow: 'recap.col.openNow',
    overdueNow: 'recap.col.overdueNow',
  };
  const compared = new Set<keyof GroupCounts>(['received', 'followedUp', 'done']);
  // On a narrow terminal the steps between receipt and follow-up go first, then the rare outcomes.
  const hide: Partial<Record<keyof GroupCounts, number>> = { forwarded: 1, rejected: 2, assigned: 3, responded: 4, verified: 5 };
  return [
    { key: 'group', label: 'recap.col.group', value: (l) => l.label, shrink: true },
    ...countKeys.map((k): Column<Line> => ({
      key: snake(k),
      label: labels[k],
      value: (l) => l.g.current[k],
      display: compared.has(k) ? (l) => withChange(l.g.current[k], l.g.previous[k]) : undefined,
      hide: hide[k],
    })),
  ];
}

function timelinessColumns(): Column<Line>[] {
  return [
    { key: 'group', label: 'recap.col.group', value: (l) => l.label, shrink: true },
    {
      key: 'on_time_share',
      label: 'recap.col.onTime',
      value: (l) => l.g.current.onTimeShare,
      display: (l) => withChange(l.g.current.onTimeShare, l.g.previous.onTimeShare, '%'),
    },
    { key: 'verify', label: 'recap.col.verifyDays', value: (l) => days(l.g.current.durations.verify) },
    { key: 'response', label: 'recap.col.responseDays', value: (l) => days(l.g.current.durations.response) },
    { key: 'followup', label: 'recap.col.followupDays', value: (l) => days(l.g.current.durations.followup) },
  ];
}

/** Flat CSV: one row per group and the total, the previous period's main figures alongside. */
function csvColumns(): Column<Line>[] {
  const cols: Column<Line>[] = [{ key: 'group', label: 'recap.col.group', value: (l) => l.label, freeText: true }];
  for (const k of countKeys) cols.push({ key: snake(k), label: 'recap.col.group', value: (l) => l.g.current[k] });
  cols.push({ key: 'on_time_share', label: 'recap.col.onTime', value: (l) => l.g.current.onTimeShare });
  for (const m of ['verify', 'response', 'followup'] as const) {
    cols.push({ key: `${m}_days_median`, label: 'recap.col.group', value: (l) => l.g.current.durations[m].median });
    cols.push({ key: `${m}_days_p90`, label: 'recap.col.group', value: (l) => l.g.current.durations[m].p90 });
  }
  for (const k of ['received', 'followedUp', 'done'] as const)
    cols.push({ key: `${snake(k)}_previous`, label: 'recap.col.group', value: (l) => l.g.previous[k] });
  cols.push({ key: 'on_time_share_previous', label: 'recap.col.onTime', value: (l) => l.g.previous.onTimeShare });
  return cols;
}

function linesOf(io: IO, recap: Recap): Line[] {
  return [...recap.groups, recap.total].map((g) => ({ label: groupLabel(io, recap, g), g }));
}

export async function renderRecap(io: IO, recap: Recap, format: 'table' | 'json' | 'csv'): Promise<void> {
  if (format === 'json') return io.out(JSON.stringify(recapJson(recap), null, 2));
  const lines = linesOf(io, recap);
  if (format === 'csv') return renderRows(io, 'csv', csvColumns(), lines);
  const p = recap.period;
  const q = recap.previousPeriod;
  renderText(io, io.chalk.bold(io.t('recap.title', { from: p.from, to: p.to, by: io.t(`recap.by.${recap.by}` as const), prevFrom: q.from, prevTo: q.to })));
  await renderRows(io, 'table', countColumns(), lines);
  renderText(io, io.chalk.bold(io.t('recap.timeliness', { days: recap.followupDays })));
  await renderRows(io, 'table', timelinessColumns(), lines);
  io.out(charts(io, lines.slice(0, -1)));
}

/** Unicode bars after the table: received vs followed up, and on-time share, per group. */
function charts(io: IO, lines: Line[]): string {
  // Room for "  R " + a 20-character bar + the figure; a longer name is cut with an ellipsis.
  const room = io.width === undefined ? Infinity : Math.max(4, io.width - 30);
  const label = (l: Line) => ([...l.label].length > room ? `${[...l.label].slice(0, room - 1).join('')}…` : l.label);
  const width = Math.max(...lines.map((l) => [...label(l)].length), 4);
  const name = (l: Line) => label(l) + ' '.repeat(Math.max(0, width - [...label(l)].length));
  const max = Math.max(1, ...lines.map((l) => Math.max(l.g.current.received, l.g.current.followedUp)));
  const out = ['', io.chalk.bold(io.t('recap.chart.volume'))];
  for (const l of lines) {
    out.push(`${name(l)}  R ${bar(l.g.current.received, max)} ${l.g.current.received}`);
    out.push(`${' '.repeat(width)}  F ${bar(l.g.current.followedUp, max)} ${l.g.current.followedUp}`);
  }
  out.push('', io.chalk.bold(io.t('recap.chart.onTime')));
  for (const l of lines) {
    const share = l.g.current.onTimeShare;
    out.push(`${name(l)}  ${share === null ? '-' : `${bar(share, 100)} ${share}%`}`);
  }
  return out.join('\n');
}
