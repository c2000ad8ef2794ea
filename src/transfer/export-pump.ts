/** Encodes rows into large chunks and writes them to the sink. */

import type { RowEncoder } from './export-format.js';
import type { Sink } from './export-sink.js';

// About 1 MB per write: large enough that write calls cost nothing, small enough that memory stays flat.
const CHUNK_CHARS = 1 << 20;

export interface PumpOptions {
  /** Called every `every` rows with the count so far (progress on a terminal). */
  progress?: (rows: number) => void;
  every?: number;
}

/** Encodes rows into large chunks and writes them to the sink; returns how many rows were written. */
export async function pumpRows<R>(rows: Iterable<R>, encoder: RowEncoder<R>, sink: Sink, opts: PumpOptions = {}): Promise<number> {
  const every = opts.every ?? 50_000;
  let chunk = encoder.header();
  let count = 0;
  for (const values of rows) {
    if (count > 0) chunk += encoder.separator;
    chunk += encoder.row(values);
    count++;
    if (chunk.length >= CHUNK_CHARS) {
      await sink.write(chunk);
      chunk = '';
    }
    if (opts.progress && count % every === 0) opts.progress(count);
  }
  chunk += encoder.footer();
  if (chunk) await sink.write(chunk);
  return count;
}
