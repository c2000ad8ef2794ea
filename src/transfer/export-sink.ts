/** Where an export goes: a temp file renamed when complete, or stdout. */

import fs from 'node:fs';
import path from 'node:path';
import type { WritableLike } from '../io/io.js';
import { UsageError } from '../errors.js';

/** Where an export goes: a file that appears only when complete, or stdout. */
export interface Sink {
  write(chunk: string): void | Promise<void>;
  /** Makes the output final (the file appears under its name). */
  commit(): Promise<void>;
  /** Drops what was written (the temporary file); safe to call twice or after commit. */
  abort(): void;
}

/**
 * Writes to a temporary file (mode 0600) next to the target, flushes it to disk, and renames it
 * over the target: a reader never sees half a file, and a run that fails leaves the previous file
 * and the mark as they were, so the job is simply run again. Synchronous writes of large chunks
 * are as fast as a WriteStream here and need no backpressure handling.
 */
export function fileSink(target: string): Sink {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const failed = (error: unknown) => new UsageError('error.writeFile', { path: target, reason: (error as Error).message }, { cause: error });
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', 0o600);
  } catch (error) {
    throw failed(error);
  }
  let done = false;
  const closeFd = () => {
    if (fd === undefined) return;
    const f = fd;
    fd = undefined;
    fs.closeSync(f);
  };
  return {
    write(chunk) {
      if (fd === undefined) throw new Error('write after close');
      try {
        fs.writeSync(fd, chunk);
      } catch (error) {
        throw failed(error);
      }
    },
    async commit() {
      if (fd === undefined) throw new Error('commit after close');
      try {
        fs.fsyncSync(fd);
        closeFd();
        fs.renameSync(temp, target);
      } catch (error) {
        throw failed(error);
      }
      done = true;
      syncDir(dir);
    },
    abort() {
      if (done) return;
      done = true;
      try {
        closeFd();
      } finally {
        fs.rmSync(temp, { force: true });
      }
    },
  };
}

/** The rename itself reaches the disk only when the folder is flushed too; not every platform allows it. */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder; the rename is still atomic there.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

type Drainable = WritableLike & { once?(event: 'drain', listener: () => void): unknown };

/** stdout, honouring backpressure so a slow reader does not make us buffer the whole export. */
export function streamSink(stream: WritableLike): Sink {
  const s = stream as Drainable;
  return {
    write(chunk) {
      if (s.write(chunk) === false && typeof s.once === 'function') {
        return new Promise<void>((resolve) => void s.once!('drain', resolve));
      }
    },
    commit: async () => undefined,
    abort: () => undefined,
  };
}
