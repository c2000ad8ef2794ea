/** Column widths that fit the terminal, and text wrapped to a width: the arithmetic of render.ts. */

// Our own colours (SGR), which take no room on the screen.
const SGR = /\u001B\[[0-9;]*m/g;

/**
 * Columns a text takes on a terminal. Code points, not UTF-16 units; East Asian wide characters
 * count as one (Indonesian text is Latin script), so such a cell may run a little wide: cli-table3
 * measures them properly when it truncates, so a line can at worst exceed the width, never break.
 */
export function textWidth(text: string): number {
  let n = 0;
  for (const _ of text.replace(SGR, '')) n++;
  return n;
}

export interface ColumnFit {
  /** Widest cell (or header) of the column. */
  natural: number;
  /** Widest cell, or the header's longest word: the width with the header wrapped onto more lines. */
  compact: number;
  /** Free text that may be cut first with an ellipsis (titles, names, details). */
  shrink: boolean;
  /** How far free text may be cut (default 20). */
  min?: number;
  /** Dropped at narrow widths, lowest first (undefined: always shown). */
  hide?: number;
}

export interface Fit {
  /** Content width of each column, 0 for a hidden one. */
  widths: number[];
  hidden: number[];
}

/** Columns between two cells. */
export const GAP = 2;
const COMFORT = 30;
const SHRINK_MIN = 20;
const HARD_MIN = 4;

function total(widths: readonly number[]): number {
  const shown = widths.filter((w) => w > 0);
  return shown.reduce((a, b) => a + b, 0) + GAP * Math.max(0, shown.length - 1);
}

/** Takes columns off the widest eligible column, one at a time, until the row fits or none can give. */
function squeeze(widths: number[], width: number, floor: (i: number) => number): void {
  let excess = total(widths) - width;
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) if (widths[i]! > floor(i) && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    if (widest < 0) return;
    widths[widest]!--;
    excess--;
  }
}

/**
 * Widths for a row of at most `width` columns: free text is cut down to 30 columns, then headers
 * wider than their cells wrap, then free text is cut further (down to 20), then the optional columns go (lowest `hide` first), then every
 * column is cut (down to 4). Without a width
 * (output piped to a file or a program) every column keeps its natural width: nothing is cut.
 */
export function fitColumns(columns: readonly ColumnFit[], width: number | undefined): Fit {
  const natural = columns.map((c) => c.natural);
  if (width === undefined || total(natural) <= width) return { widths: natural, hidden: [] };
  const order = columns
    .map((c, i) => ({ i, hide: c.hide }))
    .filter((c) => c.hide !== undefined)
    .sort((a, b) => a.hide! - b.hide!);
  const hidden: number[] = [];
  for (;;) {
    const widths = natural.map((w, i) => (hidden.includes(i) ? 0 : w));
    // Long free text gives way first, down to a comfortable width; a header only then takes a second line.
    squeeze(widths, width, (i) => (columns[i]!.shrink ? Math.min(natural[i]!, Math.max(COMFORT, columns[i]!.min ?? 0)) : natural[i]!));
    squeeze(widths, width, (i) => Math.min(widths[i]!, columns[i]!.compact));
    squeeze(widths, width, (i) => (columns[i]!.shrink ? Math.min(natural[i]!, columns[i]!.min ?? SHRINK_MIN) : natural[i]!));
    const next = order.shift();
    if (total(widths) <= width || next === undefined) {
      squeeze(widths, width, (i) => (widths[i] === 0 ? 0 : Math.min(natural[i]!, HARD_MIN)));
      return { widths, hidden };
    }
    hidden.push(next.i);
  }
}

/**
 * A value's lines wrapped at word boundaries to `width` columns (a word longer than that is cut
 * into pieces). Line feeds in the value start new lines. Without a width the lines stay as they are.
 */
export function wrapText(text: string, width: number | undefined): string[] {
  const lines = text.split('\n');
  if (width === undefined) return lines;
  const out: string[] = [];
  for (const line of lines) {
    let current = '';
    for (const word of line.split(' ')) {
      let piece = word;
      while (textWidth(piece) > width) {
        if (current) out.push(current);
        current = '';
        out.push(piece.slice(0, width));
        piece = piece.slice(width);
      }
      if (!current) current = piece;
      else if (textWidth(current) + 1 + textWidth(piece) <= width) current += ` ${piece}`;
      else {
        out.push(current);
        current = piece;
      }
    }
    out.push(current);
  }
  return out;
}
