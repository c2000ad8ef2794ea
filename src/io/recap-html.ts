/** The recap as one self-contained HTML page (inline CSS and SVG) that prints on A4. */

import type { IO } from './io.js';
import type { Figures, Recap } from '../app/recap.js';
import { groupLabel } from './recap-render.js';
import { difference, trendArrow } from '../domain/recap.js';
import { escapeHtml as h, shareChart, trendChart } from './recap-svg.js';

/**
 * The recap as one self-contained HTML file for the coordination meeting and the evaluators:
 * inline CSS and SVG, no script, no network; A4 print CSS with a page break between sections.
 * Only unit codes, officer names and tickets appear: no report titles, no reporter data.
 */

const css = `
:root { --ink: #1d2733; --muted: #5b6776; --line: #d5dbe3; --accent: #1f5fa8; --light: #8fb8e6; --good: #2e8b57; --poor: #d08a1e; }
* { box-sizing: border-box; }
body { font: 11pt/1.4 "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 210mm; padding: 12mm; }
header { border-bottom: 3px solid var(--accent); padding-bottom: 6px; margin-bottom: 12px; }
h1 { font-size: 18pt; margin: 0; } h2 { font-size: 13pt; margin: 0 0 8px; color: var(--accent); }
.meta { color: var(--muted); font-size: 9.5pt; margin: 2px 0; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
.card .v { font-size: 20pt; font-weight: 700; } .card .k { font-size: 9pt; color: var(--muted); }
.card .p { font-size: 8.5pt; color: var(--muted); }
section { margin-bottom: 18px; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; table-layout: fixed; }
th { font-size: 7.5pt; overflow-wrap: anywhere; hyphens: auto; } th:first-child { width: 21%; }
th, td { border: 1px solid var(--line); padding: 3px 5px; text-align: right; }
th:first-child, td:first-child { text-align: left; } th { background: #eef2f7; }
tr.total td { font-weight: 700; background: #f6f8fb; }
h3 { font-size: 10.5pt; margin: 10px 0 4px; }
svg .grid { stroke: var(--line); stroke-width: 1; } svg .axis, svg .label { font-size: 10px; fill: var(--muted); }
svg .label { fill: var(--ink); font-size: 11px; } svg .received { fill: var(--accent); } svg .followed { fill: var(--light); }
svg .good { fill: var(--good); } svg .poor { fill: var(--poor); } svg .target { stroke: #b3261e; stroke-width: 2; stroke-dasharray: 5 3; }
.rule { font-size: 8.5pt; color: var(--muted); }
@page { size: A4; margin: 12mm; }
@media print { body { padding: 0; max-width: none; } section.page { break-before: page; } tr, .card, svg { break-inside: avoid; } }
`;

function change(io: IO, current: number | null, previous: number | null, unit = ''): string {
  const arrow = trendArrow(current, previous);
  const diff = difference(current, previous);
  const prev = previous === null ? '-' : `${previous}${unit}`;
  const delta = diff === null || diff === 0 ? arrow : `${arrow} ${diff > 0 ? '+' : ''}${diff}${unit}`;
  return `${h(io.t('recap.html.previous', { value: prev }))} ${h(delta)}`;
}

/** A headline figure; `previous` undefined for a figure of today (open, overdue), which has no trend. */
function card(io: IO, label: string, current: number | null, previous: number | null | undefined, unit = ''): string {
  const trend = previous === undefined ? '' : change(io, current, previous, unit);
  return `<div class="card"><div class="v">${current === null ? '-' : `${current}${unit}`}</div><div class="k">${h(label)}</div><div class="p">${trend}</div></div>`;
}

function headline(io: IO, recap: Recap): string {
  const c = recap.total.current;
  const p = recap.total.previous;
  const cards = [
    card(io, io.t('recap.col.received'), c.received, p.received),
    card(io, io.t('recap.col.followedUp'), c.followedUp, p.followedUp),
    card(io, io.t('recap.html.onTimeShort'), c.onTimeShare, p.onTimeShare, '%'),
    card(io, io.t('recap.html.medianFollowup'), c.durations.followup.median, p.durations.followup.median),
    card(io, io.t('recap.col.done'), c.done, p.done),
    card(io, io.t('recap.col.rejected'), c.rejected, p.rejected),
    card(io, io.t('recap.col.openNow'), c.openNow, undefined),
    card(io, io.t('recap.col.overdueNow'), c.overdueNow, undefined),
  ];
  return `<section><h2>${h(io.t('recap.html.headline'))}</h2><div class="cards">${cards.join('')}</div></section>`;
}

const days = (d: { median: number | null; p90: number | null }) => (d.median === null ? '-' : `${d.median} / ${d.p90}`);

type Head = Parameters<IO['t']>[0];

