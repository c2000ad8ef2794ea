import path from 'node:path';
import type { AppContext } from '../context.js';
import type { Guards } from '../io/safe-file.js';
import { attachmentsRoot } from '../store/attachments.js';

/** What no file lapor writes may be: the database (and -wal/-shm), the inputs, the attachment store. */
export function writeGuards(ctx: AppContext, inputs: readonly string[] = []): Guards {
  return { files: [ctx.dbPath(), ...inputs], folders: [attachmentsRoot(path.dirname(ctx.dbPath()))] };
}
