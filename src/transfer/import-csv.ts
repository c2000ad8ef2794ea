/** CSV records: a fast path for well-formed input, csv-parse from the first odd record. */

import { Parser } from 'csv-parse';

/** One record and the line of the file it starts on (1 = first line). */
export type EmitRecord = (cells: string[], line: number) => void;

export interface CsvOptions {
  delimiter: string;
  /** csv-parse's max_record_size: an unclosed quote would otherwise swallow the whole file. */
  maxRecordSize: number;
  /** false: csv-parse only (the reference the fast path is tested against). */
  fast?: boolean;
}

/**
 * The part of csv-parse's Parser that its own stream and sync entry points call. `parser.api` is
 * internal (not in its typings): it is what lets the fallback feed bytes and receive records
 * synchronously, without a stream's buffering. That is why package.json pins csv-parse to one exact
 * version: upgrade it on purpose and run test/transfer/import-csv.test.ts, which compares both paths.
 */
interface CsvApi {
  parse(buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
  info: { lines: number; empty_lines: number };
}

/** Bytes decoded at a time. */
const PIECE = 64 * 1024;

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** What the fast path cannot settle on its own: hand the input from the record's start to csv-parse. */
const FALLBACK = -1;
/** Not a plain line: read the record character by character. */
const CAREFUL = -2;

/**
 * CSV records as csv-parse reads them with the import's options (relax_quotes,
 * relax_column_count, skip_empty_lines, skip_records_with_empty_values, no BOM
 * handling: the decoder did it), with a fast path for well-formed input.
 * Why our own code: csv-parse was 3.0 s of the import worker's ~11 s at
 * 500,000 rows (54 MB/s), and the worker was what the inserts waited for.
 * Measured again with the faster validation of 2026-11-28: the whole import of
 * bench/import.js's 500,000 rows takes 10.9 s with this path, 12.9-14.2 s with
 * csv-parse alone.
 * The fast path splits whole lines with indexOf/split and handles quoted
 * fields ("" escapes, line breaks inside); the first thing it is not sure
 * about (a lone CR, a quote closed in the middle of a field, a record over a
 * quarter of the size limit, an unclosed quote at the end) hands the rest of
 * the input, from the start of that record, to csv-parse itself. Both paths are
 * compared on generated input in test/transfer/import-csv.test.ts.
 */
export class CsvRecords {
  /** Bytes after the last line break seen, not decoded yet. */
  private tail: Buffer = Buffer.alloc(0);
  /** Text of a record that did not end in the text read so far. */
  private carry = '';
  /** Line the next record starts on (fast path). */
  private line = 1;
  /** The record delimiter csv-parse would discover on the first line: CRLF or LF. */
  private crlf: boolean | undefined;
  private slow: { api: CsvApi; lineOffset: number; overcount: number; nextStart: number; emptyLines: number } | undefined;
  /**
   * Longest record (in UTF-16 units) the fast path takes. csv-parse's limit counts earlier fields
   * in characters and the current one in UTF-8 bytes (up to 3 per unit): under a quarter of it,
   * no record can reach the limit, and longer ones are csv-parse's to judge.
   */
  private readonly maxFast: number;
  private readonly delimiterCode: number;

  constructor(
    private readonly o: CsvOptions,
    private readonly emit: EmitRecord,
  ) {
    this.maxFast = Math.floor(o.maxRecordSize / 4);
    this.delimiterCode = o.delimiter.charCodeAt(0);
    if (o.fast === false || o.delimiter.length !== 1 || o.delimiter === '"' || o.delimiter === '\r' || o.delimiter === '\n') this.toLibrary(Buffer.alloc(0));
  }

  /** Whether csv-parse reads (the rest of) the input: for tests. */
  get usesLibrary(): boolean {
    return this.slow !== undefined;
  }

  /** Throws csv-parse's CsvError (with `lines` counted from the start of the file). */
  push(chunk: Buffer): void {
    this.parse(chunk, false);
  }

  end(): void {
    this.parse(Buffer.alloc(0), true);
  }

