import type { IO } from './io.js';
import { UsageError } from '../errors.js';
import { encodeRow, type Cell } from '../domain/csv.js';

export const outputFormats = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** Table on a terminal, JSON when piped, unless --format says otherwise (like gh). */
export function resolveFormat(io: IO, flag: string | undefined): OutputFormat {
  if (flag === undefined) return io.stdoutIsTTY ? 'table' : 'json';
  if ((outputFormats as readonly string[]).includes(flag)) return flag as OutputFormat;
  throw new UsageError('error.badFormat', { value: flag, allowed: outputFormats.join(', ') });
}

export interface Column<T> {
  /** Key in JSON output and CSV header. */
  key: string;
  /** Message key of the table header. */
  label: string;
  value(row: T): Cell;
  /** Table-only decoration (colour, truncation). */
  display?(row: T, io: IO): string;
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
  for (const row of body) table.push(row);
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
    for (const row of rows) text += encodeRow(columns.map((c) => c.value(row)), freeText);
    io.streams.stdout.write(text);
  } else {
    await renderTable(
      io,
      columns.map((c) => io.t(c.label)),
      rows.map((row) => columns.map((c) => (c.display ? c.display(row, io) : String(c.value(row) ?? '')))),
    );
  }
}

/** A record shown as label/value lines (table) or one JSON object. */
export async function renderRecord(
  io: IO,
  format: OutputFormat,
  fields: readonly { key: string; label: string; value: Cell; display?: string }[],
  json: unknown,
): Promise<void> {
  if (format === 'json') {
    io.out(JSON.stringify(json, null, 2));
  } else if (format === 'csv') {
    io.streams.stdout.write(encodeRow(fields.map((f) => f.key)) + encodeRow(fields.map((f) => f.value), fields.map(() => true)));
  } else {
    const labels = fields.map((f) => io.t(f.label));
    const width = Math.max(...labels.map((l) => l.length));
    const lines = fields.map((f, i) => `${io.chalk.bold(labels[i]!.padEnd(width))}  ${f.display ?? String(f.value ?? '')}`);
    io.out(lines.join('\n'));
  }
}

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
