/** Tables, JSON and CSV output of read commands. */

import type { IO } from './io.js';
import type { MessageKey } from './messages/index.js';
import { encodeRow, type Cell } from '../domain/csv.js';
import { visible, visibleKeepingColour } from './safe-text.js';
import type { ReadFormat } from './output-options.js';

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
}

export async function renderTable(io: IO, head: string[], body: string[][]): Promise<void> {
  const { default: Table } = await import('cli-table3');
  const table = new Table({
    head: head.map((h) => io.chalk.bold(h)),
    // cli-table3 colours head and border even when piped unless these are empty.
    style: io.color ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] },
    wordWrap: true,
  });
  // The backstop: a cell may hold our colours, never another escape sequence (safe-text.ts).
  for (const row of body) table.push(row.map((cell) => visibleKeepingColour(cell)));
  io.out(table.toString());
}

export async function renderRows<T>(
  io: IO,
  format: OutputFormat,
  columns: readonly Column<T>[],
  rows: readonly T[],
  toJson: (row: T) => unknown = (row) => Object.fromEntries(columns.map((c) => [c.key, c.value(row) ?? null])),
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
  } else {
    await renderTable(
      io,
      columns.map((c) => io.t(c.label)),
      rows.map((row) => columns.map((c) => (c.display ? c.display(row, io) : cellText(c.value(row))))),
    );
  }
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
    const labels = fields.map((f) => io.t(f.label));
    const width = Math.max(...labels.map((l) => l.length));
    const shown = (f: RecordField) => (f.display === undefined ? cellText(f.value) : visibleKeepingColour(f.display));
    io.out(fields.map((f, i) => `${io.chalk.bold(labels[i]!.padEnd(width))}  ${shown(f)}`).join('\n'));
  }
}

/** One line of at most `max` characters, for a table column; shown through visible(). */
export function truncate(text: string, max: number): string {
  const flat = visible(text.replace(/\s+/g, ' '));
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
