/** Parsing and validation, on a worker thread for big files. */

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ValidationEnv } from '../domain/report.js';
import type { OnDuplicate } from './import-types.js';
import { unpackRow, type WireRow } from './import-wire.js';
import { InputError, type InputErrorCode } from './import-decode.js';
import { RowReader, type HeaderInfo, type ReaderOptions, type RowOutcome } from './import-rows.js';

/** The rows parsed from one chunk of input (or from the end of it). */
export interface StageResult {
  header?: HeaderInfo;
  rows: RowOutcome[];
}

/**
 * Parsing and validation, fed chunk by chunk. Results come back in order, one
 * per `send`/`finish`. The worker version runs them on another thread so
 * csv-parse and validation overlap with the inserts; the inline one is used
 * for small inputs (a worker costs ~50 ms to start) and when running from
 * sources (tests), where there is no compiled worker file.
 */
export interface Stage {
  send(chunk: Buffer): void;
  finish(): void;
  next(): Promise<StageResult>;
  /** Chunks sent whose results were not taken yet. */
  readonly pending: number;
  close(): Promise<void>;
}

/** What the worker needs to rebuild the reader and the validation context on its side. */
export interface WorkerInput {
  options: ReaderOptions;
  now: string;
  timeZone: string;
  /** Decides which valid rows' cells travel back (import-run.ts cellsNeeded). */
  onDuplicate: OnDuplicate;
}

type WorkerMessage =
  | { type: 'rows'; header?: HeaderInfo; rows: WireRow[] }
  | { type: 'fatal'; code: InputErrorCode; params: Record<string, string | number> }
  | { type: 'crash'; message: string };

const workerFile = fileURLToPath(new URL('./import-worker.js', import.meta.url));

export function workerAvailable(): boolean {
  return fs.existsSync(workerFile);
}

export function createInlineStage(options: ReaderOptions, env: ValidationEnv): Stage {
  const reader = new RowReader(options, env);
  const results: (StageResult | InputError | Error)[] = [];
  let headerSent = false;
  const run = (work: () => RowOutcome[]) => {
    try {
      const rows = work();
      const result: StageResult = { rows };
      if (!headerSent && reader.header) {
        result.header = reader.header;
        headerSent = true;
      }
      results.push(result);
    } catch (error) {
      results.push(error as Error);
    }
  };
  return {
    send: (chunk) => run(() => reader.feed(chunk)),
    finish: () => run(() => reader.end()),
    async next() {
      const result = results.shift();
      if (result === undefined) throw new Error('import stage: next() without a pending chunk');
      if (result instanceof Error) throw result;
      return result;
    },
    get pending() {
      return results.length;
    },
    close: async () => undefined,
  };
}

export function createWorkerStage(input: WorkerInput): Stage {
  // Small heap limits keep the worker's garbage, and so the peak RSS, down at no measured cost: a
  // small young generation, and an old one of 48 MB, where V8 would otherwise let dead rows pile up
  // (peak RSS of a 1,000,000-row import 190-225 MB without it, 173-176 MB with it). What the worker
  // keeps alive is ~5 MB (the rows of one chunk, the zone-offset cache); a file of 20,000-character
  // descriptions over 120,000 distinct hours ran within 32 MB.
  const worker = new Worker(workerFile, { workerData: input, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 48 } });
  const waiting: { resolve: (r: StageResult) => void; reject: (e: Error) => void }[] = [];
  const ready: (StageResult | Error)[] = [];
  let pending = 0;
  let failed: Error | undefined;
  const deliver = (result: StageResult | Error) => {
    const waiter = waiting.shift();
    if (!waiter) ready.push(result);
    else if (result instanceof Error) waiter.reject(result);
    else waiter.resolve(result);
  };
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'rows') {
      const rows = message.rows.map(unpackRow);
      deliver(message.header ? { header: message.header, rows } : { rows });
    } else if (message.type === 'fatal') deliver(new InputError(message.code, message.params));
    else deliver(new Error(message.message));
  });
  const fail = (error: Error) => {
    failed ??= error;
    while (waiting.length > 0) waiting.shift()!.reject(error);
  };
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (pending > 0) fail(new Error(`import worker stopped (exit code ${code})`));
  });
  return {
    send(chunk) {
      pending++;
      worker.postMessage({ type: 'chunk', data: chunk });
    },
    finish() {
      pending++;
      worker.postMessage({ type: 'end' });
    },
    next() {
      const result = ready.shift();
      if (result !== undefined) {
        pending--;
        return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
      }
      if (failed) return Promise.reject(failed);
      return new Promise<StageResult>((resolve, reject) => {
        waiting.push({
          resolve: (r) => {
            pending--;
            resolve(r);
          },
          reject,
        });
      });
    },
    get pending() {
      return pending;
    },
    async close() {
      pending = 0;
      await worker.terminate();
    },
  };
}