  private parse(chunk: Buffer, end: boolean): void {
    if (this.slow) return this.library(chunk, end);
    const bytes = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    this.tail = Buffer.alloc(0);
    let at = 0;
    while (at < bytes.length || (end && this.carry !== '')) {
      // Whole lines (a line break is never inside a UTF-8 sequence), a piece at a time: strings
      // over ~128 kB go to V8's large-object space, which only a full GC frees.
      let cut = bytes.lastIndexOf(LF, Math.min(at + PIECE, bytes.length) - 1) + 1;
      if (cut <= at) cut = bytes.indexOf(LF, at + PIECE) + 1;
      if (cut <= at) {
        if (!end) {
          // No line break in reach: a record this long is csv-parse's to judge, which stops at
          // max_record_size as it streams. Keeping it here would grow without bound (/dev/zero)
          // and copy the growing tail for every chunk (time quadratic in the line's length).
          if (this.carry.length + bytes.length - at > this.maxFast) {
            const head = Buffer.from(this.carry);
            this.carry = '';
            this.toLibrary(head);
            return this.library(bytes.subarray(at), false);
          }
          this.tail = Buffer.from(bytes.subarray(at));
          return;
        }
        cut = bytes.length;
      }
      const last = end && cut === bytes.length;
      const text = this.carry + bytes.toString('utf8', at, cut);
      const stop = this.records(text, last);
      if (stop.fallback) {
        this.carry = '';
        this.toLibrary(Buffer.from(text.slice(stop.at)));
        return this.library(bytes.subarray(cut), end);
      }
      this.carry = text.slice(stop.at);
      at = cut;
      if (last) break;
    }
  }

  /** Parses the records of `text`; returns where an incomplete record starts, or where to fall back. */
  private records(text: string, end: boolean): { at: number; fallback: boolean } {
    const n = text.length;
    const delimiter = this.o.delimiter;
    let p = 0;
    while (p < n) {
      const plain = this.crlf === undefined ? CAREFUL : this.plainRecord(text, p, delimiter);
      const next = plain === CAREFUL ? this.record(text, p, end) : plain;
      if (next === FALLBACK) return { at: p, fallback: true };
      // Incomplete: wait for more input (a record that long is csv-parse's, and is not re-read chunk after chunk).
      if (next === n + 1) return { at: p, fallback: n - p > this.maxFast };
      p = next;
    }
    return { at: n, fallback: false };
  }

  /**
   * The common case: a whole line without quotes or stray CRs, split at once.
   * Returns the position after the record, or CAREFUL.
   */
  private plainRecord(text: string, p: number, delimiter: string): number {
    const nl = text.indexOf('\n', p);
    if (nl < 0) return CAREFUL;
    const stop = this.crlf ? nl - 1 : nl;
    if (this.crlf && (stop < p || text.charCodeAt(stop) !== CR)) return CAREFUL;
    const cr = text.indexOf('\r', p);
    if (cr >= 0 && cr < stop) return CAREFUL;
    if (stop - p > this.maxFast) return CAREFUL;
    const q = text.indexOf('"', p);
    if (q >= 0 && q < stop) return CAREFUL;
    if (stop > p) this.record_(text.slice(p, stop).split(delimiter), 0);
    this.line++;
    return nl + 1;
  }

  /**
   * One record, character by character where needed: quoted fields with "" and line
   * breaks, quotes inside unquoted fields kept as they are (relax_quotes). Returns the
   * position after the record, text.length + 1 when the record is incomplete, or FALLBACK.
   */
  private record(text: string, start: number, end: boolean): number {
    const n = text.length;
    const delimiter = this.o.delimiter;
    const incomplete = end ? FALLBACK : n + 1;
    const cells: string[] = [];
    let inner = 0;
    let p = start;
    for (;;) {
      let value: string;
      if (text.charCodeAt(p) === QUOTE) {
        let q = p + 1;
        let escaped = false;
        let close: number;
        for (;;) {
          close = text.indexOf('"', q);
          if (close < 0 || close + 1 === n) {
            if (close < 0 || !end) return incomplete;
            break;
          }
          if (text.charCodeAt(close + 1) !== QUOTE) break;
          escaped = true;
          q = close + 2;
        }
        value = text.slice(p + 1, close);
        // A CRLF inside quotes is one line break whatever the record delimiter; a lone CR is csv-parse's.
        for (let i = value.indexOf('\r'); i >= 0; i = value.indexOf('\r', i + 1)) {
          if (value.charCodeAt(i + 1) !== LF) return FALLBACK;
        }
        for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) inner++;
        if (escaped) value = value.replaceAll('""', '"');
        p = close + 1;
        if (p - start > this.maxFast) return FALLBACK;
        const after = this.fieldEnd(text, p, delimiter, end);
        if (after === 'odd') return FALLBACK;
        if (after === 'more') return incomplete;
        cells.push(value);
        if (after === 'delimiter') {
          p++;
          continue;
        }
        return this.finish(cells, inner, p, after);
      }
      // Unquoted: up to the next delimiter or line break; a quote here is an ordinary character.
      let q = p;
      while (q < n) {
        const c = text.charCodeAt(q);
        if (c === CR || c === LF || c === this.delimiterCode) break;
        q++;
      }
      if (q - start > this.maxFast) return FALLBACK;
      const after = q === n ? (end ? 'end' : 'more') : this.fieldEnd(text, q, delimiter, end);
      if (after === 'odd') return FALLBACK;
      if (after === 'more') return incomplete;
      if (after === 'end' && q === start && cells.length === 0) return n; // nothing after the last line break
      value = text.slice(p, q);
      if (after === 'delimiter') {
        cells.push(value);
        p = q + 1;
        continue;
      }
      if (q === start && cells.length === 0) {
        // An empty line: skipped, but counted.
        this.line++;
        return q + (after === 'crlf' ? 2 : 1);
      }
      cells.push(value);
      return this.finish(cells, inner, q, after);
    }
  }

