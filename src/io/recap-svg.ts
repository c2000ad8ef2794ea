/**
 * The HTML recap's charts as inline SVG (no script, no network): they print as sharply as the text.
 * Every label is escaped here; callers pass plain text.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface TrendPoint {
  label: string;
  received: number;
  followedUp: number;
}

/** Paired columns per month: received (dark) and followed up (light), with a legend. */
export function trendChart(points: readonly TrendPoint[], legend: { received: string; followedUp: string }): string {
  const width = 680;
  const height = 240;
  const left = 36;
  const bottom = 40;
  const top = 24;
  const max = Math.max(1, ...points.map((p) => Math.max(p.received, p.followedUp)));
  const step = niceStep(max);
  const ceiling = Math.ceil(max / step) * step;
  const plotH = height - top - bottom;
  const slot = (width - left - 8) / Math.max(1, points.length);
  const bar = Math.max(4, slot * 0.34);
  const y = (v: number) => top + plotH - (v / ceiling) * plotH;
  const parts: string[] = [];
  for (let v = 0; v <= ceiling; v += step) {
    parts.push(
      `<line x1="${left}" x2="${width - 4}" y1="${y(v)}" y2="${y(v)}" class="grid"/><text x="${left - 6}" y="${y(v) + 4}" class="axis" text-anchor="end">${v}</text>`,
    );
  }
  points.forEach((p, i) => {
    const x = left + i * slot + slot / 2;
    parts.push(
      `<rect x="${x - bar}" y="${y(p.received)}" width="${bar}" height="${y(0) - y(p.received)}" class="received"><title>${escapeHtml(`${p.label}: ${p.received}`)}</title></rect>`,
    );
    parts.push(
      `<rect x="${x}" y="${y(p.followedUp)}" width="${bar}" height="${y(0) - y(p.followedUp)}" class="followed"><title>${escapeHtml(`${p.label}: ${p.followedUp}`)}</title></rect>`,
    );
    parts.push(`<text x="${x}" y="${height - bottom + 16}" class="axis" text-anchor="middle">${escapeHtml(p.label)}</text>`);
  });
  parts.push(
    `<rect x="${left}" y="${height - 16}" width="10" height="10" class="received"/><text x="${left + 14}" y="${height - 7}" class="axis">${escapeHtml(legend.received)}</text>`,
  );
  parts.push(
    `<rect x="${left + 200}" y="${height - 16}" width="10" height="10" class="followed"/><text x="${left + 214}" y="${height - 7}" class="axis">${escapeHtml(legend.followedUp)}</text>`,
  );
  return `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

export interface GroupBar {
  label: string;
  /** On-time share in percent, or null when nothing was measured. */
  share: number | null;
  /** Median working days to follow-up, shown beside the bar. */
  note: string;
}

/**
 * On-time share per group as horizontal bars, with the target drawn as a dashed line at 100%
 * ("every follow-up within the working days of the target").
 */
export function shareChart(bars: readonly GroupBar[], target: string): string {
  const width = 680;
  const row = 26;
  const labelW = 170;
  const noteW = 150;
  const top = 22;
  const plotW = width - labelW - noteW;
  const height = top + bars.length * row + 10;
  const x = (share: number) => labelW + (share / 100) * plotW;
  const parts: string[] = [];
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(
      `<line x1="${x(tick)}" x2="${x(tick)}" y1="${top - 4}" y2="${height - 8}" class="grid"/><text x="${x(tick)}" y="${top - 8}" class="axis" text-anchor="middle">${tick}%</text>`,
    );
  }
  bars.forEach((b, i) => {
    const y = top + i * row;
    parts.push(`<text x="${labelW - 8}" y="${y + 16}" class="label" text-anchor="end">${escapeHtml(clip(b.label, 24))}</text>`);
    if (b.share !== null)
      parts.push(`<rect x="${labelW}" y="${y + 5}" width="${x(b.share) - labelW}" height="${row - 10}" class="${b.share >= 80 ? 'good' : 'poor'}"/>`);
    parts.push(
      `<text x="${width - noteW + 8}" y="${y + 16}" class="label">${escapeHtml(b.share === null ? `- · ${b.note}` : `${b.share}% · ${b.note}`)}</text>`,
    );
  });
  parts.push(`<line x1="${x(100)}" x2="${x(100)}" y1="${top - 2}" y2="${height - 8}" class="target"><title>${escapeHtml(target)}</title></line>`);
  return `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function niceStep(max: number): number {
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw || 1));
  for (const m of [1, 2, 5, 10]) if (raw <= m * magnitude) return Math.max(1, m * magnitude);
  return Math.max(1, 10 * magnitude);
}
