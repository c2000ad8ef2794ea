/** Rows into validated drafts with their line numbers. */

import { createHash } from 'node:crypto';
import { CsvError } from 'csv-parse';
import { validateReport, type RawReport, type ReportDraft, type ReportFieldName, type ValidationEnv } from '../domain/report.js';
import type { FieldProblem } from '../domain/problems.js';
import { InputDecoder, InputError, detectDelimiter, type InputEncoding } from './import-decode.js';
import { mapHeaders, type HeaderMapping } from './import-headers.js';
import { columnByHeader, freeTextFields, restoreFormula } from './columns.js';
import { restoreExcelText } from '../domain/csv.js';
import { CsvRecords } from './import-csv.js';

export interface ReaderOptions {
  encoding?: InputEncoding;
  delimiter?: string;
  map: [string, ReportFieldName][];
  ignoreUnknown: boolean;
  /** `--set field=value`: the value of a field whose cell is empty or whose column is missing. */
  defaults?: [ReportFieldName, string][];
  /**
   * Undo the export's formula quote on free-text cells (CSV). Off for workbooks: their text
   * cells are never run as formulas, so xlsx export writes them unquoted.
   */
  restoreFormulas?: boolean;
}

/** What the reader learnt from the first line. */
export interface HeaderInfo extends HeaderMapping {
  /** The column of our export's ticket (`ticket`/`tiket`), -1 without: such a row is that report. */
  ticketIndex: number;
  delimiter: string;
  encoding: InputEncoding;
  bom: boolean;
}

/** One data row, parsed and validated (no database involved yet). */
export interface RowOutcome {
  /** Line in the file where the row starts (1 = header). */
  line: number;
  /**
   * The cells as written, for the rejects file and --on-duplicate update. Always there for an
   * invalid row; the worker leaves out a valid row's when nothing can reject it later (import-wire.ts).
   */
  cells?: string[];
  /** Set when the row is valid. */
  draft?: ReportDraft;
  /** Errors when there is no draft; warnings otherwise. */
  problems: FieldProblem[];
  /** Dedupe key of a row without a ref: a hash of its content. */
  hash?: string;
  /** The ticket cell of our own export, when the file has that column: the stored report it names. */
  ticket?: string;
}

/** A csv-parse record cannot be longer than this: an unclosed quote would otherwise swallow the whole file. */
const MAX_RECORD_CHARS = 1_000_000;

/** The header line (column names) cannot be longer than this. */
const MAX_HEADER_BYTES = 64 * 1024;

/**
 * Content hash of a row without a ref, so re-importing the same file is
 * safe: the canonical fields present, in a fixed order, trimmed. Column order
 * and ignored columns do not change it.
 */
export function rowHash(raw: RawReport): string {
  const h = createHash('sha256');
  for (const field of Object.keys(raw).sort()) {
    const value = raw[field as ReportFieldName];
    const text = typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : String(value);
    if (text !== '') h.update(`${field}\u0001${text}\u0002`);
  }
  return h.digest('base64url').slice(0, 22);
}

/**
 * Parses CSV bytes incrementally with csv-parse and validates each row with
 * the same rules as `lapor add`. Runs in the import worker (or inline for small
 * inputs); it never touches the database.
 */
export class RowReader {
  header: HeaderInfo | undefined;
  private readonly decoder: InputDecoder;
  private pendingHead = Buffer.alloc(0);
  private parser: CsvRecords | undefined;
  private out: RowOutcome[] = [];
  private headerPending = true;

  constructor(
    private readonly opts: ReaderOptions,
    private readonly env: ValidationEnv,
  ) {
    this.decoder = new InputDecoder(opts.encoding);
  }

  /** Feeds raw input bytes; returns the rows completed by them. */
  feed(chunk: Buffer): RowOutcome[] {
    this.run(this.decoder.push(chunk), false);
    return this.take();
  }

  /** Ends the input; returns the last rows. */
  end(): RowOutcome[] {
    this.run(this.decoder.end(), true);
    if (!this.header) throw new InputError('import.empty');
    return this.take();
  }

  private take(): RowOutcome[] {
    const rows = this.out;
    this.out = [];
    return rows;
  }

