/**
 * The receipt (tanda terima) as a citizen gets it: plain text sized for receipt printers (42
 * characters a line on 80 mm paper, 32 on 58 mm) or one self-contained A4 HTML page.
 */

import type { IO } from './io.js';
import type { MessageKey } from './messages/index.js';
import type { Receipt } from '../app/receipt.js';
import { visible } from './safe-text.js';
import { escapeHtml as h } from './recap-svg.js';

export const RECEIPT_WIDTH = 42;

interface ReceiptParts {
  agency: string;
  fields: { label: string; value: string }[];
  summary: string;
  next: string[];
  provisionalNote: string | null;
  track: string;
  printed: string;
}

/** Everything the receipt says, translated and made safe to print; both layouts read this. */
function receiptParts(io: IO, r: Receipt): ReceiptParts {
  const d = r.deadlines;
  const mark = (date: string) => (d.provisional.includes(date) ? `${date} ${io.t('deadline.provisionalMark')}` : date);
  const reporter = r.reporter.hidden ? io.t(r.reporter.hidden === 'anonymous' ? 'common.anonymous' : 'common.hidden') : (r.reporter.name ?? '-');
  const field = (label: MessageKey, value: string) => ({ label: io.t(label), value: visible(value) });
  return {
    agency: visible(r.agency.name || r.agency.code),
    fields: [
      field('receipt.ticket', r.ticket),
      field('receipt.received', r.receivedLocal),
      field('receipt.channel', io.tOr(`channel.${r.channel}`, r.channel)),
      field('receipt.classification', io.tOr(`classification.${r.classification}`, r.classification)),
      field('receipt.reporter', reporter),
      field('receipt.subject', r.title),
    ],
    summary: visible(r.summary),
    next: [
      ...(d.verifyBy ? [io.t('receipt.verifyBy', { date: mark(d.verifyBy) })] : []),
      d.followupBy ? io.t('receipt.followupBy', { date: mark(d.followupBy) }) : io.t('receipt.followupDays', { days: d.followupDays }),
      ...(d.completeBy ? [io.t('receipt.completeBy', { date: mark(d.completeBy) })] : []),
    ],
    provisionalNote: d.provisional.length > 0 ? io.t('receipt.provisional') : null,
    track: r.national.trackingId
      ? io.t('receipt.trackNational', { id: visible(r.national.trackingId), ticket: r.ticket })
      : io.t('receipt.trackLocal', { ticket: r.ticket }),
    printed: io.t('receipt.printed', { time: r.printedLocal }),
  };
}

/** Word wrap to `width` characters; a word longer than a line is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = [...word];
    while (rest.length > width) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, width).join(''));
      rest = rest.slice(width);
      line = '';
    }
    const piece = rest.join('');
    if (!line) line = piece;
    else if ([...line].length + 1 + rest.length <= width) line += ` ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

const centre = (text: string, width: number) => ' '.repeat(Math.max(0, Math.floor((width - [...text].length) / 2))) + text;

/** Below this many characters for the value, each label stands on its own line (58 mm paper). */
const NARROW_VALUE = 24;

/** "Label : value" lines with the value wrapped under itself; label over value on narrow paper. */
function fieldLines(fields: ReceiptParts['fields'], width: number): string[] {
  const labelWidth = Math.max(...fields.map((f) => [...f.label].length));
  const valueWidth = width - labelWidth - 3;
  if (valueWidth < NARROW_VALUE) return fields.flatMap(({ label, value }) => [`${label}:`, ...wrap(value, width - 2).map((l) => `  ${l}`)]);
  return fields.flatMap(({ label, value }) => {
    const [first, ...more] = wrap(value, valueWidth);
    return [`${label.padEnd(labelWidth)} : ${first}`, ...more.map((l) => `${' '.repeat(labelWidth + 3)}${l}`)];
  });
}

/** The receipt as plain text, every line at most `width` characters. */
export function receiptText(io: IO, receipt: Receipt, width = RECEIPT_WIDTH): string {
  const p = receiptParts(io, receipt);
  const rule = '-'.repeat(width);
  const bullets = (items: string[]) => items.flatMap((item) => wrap(item, width - 2).map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`)));
  const lines = [
    ...wrap(p.agency, width).map((l) => centre(l, width)),
    centre(io.t('receipt.heading'), width),
    rule,
    ...fieldLines(p.fields, width),
    rule,
    `${io.t('receipt.summary')}:`,
    ...wrap(p.summary, width),
    rule,
    `${io.t('receipt.next')}:`,
    ...bullets(p.next),
    ...(p.provisionalNote ? wrap(p.provisionalNote, width) : []),
    rule,
    `${io.t('receipt.track')}:`,
    ...wrap(p.track, width),
    rule,
    ...wrap(p.printed, width),
    ...wrap(io.t('receipt.keep'), width),
  ];
  return `${lines.join('\n')}\n`;
}

const css = `
* { box-sizing: border-box; }
body { font: 11pt/1.45 "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1d2733; margin: 0 auto; max-width: 210mm; padding: 14mm; }
header { text-align: center; border-bottom: 3px double #1d2733; padding-bottom: 8px; margin-bottom: 14px; }
header .agency { font-size: 14pt; font-weight: 700; text-transform: uppercase; }
h1 { font-size: 16pt; letter-spacing: 1px; margin: 6px 0 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 14px; }
th { text-align: left; width: 30%; font-weight: 600; vertical-align: top; padding: 4px 8px 4px 0; }
td { padding: 4px 0; overflow-wrap: anywhere; }
.ticket { font: 700 15pt/1.2 "DejaVu Sans Mono", monospace; }
h2 { font-size: 12pt; margin: 14px 0 6px; border-bottom: 1px solid #d5dbe3; }
.note { font-size: 9pt; color: #5b6776; }
.signatures { display: flex; justify-content: space-between; margin-top: 28mm; }
.signatures div { width: 45%; text-align: center; border-top: 1px solid #1d2733; padding-top: 4px; }
footer { margin-top: 10mm; font-size: 9pt; color: #5b6776; }
@page { size: A4; margin: 14mm; }
@media print { body { padding: 0; max-width: none; } }
`;

/** The receipt as one self-contained A4 page: no script, no network. */
export function receiptHtml(io: IO, receipt: Receipt): string {
  const p = receiptParts(io, receipt);
  const rows = p.fields.map((f, i) => `<tr><th>${h(f.label)}</th><td${i === 0 ? ' class="ticket"' : ''}>${h(f.value)}</td></tr>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${io.lang}"><head><meta charset="utf-8"><title>${h(io.t('receipt.heading'))} ${h(receipt.ticket)}</title>
<style>${css}</style></head>
<body>
<header><div class="agency">${h(p.agency)}</div><h1>${h(io.t('receipt.heading'))}</h1></header>
<table>
${rows}
</table>
<h2>${h(io.t('receipt.summary'))}</h2>
<p>${h(p.summary)}</p>
<h2>${h(io.t('receipt.next'))}</h2>
<ul>${p.next.map((n) => `<li>${h(n)}</li>`).join('')}</ul>
${p.provisionalNote ? `<p class="note">${h(p.provisionalNote)}</p>` : ''}
<h2>${h(io.t('receipt.track'))}</h2>
<p>${h(p.track)}</p>
<div class="signatures"><div>${h(io.t('receipt.signOfficer'))}</div><div>${h(io.t('receipt.signReporter'))}</div></div>
<footer>${h(p.printed)} · ${h(io.t('receipt.keep'))}</footer>
</body></html>
`;
}
