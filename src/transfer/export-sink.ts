/** Where an export goes: a temp file renamed when complete, or stdout. */

import type { WritableLike } from '../io/io.js';
import { safeWrite, type Guards } from '../files/safe-file.js';

/** Where an export goes: a file that appears only when complete, or stdout. */
export interface Sink {
  /** Text, or bytes (xlsx). */
  write(chunk: string | Uint8Array): void | Promise<void>;
  /** Makes the output final (the file appears under its name). */
  commit(): Promise<void>;
  /** Drops what was written (the temporary file); safe to call twice or after commit. */
  abort(): void;
}

/**
 * Writes through files/safe-file.ts: a temporary file (mode 0600, never through a symlink) next to
 * the target, flushed to disk and renamed over it. A reader never sees half a file, a run that
 * fails leaves the previous file and the mark as they were, and the target can never be the
 * database or lie in the attachment store. An existing file is replaced only with `force`
 * (--force), like `db backup`: a mistyped --out must not destroy another export or a document.
 * Synchronous writes of large chunks are as fast as a WriteStream here.
 */
export function fileSink(target: string, guards?: Guards, force = false): Sink {
  const file = safeWrite(target, { replace: force ? 'force' : 'never', guards });
  let open = true;
  return {
    write(chunk) {
      if (!open) throw new Error('write after close');
      file.write(chunk);
    },
    async commit() {
      if (!open) throw new Error('commit after close');
      open = false;
      file.commit();
    },
    abort() {
      open = false;
      file.abort();
    },
  };
}

type Drainable = WritableLike & { once?(event: 'drain', listener: () => void): unknown };

/** stdout, honouring backpressure so a slow reader does not make us buffer the whole export. */
export function streamSink(stream: WritableLike): Sink {
  const s = stream as Drainable;
  return {
    write(chunk) {
      // stdout takes bytes as well as text (WritableLike names only what the text formats use).
      if (s.write(chunk as string) === false && typeof s.once === 'function') {
        return new Promise<void>((resolve) => void s.once!('drain', resolve));
      }
    },
    commit: async () => undefined,
    abort: () => undefined,
  };
}
