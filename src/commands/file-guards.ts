/** The guards every file a command writes is checked against: the database, its -wal/-shm, the inputs, the attachment store. */

import path from 'node:path';
import type { AppContext } from '../context.js';
import type { Guards } from '../files/safe-file.js';
import { attachmentsRoot } from '../store/attachments.js';

/** What no file lapor writes may be: the database (and -wal/-shm), the inputs, the attachment store. */
export function writeGuards(ctx: AppContext, inputs: readonly string[] = []): Guards {
  return { files: [ctx.dbPath(), ...inputs], folders: [attachmentsRoot(path.dirname(ctx.dbPath()))] };
}
