/** Where `lapor recap` writes: its --out file or folder of letters, always through files/safe-file.ts. */

import path from 'node:path';
import type { AppContext } from '../context.js';
import type { Letters } from '../app/recap-letters.js';
import { checkTarget, ensureFolder, safeWrite, type ReplaceMode } from '../files/safe-file.js';
import { letterFileName, letterText, lettersText } from '../io/recap-letters.js';
import { writeGuards } from './file-guards.js';

const replaceMode = (force: boolean | undefined): ReplaceMode => (force ? 'force' : 'never');

/**
 * Opens the --out file before the recap is built, so a refused target (an existing file without
 * --force, the database or a link to it, a missing folder) costs no work; `fill` produces the
 * bytes. Returns the name written.
 */
export async function writeOutFile(ctx: AppContext, target: string, force: boolean | undefined, fill: () => Promise<string | Uint8Array>): Promise<string> {
  const file = safeWrite(target, { replace: replaceMode(force), guards: writeGuards(ctx) });
  try {
    file.write(await fill());
    return file.commit();
  } finally {
    file.abort();
  }
}

/**
 * The letters go file by file through safeWrite, not as one folder moved into place: the folder is
 * often an existing one that holds other papers (a rename cannot merge into it), and each letter is
 * a document on its own. Every name is checked first, so an existing letter without --force (or a
 * planted link) refuses the run before any letter is written; a run killed half-way leaves whole
 * letters only, and the next run with --force replaces them.
 */
export function writeLetterFolder(ctx: AppContext, all: Letters, dir: string, force: boolean | undefined): void {
  const { io } = ctx;
  if (all.letters.length === 0) return io.say('recap.letter.none');
  const guards = writeGuards(ctx);
  const replace = replaceMode(force);
  ensureFolder(dir, guards);
  const targets = all.letters.map((letter, i) => path.join(dir, letterFileName(letter.officer, i)));
  for (const target of targets) checkTarget(target, { replace, guards });
  all.letters.forEach((letter, i) => {
    const file = safeWrite(targets[i]!, { replace, guards });
    try {
      file.write(letterText(io, all, letter));
      file.commit();
    } finally {
      file.abort();
    }
  });
  io.say('recap.letter.written', { count: all.letters.length, dir });
}

/** `recap --letters` without --out: all letters on stdout. */
export function printLetters(ctx: AppContext, all: Letters): void {
  if (all.letters.length === 0) return ctx.io.say('recap.letter.none');
  ctx.io.out(lettersText(ctx.io, all));
}
