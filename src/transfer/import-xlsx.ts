/** `lapor import FILE.xlsx`: a sheet's rows fed to the import as CSV records, each line mapped back to its sheet row. */

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { encodeRow } from '../domain/csv.js';
import { InputError, type InputErrorCode } from './import-decode.js';
import { openWorkbook, SheetNotFoundError } from './xlsx-read.js';
import { ZipFormatError, type ZipSource } from './xlsx-zip.js';

/** About this much CSV text per chunk handed to the import. */
const CHUNK_CHARS = 64 * 1024;

const workerFile = fileURLToPath(new URL('./xlsx-worker.js', import.meta.url));

/** One answer of the sheet worker (xlsx-worker.ts): the next CSV chunk (null at the end) and the new line shifts. */
export type SheetReply =
  | { chunk: Uint8Array | null; shifts: [number, number][]; sheet: string }
  | { fatal: { code: InputErrorCode; params: Record<string, string | number> } }
  | { crash: string };

function ask(worker: Worker): Promise<SheetReply> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    const onMessage = (reply: SheetReply) => {
      worker.off('error', onError);
      resolve(reply);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage('next');
  });
}

/**
 * A sheet as the input of `lapor import`: its rows become CSV records, so the parser, the
 * validation, the worker thread, duplicates and the rejects file are the CSV import's, unchanged.
 * Line breaks inside cells (CR, CRLF) become LF; every record starts on the CSV line `rowOf`
 * maps back to the sheet row, which is what messages and the rejects file show ("Sheet1!C12").
 */
export class SheetInput {
  /** Breakpoints [csv line, sheet row - csv line], in line order: the shift changes after empty rows and multi-line cells. */
  private readonly shifts: [number, number][] = [];
  /** The sheet read, for cell references; known once the workbook is open. */
  sheet = '';

  constructor(
    private readonly bytes: ZipSource,
    private readonly name: string | undefined,
    /** Called once the rows are read or the reading stopped (closes the file). */
    private readonly done: () => void = () => undefined,
    /** The file's descriptor: the sheet is then read on a worker thread (see chunks()). */
    private readonly fd?: number,
  ) {}

  private sent = 0;

  /** The line shifts found since the last call (the worker sends them along with each chunk). */
  takeShifts(): [number, number][] {
    const fresh = this.shifts.slice(this.sent);
    this.sent = this.shifts.length;
    return fresh;
  }

  /** The sheet row of the record that starts on CSV line `line`. */
  rowOf = (line: number): number => {
    let lo = 0;
    let hi = this.shifts.length - 1;
    let shift = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.shifts[mid]![0] <= line) {
        shift = this.shifts[mid]![1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return line + shift;
  };

  /**
   * The CSV chunks. Scanning the sheet's XML makes a lot of short-lived garbage, and the main
   * thread's young generation grew to hold it (peak RSS of a 100,000-row import 205 MB, against
   * 165 MB for the same rows as CSV); on a worker with a small heap it stays small. From sources
   * (tests) there is no compiled worker: the sheet is read here.
   */
  async *chunks(): AsyncGenerator<Buffer> {
    try {
      if (this.fd !== undefined && fs.existsSync(workerFile)) yield* this.fromWorker(this.fd);
      else yield* this.csv();
    } finally {
      this.done();
    }
  }

  private async *fromWorker(fd: number): AsyncGenerator<Buffer> {
    const worker = new Worker(workerFile, { workerData: { fd, name: this.name }, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 48 } });
    try {
      // One chunk asked ahead, so the worker scans while the import parses the previous one.
      let pending = ask(worker);
      for (;;) {
        const reply = await pending;
        if ('fatal' in reply) throw new InputError(reply.fatal.code, reply.fatal.params);
        if ('crash' in reply) throw new Error(reply.crash);
        this.shifts.push(...reply.shifts);
        this.sheet = reply.sheet;
        if (reply.chunk === null) return;
        pending = ask(worker);
        yield Buffer.from(reply.chunk.buffer, reply.chunk.byteOffset, reply.chunk.byteLength);
      }
    } finally {
      await worker.terminate();
    }
  }

  /** The sheet as CSV chunks, read on this thread. */
  *csv(): Generator<Buffer> {
    let line = 1;
    let text = '';
    for (const row of this.rows()) {
      const shift = row.row - line;
      if (this.shifts.at(-1)?.[1] !== shift) this.shifts.push([line, shift]);
      const cells = row.cells.map((c) => (c.includes('\r') ? c.replace(/\r\n?/g, '\n') : c));
      text += encodeRow(cells);
      for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) line++;
      line++;
      if (text.length >= CHUNK_CHARS) {
        yield Buffer.from(text);
        text = '';
      }
    }
    if (text !== '') yield Buffer.from(text);
  }

  /** The rows of the sheet; a file that is not a workbook, or a sheet it lacks, stops the import. */
  private *rows() {
    let workbook;
    try {
      workbook = openWorkbook(this.bytes);
      const { name } = this;
      this.sheet = name === undefined ? (workbook.sheets[0] ?? '') : (workbook.sheets.find((s) => s.toLowerCase() === name.toLowerCase()) ?? name);
      yield* workbook.rows(this.name);
    } catch (error) {
      if (error instanceof SheetNotFoundError) {
        throw new InputError('import.noSheet', { sheet: error.sheet, sheets: error.sheets.map((s) => `"${s}"`).join(', ') });
      }
      if (error instanceof ZipFormatError) throw new InputError('import.notXlsx');
      throw error;
    }
  }
}