  private run(utf8: Buffer, end: boolean): void {
    if (!this.parser) {
      // The delimiter is detected on the header line, so wait for all of it.
      this.pendingHead = Buffer.concat([this.pendingHead, utf8]);
      const newline = this.pendingHead.indexOf(10);
      // A header is a few hundred bytes: a file without a line break (or /dev/zero) stops here.
      if ((newline < 0 ? this.pendingHead.length : newline) > MAX_HEADER_BYTES) throw new InputError('import.headerTooLong', { max: MAX_HEADER_BYTES });
      if (newline < 0 && !end) return;
      const headerLine = this.pendingHead.subarray(0, newline < 0 ? undefined : newline).toString('utf8');
      this.delimiter = this.opts.delimiter ?? detectDelimiter(headerLine);
      this.parser = new CsvRecords({ delimiter: this.delimiter, maxRecordSize: MAX_RECORD_CHARS }, (cells, line) => this.onRecord(cells, line));
      utf8 = this.pendingHead;
      this.pendingHead = Buffer.alloc(0);
    }
    try {
      if (utf8.length > 0) this.parser.push(utf8);
      if (end) this.parser.end();
    } catch (error) {
      throw toInputError(error as Error);
    }
  }

  private delimiter = ',';

  private onRecord(cells: string[], line: number): void {
    if (this.headerPending) {
      this.headerPending = false;
      const mapping = mapHeaders(cells, {
        map: new Map(this.opts.map.map(([h, f]) => [h.toLowerCase(), f])),
        ignoreUnknown: this.opts.ignoreUnknown,
        defaulted: this.opts.defaults?.map(([f]) => f),
      });
      const ticketIndex = mapping.headers.findIndex((h, i) => mapping.fields[i] === null && columnByHeader(h)?.key === 'ticket');
      this.header = { ...mapping, ticketIndex, delimiter: this.delimiter, encoding: this.decoder.encoding ?? 'utf-8', bom: this.decoder.hadBom };
      if (mapping.problems.length > 0) {
        const [first] = mapping.problems;
        throw new InputError(first!.code, first!.params);
      }
      return;
    }
    this.out.push(this.validate(cells, line));
  }

  private validate(cells: string[], line: number): RowOutcome {
    const outcome = this.check(cells, line);
    const ticket = this.header!.ticketIndex < 0 ? '' : restoreExcelText(cells[this.header!.ticketIndex]?.trim() ?? '');
    if (ticket !== '') outcome.ticket = ticket;
    return outcome;
  }

  private check(cells: string[], line: number): RowOutcome {
    const { fields } = this.header!;
    if (cells.length > fields.length) {
      const extra = cells.slice(fields.length);
      if (extra.some((c) => c.trim() !== '')) {
        return {
          line,
          cells,
          problems: [{ field: '', code: 'import.extraCells', params: { count: cells.length, expected: fields.length }, severity: 'error' }],
        };
      }
    }
    const raw: RawReport = {};
    const restore = this.opts.restoreFormulas !== false;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      if (!field) continue;
      let cell = cells[i] ?? '';
      // Restored in the cells too: --on-duplicate update lays them over the stored report.
      const c0 = cell.charCodeAt(0);
      if (restore && c0 === 39 && freeTextFields.has(field)) cell = cells[i] = restoreFormula(cell);
      else if (c0 === 61) cell = cells[i] = restoreExcelText(cell);
      raw[field] = cell;
    }
    if (this.opts.defaults) for (const [field, value] of this.opts.defaults) if (!(raw[field] as string | undefined)?.trim()) raw[field] = value;
    const { draft, problems } = validateReport(raw, this.env);
    const outcome: RowOutcome = { line, cells, problems };
    if (draft) outcome.draft = draft;
    if (draft && draft.ref === undefined) outcome.hash = rowHash(raw);
    return outcome;
  }
}

function toInputError(error: Error): InputError {
  if (error instanceof InputError) return error;
  if (error instanceof CsvError) {
    const info = error as CsvError & { lines?: number };
    if (error.code === 'CSV_MAX_RECORD_SIZE') return new InputError('import.recordTooLong', { line: info.lines ?? 0 });
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') return new InputError('import.unclosedQuote', { line: info.lines ?? 0 });
    return new InputError('import.csvSyntax', { line: info.lines ?? 0, reason: error.message });
  }
  throw error;
}