function table(io: IO, heads: readonly Head[], rows: string[][], totalRow: number): string {
  const body = rows.map((cells, i) => `<tr${i === totalRow ? ' class="total"' : ''}>${cells.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`);
  return `<table><thead><tr>${heads.map((k) => `<th>${h(io.t(k))}</th>`).join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** Two tables (counts, then timeliness) so both fit the width of an A4 page. */
function figuresTables(io: IO, recap: Recap): string {
  const lines = [...recap.groups, recap.total];
  const label = (g: (typeof lines)[number]) => groupLabel(io, recap, g);
  const countHeads = [
    'recap.col.group',
    'recap.col.received',
    'recap.col.verified',
    'recap.col.assigned',
    'recap.col.responded',
    'recap.col.followedUp',
    'recap.col.done',
    'recap.col.rejected',
    'recap.col.forwarded',
    'recap.col.openNow',
    'recap.col.overdueNow',
  ] as const;
  const counts = (f: Figures) =>
    [f.received, f.verified, f.assigned, f.responded, f.followedUp, f.done, f.rejected, f.forwarded, f.openNow, f.overdueNow].map(String);
  const timeHeads = ['recap.col.group', 'recap.col.onTime', 'recap.col.verifyDays', 'recap.col.responseDays', 'recap.col.followupDays'] as const;
  const times = (f: Figures) => [
    f.onTimeShare === null ? '-' : `${f.onTimeShare}%`,
    days(f.durations.verify),
    days(f.durations.response),
    days(f.durations.followup),
  ];
  const by = io.t(`recap.by.${recap.by}` as const);
  const last = lines.length - 1;
  return `<section class="page"><h2>${h(io.t('recap.html.figures', { by }))}</h2>
${table(
  io,
  countHeads,
  lines.map((g) => [label(g), ...counts(g.current)]),
  last,
)}
<h3>${h(io.t('recap.timeliness', { days: recap.followupDays }))}</h3>
${table(
  io,
  timeHeads,
  lines.map((g) => [label(g), ...times(g.current)]),
  last,
)}
<p class="rule">${h(io.t('recap.html.rule'))}</p></section>`;
}

function overdueSection(io: IO, recap: Recap): string {
  const title = `<h2>${h(io.t('recap.html.overdue'))}</h2>`;
  if (recap.overdue.length === 0) return `<section class="page">${title}<p>${h(io.t('recap.html.noOverdue'))}</p></section>`;
  const byOfficer = new Map<string, typeof recap.overdue>();
  for (const o of recap.overdue) {
    const name = o.officer ?? io.t('recap.html.unassigned');
    byOfficer.set(name, [...(byOfficer.get(name) ?? []), o]);
  }
  const head = ['recap.html.ticket', 'recap.html.unit', 'recap.html.deadlineKind', 'recap.html.deadline', 'recap.html.daysLate'] as const;
  const blocks = [...byOfficer].map(([officer, list]) => {
    const rows = list.map(
      (o) =>
        `<tr><td>${h(o.ticket)}</td><td>${h(o.unit ?? '-')}</td><td>${h(io.tOr(`due.${o.dueKind}`, o.dueKind))}</td><td>${h(o.dueDate)}</td><td>${o.daysLate}</td></tr>`,
    );
    return `<h3>${h(officer)} (${list.length})</h3><table><thead><tr>${head.map((k) => `<th>${h(io.t(k))}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  });
  return `<section class="page">${title}${blocks.join('')}</section>`;
}

export function recapHtml(io: IO, recap: Recap): string {
  const p = recap.period;
  const q = recap.previousPeriod;
  const by = io.t(`recap.by.${recap.by}` as const);
  const monthNames = new Intl.DateTimeFormat(io.lang === 'id' ? 'id-ID' : 'en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const trend = recap.trend.map((t) => ({ label: monthNames.format(new Date(`${t.month}-01T00:00:00Z`)), received: t.received, followedUp: t.followedUp }));
  const bars = recap.groups.map((g) => ({
    label: groupLabel(io, recap, g),
    share: g.current.onTimeShare,
    note: io.t('recap.html.medianNote', { days: g.current.durations.followup.median ?? '-' }),
  }));
  const target = io.t('recap.html.onTimeByGroup', { by, days: recap.followupDays });
  const shares = bars.some((b) => b.share !== null) ? shareChart(bars, target) : `<p>${h(io.t('recap.html.noData'))}</p>`;
  return `<!doctype html>
<html lang="${io.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(`${recap.agency.name || recap.agency.code} · ${p.from} – ${p.to}`)}</title><style>${css}</style></head>
<body>
<header><h1>${h(recap.agency.name || recap.agency.code)}</h1><p class="meta"><strong>${h(io.t('recap.html.title'))}</strong></p>
<p class="meta">${h(io.t('recap.html.period', { from: p.from, to: p.to, prevFrom: q.from, prevTo: q.to }))}</p>
<p class="meta">${h(io.t('recap.html.generated', { at: recap.generatedLocal }))}</p></header>
${headline(io, recap)}
<section><h2>${h(io.t('recap.html.trend'))}</h2>${trendChart(trend, { received: io.t('recap.col.received'), followedUp: io.t('recap.col.followedUp') })}</section>
<section><h2>${h(target)}</h2>${shares}</section>
${figuresTables(io, recap)}
${overdueSection(io, recap)}
</body></html>
`;
}