  /** What follows a field at `p`: a delimiter, a record delimiter, the end, or something the fast path leaves alone. */
  private fieldEnd(text: string, p: number, delimiter: string, end: boolean): 'delimiter' | 'lf' | 'crlf' | 'end' | 'more' | 'odd' {
    if (p === text.length) return end ? 'end' : 'more';
    if (text[p] === delimiter) return 'delimiter';
    const c = text.charCodeAt(p);
    if (c === LF) {
      if (this.crlf === undefined) this.crlf = false;
      return this.crlf ? 'odd' : 'lf';
    }
    if (c === CR) {
      if (p + 1 === text.length) return end ? 'odd' : 'more';
      if (text.charCodeAt(p + 1) !== LF) return 'odd';
      if (this.crlf === undefined) this.crlf = true;
      return this.crlf ? 'crlf' : 'odd';
    }
    return 'odd';
  }

  private finish(cells: string[], inner: number, p: number, after: 'lf' | 'crlf' | 'end'): number {
    this.record_(cells, inner);
    if (after === 'end') return p;
    this.line++;
    return p + (after === 'crlf' ? 2 : 1);
  }

  private record_(cells: string[], inner: number): void {
    const line = this.line;
    this.line += inner;
    // csv-parse's skip_records_with_empty_values
    for (const cell of cells) if (cell.trim() !== '') return this.emit(cells, line);
  }

  private toLibrary(head: Buffer): void {
    const parser = new Parser({
      delimiter: this.o.delimiter,
      // The delimiter csv-parse would have discovered on the first line, had it read it.
      ...(this.crlf === undefined ? {} : { record_delimiter: this.crlf ? '\r\n' : '\n' }),
      bom: false,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      // Skipped below instead: a skipped record's quoted line breaks must still be counted.
      skip_records_with_empty_values: false,
      max_record_size: this.o.maxRecordSize,
    });
    this.slow = { api: (parser as unknown as { api: CsvApi }).api, lineOffset: this.line - 1, overcount: 0, nextStart: this.line, emptyLines: 0 };
    if (head.length > 0) this.library(head, false);
  }

  private library(chunk: Buffer, end: boolean): void {
    const slow = this.slow!;
    const push = (cells: string[]): void => {
      // csv-parse counts the line a record ends on, but counts CR and LF of a
      // quoted CRLF as two lines: correct for that, then step back over the
      // record's own line breaks to the line it starts on.
      let inner = 0;
      for (const cell of cells) {
        if (!cell.includes('\n') && !cell.includes('\r')) continue;
        slow.overcount += cell.split('\r\n').length - 1;
        inner += cell.split(/\r\n|\r|\n/).length - 1;
      }
      const end = slow.lineOffset + slow.api.info.lines - slow.overcount;
      slow.nextStart = end + 1;
      slow.emptyLines = slow.api.info.empty_lines;
      if (!cells.every((cell) => cell.trim() === '')) this.emit(cells, end - inner);
    };
    let error = slow.api.parse(chunk.length > 0 ? chunk : undefined, false, push, () => {});
    if (!error && end) error = slow.api.parse(undefined, true, push, () => {});
    if (error) {
      const info = error as Error & { lines?: number; code?: string };
      // An unclosed quote or an endless record is found where the file or the size limit ends;
      // the admin must look where that record starts (past the empty lines csv-parse skipped).
      if (info.code === 'CSV_QUOTE_NOT_CLOSED' || info.code === 'CSV_MAX_RECORD_SIZE')
        info.lines = slow.nextStart + slow.api.info.empty_lines - slow.emptyLines;
      else if (typeof info.lines === 'number') info.lines += slow.lineOffset;
      throw error;
    }
  }
}
