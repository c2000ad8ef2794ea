/** The rejects file of `--skip-invalid`: rejected rows with line and reason, importable again. */

import fs from 'node:fs';
import { normalizeHeader } from './import-headers.js';

const ownColumns = new Set(['line', 'reason', 'baris', 'alasan']);

/**
 * The rejects file of `lapor import`: the rejected rows with their original
 * columns, plus `line` and `reason`, in the input's delimiter, so an admin can
 * fix them in the same spreadsheet program and import the file again (import
 * ignores the `line` and `reason` columns). UTF-8 with a BOM, which Excel needs
 * to read it as UTF-8; created 0600 since it holds personal data.
 */
export class RejectsWriter {
  private fd: number | undefined;
  private buffer = '';
  count = 0;
  /** Columns copied from the input: all but the line/reason of an earlier rejects file. */
  private readonly keep: number[];

  constructor(
    readonly path: string,
    private readonly headers: readonly string[],
    private readonly delimiter: string,
  ) {
    this.keep = headers.map((h, i) => (ownColumns.has(normalizeHeader(h)) ? -1 : i)).filter((i) => i >= 0);
  }

  add(cells: readonly string[], line: number, reason: string): void {
    if (this.fd === undefined) this.open();
    const row = this.keep.map((i) => cells[i] ?? '');
    // Cells beyond the header have no column: keep them in the reason so nothing typed is lost.
    const extra = cells.slice(this.headers.length);
    const why = extra.length > 0 ? `${reason} [${extra.join(' | ')}]` : reason;
    this.buffer += this.encode([...row, String(line), why]);
    this.count++;
    if (this.buffer.length > 1 << 16) this.flush();
  }

  flush(): void {
    if (this.fd === undefined || this.buffer === '') return;
    fs.writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  close(): void {
    this.flush();
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private open(): void {
    this.fd = fs.openSync(this.path, 'w', 0o600);
    // An existing file keeps its mode on open: make it owner-only too.
    fs.fchmodSync(this.fd, 0o600);
    this.buffer = `\uFEFF${this.encode([...this.keep.map((i) => this.headers[i]!), 'line', 'reason'])}`;
  }

  private encode(cells: readonly string[]): string {
    const d = this.delimiter;
    return `${cells.map((c) => (c.includes(d) || /["\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(d)}\r\n`;
  }
}

/** `data.csv` -> `data.rejects.csv` beside it; stdin -> `lapor-import.rejects.csv` here. */
export function defaultRejectsPath(input: string): string {
  if (input === '-') return 'lapor-import.rejects.csv';
  const dot = input.toLowerCase().endsWith('.csv') || input.toLowerCase().endsWith('.txt') ? input.length - 4 : input.length;
  return `${input.slice(0, dot)}.rejects.csv`;
}
