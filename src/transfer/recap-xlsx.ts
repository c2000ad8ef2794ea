/** The recap as an Excel workbook: the period, the previous period, the 12-month trend and the overdue list. */

import type { IO } from '../io/io.js';
import type { Figures, Recap } from '../app/recap.js';
import { groupLabel } from '../io/recap-render.js';

/**
 * The recap as an Excel workbook (what the coordination meeting's slides are made from): the
 * period's figures, the previous period's, the 12-month trend and the overdue list. Text cells are
 * written as text (never as formulas), numbers as numbers. No titles, no reporter data.
 */
type Cell = { value: string | number | null; type?: typeof String | typeof Number; fontWeight?: 'bold' } | null;

const text = (value: string, bold = false): Cell => ({ value, type: String, ...(bold ? { fontWeight: 'bold' as const } : {}) });
const num = (value: number | null): Cell => (value === null ? null : { value, type: Number });

function figuresSheet(io: IO, recap: Recap, pick: 'current' | 'previous'): Cell[][] {
  const heads = [
    io.t('recap.col.group'),
    io.t('recap.col.received'),
    io.t('recap.col.verified'),
    io.t('recap.col.assigned'),
    io.t('recap.col.responded'),
    io.t('recap.col.followedUp'),
    io.t('recap.col.done'),
    io.t('recap.col.rejected'),
    io.t('recap.col.forwarded'),
    io.t('recap.col.openNow'),
    io.t('recap.col.overdueNow'),
    `${io.t('recap.col.onTime')} (%)`,
  ];
  const metricHeads = (['recap.col.verifyDays', 'recap.col.responseDays', 'recap.col.followupDays'] as const).flatMap((k) => {
    const base = io.t(k).replace(/ \(median\/p90\)$/, '');
    return [`${base}: median`, `${base}: p90`];
  });
  const row = (label: string, f: Figures, bold: boolean): Cell[] => [
    text(label, bold),
    ...[f.received, f.verified, f.assigned, f.responded, f.followedUp, f.done, f.rejected, f.forwarded, f.openNow, f.overdueNow, f.onTimeShare].map(num),
    ...(['verify', 'response', 'followup'] as const).flatMap((m) => [num(f.durations[m].median), num(f.durations[m].p90)]),
  ];
  return [
    [...heads, ...metricHeads].map((h) => text(h, true)),
    ...recap.groups.map((g) => row(groupLabel(io, recap, g), g[pick], false)),
    row(io.t('recap.total'), recap.total[pick], true),
  ];
}

export async function recapXlsx(io: IO, recap: Recap): Promise<Buffer> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const p = recap.period;
  const q = recap.previousPeriod;
  const trend: Cell[][] = [
    [text(io.t('recap.xlsx.month'), true), text(io.t('recap.col.received'), true), text(io.t('recap.col.followedUp'), true)],
    ...recap.trend.map((t) => [text(t.month), num(t.received), num(t.followedUp)]),
  ];
  const overdue: Cell[][] = [
    [
      text(io.t('recap.col.officer'), true),
      text(io.t('recap.html.ticket'), true),
      text(io.t('recap.html.unit'), true),
      text(io.t('recap.html.deadlineKind'), true),
      text(io.t('recap.html.deadline'), true),
      text(io.t('recap.html.daysLate'), true),
    ],
    ...recap.overdue.map((o) => [
      text(o.officer ?? io.t('recap.html.unassigned')),
      text(o.ticket),
      text(o.unit ?? ''),
      text(io.tOr(`due.${o.dueKind}`, o.dueKind)),
      text(o.dueDate),
      num(o.daysLate),
    ]),
  ];
  const sheets = [
    { data: figuresSheet(io, recap, 'current'), sheet: `${p.from} ${p.to}`.slice(0, 31) },
    { data: figuresSheet(io, recap, 'previous'), sheet: `${q.from} ${q.to}`.slice(0, 31) },
    { data: trend, sheet: io.t('recap.xlsx.trend') },
    { data: overdue, sheet: io.t('recap.xlsx.overdue') },
  ];
  const widths = (n: number) => Array.from({ length: n }, (_, i) => ({ width: i === 0 ? 26 : 14 }));
  const withWidths = sheets.map((s) => ({ ...s, columns: widths(s.data[0]!.length) }));
  // The library's cell types are wider than ours; the data is plain text and numbers.
  return (await writeXlsxFile(withWidths as never).toBuffer()) as Buffer;
}
