/**
 * Worker thread of `lapor import`: csv-parse and row validation run here while
 * the main thread writes the previous rows to SQLite. csv-parse is the slowest
 * stage of an import; overlapping it with the inserts is what keeps the
 * library affordable. Protocol: see import-stage.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCategories, loadRegions } from '../data.js';
import { InputError } from './import-decode.js';
import { RowReader, type RowOutcome } from './import-rows.js';
import type { WorkerInput } from './import-stage.js';
import { cellsNeeded, packRow } from './import-wire.js';

const input = workerData as WorkerInput;
const reader = new RowReader(input.options, {
  now: new Date(input.now),
  timeZone: input.timeZone,
  categories: loadCategories(),
  regions: loadRegions(),
});
let headerSent = false;

parentPort!.on('message', (message: { type: 'chunk'; data: Uint8Array } | { type: 'end' }) => {
  try {
    let rows: RowOutcome[];
    if (message.type === 'chunk') rows = reader.feed(Buffer.from(message.data.buffer, message.data.byteOffset, message.data.byteLength));
    else rows = reader.end();
    const header = !headerSent && reader.header ? reader.header : undefined;
    if (header) headerSent = true;
    const keepCells = reader.header !== undefined && cellsNeeded(input.onDuplicate, reader.header.fields);
    parentPort!.postMessage({ type: 'rows', rows: rows.map((row) => packRow(row, keepCells)), ...(header ? { header } : {}) });
  } catch (error) {
    if (error instanceof InputError) parentPort!.postMessage({ type: 'fatal', code: error.code, params: error.params });
    else parentPort!.postMessage({ type: 'crash', message: (error as Error).stack ?? String(error) });
  }
});
