/**
 * Worker thread of `lapor import FILE.xlsx`: reads the sheet and turns its rows into CSV chunks,
 * one per request, so the XML scan's garbage stays in this small heap (import-xlsx.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from './import-decode.js';
import { SheetInput, type SheetReply } from './import-xlsx.js';
import { fileSource } from './xlsx-zip.js';

const { fd, name } = workerData as { fd: number; name?: string };
const input = new SheetInput(fileSource(fd), name);
const chunks = input.csv();

parentPort!.on('message', () => {
  let reply: SheetReply;
  try {
    const next = chunks.next();
    reply = { chunk: next.done ? null : next.value, shifts: input.takeShifts(), sheet: input.sheet };
  } catch (error) {
    reply = error instanceof InputError ? { fatal: { code: error.code, params: error.params } } : { crash: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage(reply);
});
