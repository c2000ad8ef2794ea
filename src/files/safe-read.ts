/** Opening input files: regular files only (FIFOs and devices refused at once), or stdin. */

import fs from 'node:fs';
import { InvalidInputError } from '../errors.js';
import { systemError } from './system-errors.js';

/**
 * Inputs (import files, --json files, attachments) are regular files only: a FIFO would block the
 * open until a writer comes, a device like /dev/zero never ends, a folder is a slip of the shell.
 * The type is checked before the open (lstat follows nothing; stat sees what a link points to)
 * and again on the opened file, which is opened non-blocking so even a FIFO swapped in between
 * cannot hang the run.
 */
export function checkRegularFile(file: string): fs.Stats {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw systemError(error, { path: file });
  }
  if (!stat.isFile()) throw new InvalidInputError('file.notRegular', { path: file, kind: kindOf(stat) });
  return stat;
}

/** Opens a checked regular file for reading; the caller closes the descriptor. */
export function openRegularFile(file: string): { fd: number; stat: fs.Stats } {
  checkRegularFile(file);
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw systemError(error, { path: file });
  }
  const stat = fs.fstatSync(fd);
  if (!stat.isFile()) {
    fs.closeSync(fd);
    throw new InvalidInputError('file.notRegular', { path: file, kind: kindOf(stat) });
  }
  return { fd, stat };
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return 'FIFO';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  return 'special file';
}

/**
 * A whole small input (`--json FILE|-`, `--from FILE|-`): a regular file or stdin, read at most
 * `max` bytes: the read stops as soon as the limit is passed (`tooLarge()` is thrown), so memory
 * stays bounded whatever comes in (/dev/zero through stdin).
 */
export async function readInputBounded(source: string, stdin: NodeJS.ReadableStream, max: number, tooLarge: () => Error): Promise<Buffer> {
  return source === '-' ? readStreamBounded(stdin, max, tooLarge) : readFileBounded(source, max, tooLarge);
}

function readFileBounded(source: string, max: number, tooLarge: () => Error): Buffer {
  const { fd, stat } = openRegularFile(source);
  try {
    if (stat.size > max) throw tooLarge();
    const buffer = Buffer.alloc(max + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length <= max; length += n) n = fs.readSync(fd, buffer, length, buffer.length - length, null);
    if (length > max) throw tooLarge();
    return buffer.subarray(0, length);
  } catch (error) {
    throw systemError(error, { path: source });
  } finally {
    fs.closeSync(fd);
  }
}

async function readStreamBounded(stream: NodeJS.ReadableStream, max: number, tooLarge: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    length += buf.length;
    if (length > max) throw tooLarge();
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
