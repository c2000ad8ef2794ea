import { createHash } from 'node:crypto';
import { Parser, CsvError } from 'csv-parse';
import { validateReport, type RawReport, type ReportDraft, type ReportFieldName, type ValidationEnv } from '../domain/report.js';
import type { FieldProblem } from '../domain/problems.js';
import { InputDecoder, InputError, detectDelimiter, type InputEncoding } from './import-decode.js';
import { mapHeaders, type HeaderMapping } from './import-headers.js';
import { exportColumns, restoreFormula } from './columns.js';

/** Columns `lapor export` writes with a leading quote when they start like a formula: undone on import. */
const freeTextFields = new Set(exportColumns.filter((c) => c.freeText && c.field).map((c) => c.field!));

export interface ReaderOptions {
  encoding?: InputEncoding;
  delimiter?: string;
  map: [string, ReportFieldName][];
  ignoreUnknown: boolean;
}

/** What the reader learnt from the first line. */
export interface HeaderInfo extends HeaderMapping {
  delimiter: string;
  encoding: InputEncoding;
  bom: boolean;
}

/** One data row, parsed and validated (no database involved yet). */
export interface RowOutcome {
  /** Line in the file where the row starts (1 = header). */
  line: number;
  /** The cells as written, for the rejects file. */
  cells: string[];
  /** Set when the row is valid. */
  draft?: ReportDraft;
  /** Errors when there is no draft; warnings otherwise. */
  problems: FieldProblem[];
  /** Dedupe key of a row without a ref: a hash of its content. */
  hash?: string;
}

/** A csv-parse record cannot be longer than this: an unclosed quote would otherwise swallow the whole file. */
const MAX_RECORD_CHARS = 1_000_000;

/** The part of csv-parse's Parser that its own stream and sync entry points call. */
interface CsvApi {
  parse(buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
  info: { lines: number };
}

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
  private parser: CsvApi | undefined;
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
      if (newline < 0 && !end) return;
      const headerLine = this.pendingHead.subarray(0, newline < 0 ? undefined : newline).toString('utf8');
      this.parser = this.createParser(this.opts.delimiter ?? detectDelimiter(headerLine));
      utf8 = this.pendingHead;
      this.pendingHead = Buffer.alloc(0);
    }
    const parser = this.parser;
    let error: Error | undefined;
    const push = (record: string[]): void => this.onRecord(record, parser.info.lines);
    try {
      error = parser.parse(utf8.length > 0 ? utf8 : undefined, false, push, () => {});
      if (!error && end) error = parser.parse(undefined, true, push, () => {});
    } catch (thrown) {
      error = thrown as Error;
    }
    if (error) throw toInputError(error);
  }

  private createParser(delimiter: string): CsvApi {
    this.delimiter = delimiter;
    const parser = new Parser({
      delimiter,
      bom: false,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      max_record_size: MAX_RECORD_CHARS,
    });
    return (parser as unknown as { api: CsvApi }).api;
  }

  private delimiter = ',';
  private overcount = 0;

  private onRecord(cells: string[], endLine: number): void {
    // csv-parse counts the line a record ends on, but counts CR and LF of a
    // quoted CRLF as two lines: correct for that, then step back over the
    // record's own line breaks to the line it starts on.
    let inner = 0;
    for (const cell of cells) {
      if (!cell.includes('\n') && !cell.includes('\r')) continue;
      const crlf = cell.split('\r\n').length - 1;
      this.overcount += crlf;
      inner += cell.split(/\r\n|\r|\n/).length - 1;
    }
    const line = endLine - this.overcount - inner;
    if (this.headerPending) {
      this.headerPending = false;
      const mapping = mapHeaders(cells, { map: new Map(this.opts.map.map(([h, f]) => [h.toLowerCase(), f])), ignoreUnknown: this.opts.ignoreUnknown });
      this.header = { ...mapping, delimiter: this.delimiter, encoding: this.decoder.encoding ?? 'utf-8', bom: this.decoder.hadBom };
      if (mapping.problems.length > 0) {
        const [first] = mapping.problems;
        throw new InputError(first!.code, first!.params);
      }
      return;
    }
    this.out.push(this.validate(cells, line));
  }

  private validate(cells: string[], line: number): RowOutcome {
    const { fields } = this.header!;
    if (cells.length > fields.length) {
      const extra = cells.slice(fields.length);
      if (extra.some((c) => c.trim() !== '')) {
        return { line, cells, problems: [{ field: '', code: 'import.extraCells', params: { count: cells.length, expected: fields.length }, severity: 'error' }] };
      }
    }
    const raw: RawReport = {};
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      if (!field) continue;
      const cell = cells[i] ?? '';
      raw[field] = cell.charCodeAt(0) === 39 && freeTextFields.has(field) ? restoreFormula(cell) : cell;
    }
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
