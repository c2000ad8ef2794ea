/** Tables, JSON and CSV output of read commands. */

import type { IO } from './io.js';
import type { MessageKey } from './messages/index.js';
import { encodeRow, type Cell } from '../domain/csv.js';
import { visible, visibleKeepingColour } from './safe-text.js';
import type { ReadFormat } from './output-options.js';
import { fitColumns, GAP, textWidth, wrapText } from './table-layout.js';

/** The read commands' formats (declared and resolved in output-options.ts). */
export type OutputFormat = ReadFormat;

export interface Column<T> {
  /** Key in JSON output and CSV header. */
  key: string;
  /** Message key of the table header. */
  label: MessageKey;
  value(row: T): Cell;
  /**
   * Table-only decoration (colour, truncation). It returns our formatting around values that went
   * through visible() (or truncate(), which does): the renderer keeps colours in it and shows
   * anything else.
   */
  display?(row: T, io: IO): string;
  /** Text typed by people or servers: a CSV cell starting like a formula is neutralised. */
  freeText?: boolean;
  /** May be cut with an ellipsis to fit the terminal (default: freeText). The full text is in `show`, JSON and CSV. */
  shrink?: boolean;
  /** Left out of a table at narrow widths, lowest first (a note on stderr names them). */
  hide?: number;
  /** How far a shrinking column may be cut (default 20). */
  min?: number;
}

/** How renderTable treats one column (see Column.shrink and Column.hide). */
export interface TableColumn {
  head: string;
  shrink?: boolean;
  hide?: number;
  min?: number;
}

// No outer border and no line between rows: two spaces between columns and a rule under the
// header, so eight columns fit 80 and a row stays one line.
const CHARS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '─',
  'mid-mid': ' '.repeat(GAP),
  right: '',
  'right-mid': '',
  middle: ' '.repeat(GAP),
};

/** One line per row: line feeds and runs of spaces in a cell become one space (a list row stays one line). */
function oneLine(cell: string): string {
  return cell.replace(/\s+/g, ' ').trim();
}

/** A table as wide as the terminal (io.width): free text cut with an ellipsis, optional columns left out. */
export async function renderTable(io: IO, columns: readonly TableColumn[], body: string[][]): Promise<void> {
  const { default: Table } = await import('cli-table3');
  // The backstop: a cell may hold our colours, never another escape sequence (safe-text.ts).
  const rows = body.map((row) => row.map((cell) => oneLine(visibleKeepingColour(cell))));
  const heads = columns.map((c) => oneLine(visible(c.head)));
  const cells = columns.map((_, i) => Math.max(0, ...rows.map((r) => textWidth(r[i] ?? ''))));
  const fit = fitColumns(
    columns.map((c, i) => ({
      natural: Math.max(cells[i]!, textWidth(heads[i]!)),
      compact: Math.max(cells[i]!, ...heads[i]!.split(' ').map(textWidth)),
      shrink: c.shrink ?? false,
      hide: c.hide,
      min: c.min,
    })),
    io.width,
  );
  const shown = <X>(row: readonly X[]) => row.filter((_, i) => !fit.hidden.includes(i));
  // A header wider than its column wraps onto a second line rather than losing its end.
  const head = heads.map((h, i) =>
    wrapText(h, fit.widths[i] || undefined)
      .map((line) => io.chalk.bold(line))
      .join('\n'),
  );
  const table = new Table({
    head: shown(head),
    chars: CHARS,
    // cli-table3 colours head and border even when piped unless these are empty.
    style: { head: io.color ? ['cyan'] : [], border: io.color ? ['grey'] : [], compact: true, 'padding-left': 0, 'padding-right': 0 },
    colWidths: shown(fit.widths),
    wordWrap: false,
    truncate: '…',
  });
  for (const row of rows) table.push(shown(row));
  io.out(
    table
      .toString()
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n'),
  );
  if (fit.hidden.length) sayOnce(io, 'table.hidden', { columns: fit.hidden.map((i) => columns[i]!.head).join(', ') });
}

/** Notes already given in this run: `due` draws a table per officer, the note about them once is enough. */
const notesSaid = new WeakMap<IO, Set<string>>();

