/** The rejects file of `--skip-invalid`: rejected rows with line and reason, importable again. */

import { safeWrite, type Guards, type SafeWrite } from '../files/safe-file.js';
import { neutralizeFormula } from '../domain/csv.js';
import { normalizeHeader } from './import-headers.js';

const ownColumns = new Set(['line', 'reason', 'baris', 'alasan']);

/** A typed value a spreadsheet may read as a number but never runs: `+62 812-...`, `-`, `(0542) 123`. */
const plainNumber = /^[+-][\d\s().-]*$/;

/**
 * The formula rule of exports, applied to the cells of a rejected row (which are what the admin
 * typed, so anything): free-text cells get the export's reversible quote, which import takes off
 * again. A typed cell (phone, NIK, date) keeps a leading `+` or `-` before digits, as exports do
 * (`'+62...` would no longer be a phone); anything else formula-like gets the quote too, and such
 * a value was invalid for its column anyway.
 */
export function neutralizeRejectCell(cell: string, freeText: boolean): string {
  if (!freeText && plainNumber.test(cell)) return cell;
  return neutralizeFormula(cell);
}

/**
 * The rejects file of `lapor import`: the rejected rows with their original
 * columns, plus `line` and `reason`, in the input's delimiter, so an admin can
 * fix them in the same spreadsheet program and import the file again (import
 * ignores the `line` and `reason` columns). UTF-8 with a BOM, which Excel needs
 * to read it as UTF-8; created 0600 since it holds personal data, through files/safe-file.ts: it never
 * replaces an existing file or follows a link planted under its name.
 */
export class RejectsWriter {
  private file: SafeWrite | undefined;
  private buffer = '';
  count = 0;
  /** Columns copied from the input: all but the line/reason of an earlier rejects file. */
  private readonly keep: number[];
  /** The name asked for; after close(), the name used (FILE-2.rejects.csv... when it existed). */
  path: string;

  constructor(
    target: string,
    private readonly headers: readonly string[],
    private readonly delimiter: string,
    /** Per column: whether the import reads it as free text (restoring the formula quote); typed columns false. */
    private readonly freeText: readonly boolean[] = [],
    /** The database and the input: the rejects file may never be either (checked again at the end). */
    private readonly guards: Guards = { files: [], folders: [] },
  ) {
    this.path = target;
    this.keep = headers.map((h, i) => (ownColumns.has(normalizeHeader(h)) ? -1 : i)).filter((i) => i >= 0);
  }

  add(cells: readonly string[], line: number, reason: string): void {
    if (this.file === undefined) this.open();
    const row = this.keep.map((i) => neutralizeRejectCell(cells[i] ?? '', this.freeText[i] ?? true));
    // Cells beyond the header have no column: keep them in the reason so nothing typed is lost.
    const extra = cells.slice(this.headers.length);
    const why = neutralizeFormula(extra.length > 0 ? `${reason} [${extra.join(' | ')}]` : reason);
    this.buffer += this.encode([...row, String(line), why]);
    this.count++;
    if (this.buffer.length > 1 << 16) this.flush();
  }

  flush(): void {
    if (this.file === undefined || this.buffer === '') return;
    this.file.write(this.buffer);
    this.buffer = '';
  }

  /** Writes the rest and puts the file in place, beside (never over) an existing one. */
  close(): void {
    if (this.file === undefined) return;
    try {
      this.flush();
      this.path = this.file.commit();
    } finally {
      this.file.abort();
      this.file = undefined;
    }
  }

  /** A temporary file in the target's folder, created on the first rejected row. */
  private open(): void {
    this.file = safeWrite(this.path, { replace: 'number', guards: this.guards });
    this.buffer = `\uFEFF${this.encode([...this.keep.map((i) => this.headers[i]!), 'line', 'reason'])}`;
  }

  private encode(cells: readonly string[]): string {
    const d = this.delimiter;
    return `${cells.map((c) => (c.includes(d) || /["\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(d)}\r\n`;
  }
}

/** `data.csv` (or `data.xlsx`) -> `data.rejects.csv` beside it; stdin -> `lapor-import.rejects.csv` here. */
export function defaultRejectsPath(input: string): string {
  if (input === '-') return 'lapor-import.rejects.csv';
  const lower = input.toLowerCase();
  const dot = ['.csv', '.txt'].some((e) => lower.endsWith(e))
    ? input.length - 4
    : ['.xlsx', '.xlsm'].some((e) => lower.endsWith(e))
      ? input.length - 5
      : input.length;
  return `${input.slice(0, dot)}.rejects.csv`;
}