function sayOnce(io: IO, key: MessageKey, params: Record<string, string>): void {
  const said = notesSaid.get(io) ?? new Set<string>();
  notesSaid.set(io, said);
  const text = io.t(key, params);
  if (said.has(text)) return;
  said.add(text);
  io.say(key, params);
}

export interface RenderOptions {
  /** `blocks`: each row as label/value lines (wide diagnostics such as history); `table` (default): one line per row. */
  layout?: 'table' | 'blocks';
}

export async function renderRows<T>(
  io: IO,
  format: OutputFormat,
  columns: readonly Column<T>[],
  rows: readonly T[],
  toJson: (row: T) => unknown = (row) => Object.fromEntries(columns.map((c) => [c.key, c.value(row) ?? null])),
  opts: RenderOptions = {},
): Promise<void> {
  if (format === 'json') {
    io.out(JSON.stringify(rows.map(toJson), null, 2));
  } else if (format === 'csv') {
    const freeText = columns.map((c) => c.freeText ?? false);
    let text = encodeRow(columns.map((c) => c.key));
    for (const row of rows)
      text += encodeRow(
        columns.map((c) => c.value(row)),
        freeText,
      );
    io.streams.stdout.write(text);
  } else if (opts.layout === 'blocks') {
    const blocks = rows.map((row) =>
      drawFields(
        io,
        columns.map((c) => ({ label: io.t(c.label), text: shownCell(io, c, row) })),
      ),
    );
    io.out(blocks.join('\n\n'));
  } else {
    await renderTable(
      io,
      columns.map((c) => ({ head: io.t(c.label), shrink: c.shrink ?? c.freeText ?? false, hide: c.hide, min: c.min })),
      rows.map((row) => columns.map((c) => shownCell(io, c, row))),
    );
  }
}

function shownCell<T>(io: IO, c: Column<T>, row: T): string {
  return c.display ? c.display(row, io) : cellText(c.value(row));
}

/** Label/value lines, values wrapped to the terminal under their own column (a hanging indent). */
function drawFields(io: IO, fields: readonly { label: string; text: string }[]): string {
  const width = Math.max(...fields.map((f) => textWidth(f.label)));
  const room = io.width === undefined ? undefined : Math.max(10, io.width - width - GAP);
  const lines: string[] = [];
  for (const f of fields) {
    const wrapped = wrapText(visibleKeepingColour(f.text), room);
    const label = io.chalk.bold(f.label + ' '.repeat(width - textWidth(f.label)));
    wrapped.forEach((line, i) => lines.push(`${i === 0 ? label : ' '.repeat(width)}${' '.repeat(GAP)}${line}`.trimEnd()));
  }
  return lines.join('\n');
}

/** A table cell or record value from outside: shown, never interpreted; its line feeds make lines of the cell. */
function cellText(value: Cell): string {
  return visible(String(value ?? ''), { newlines: true });
}

export interface RecordField {
  key: string;
  label: MessageKey;
  value: Cell;
  /** Table-only text (see Column.display). */
  display?: string;
  /** CSV: neutralise formulas (default true: a record mixes names and notes); false for typed values and placeholders. */
  freeText?: boolean;
}

/** A record shown as label/value lines (table) or one JSON object. */
export async function renderRecord(io: IO, format: OutputFormat, fields: readonly RecordField[], json: unknown): Promise<void> {
  if (format === 'json') {
    io.out(JSON.stringify(json, null, 2));
  } else if (format === 'csv') {
    io.streams.stdout.write(
      encodeRow(fields.map((f) => f.key)) +
        encodeRow(
          fields.map((f) => f.value),
          fields.map((f) => f.freeText ?? true),
        ),
    );
  } else {
    const shown = (f: RecordField) => (f.display === undefined ? cellText(f.value) : f.display);
    io.out(
      drawFields(
        io,
        fields.map((f) => ({ label: io.t(f.label), text: shown(f) })),
      ),
    );
  }
}

/** A heading or paragraph on stdout, wrapped at word boundaries to the terminal (io.width). */
export function renderText(io: IO, text: string): void {
  io.out(wrapText(text, io.width).join('\n'));
}
