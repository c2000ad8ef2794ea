/** Writing a file safely: a temp file in the target folder, flushed, renamed; no symlink followed; never the database, the input or the attachment store. */

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { systemError } from './system-errors.js';

/**
 * The one way lapor writes a file (rejects, exports, backups, attachments): into a new temporary
 * file in the target's folder (exclusive create, mode 0600, never through a symlink), flushed to
 * disk, then moved under its name. A reader never sees half a file, a killed run leaves only a
 * temporary file that the next run removes, and a link planted under the target's name can never
 * redirect the write to the database or the input.
 */

/** Files and folders a write must never land on or in. */
export interface Guards {
  /** The database (its -wal/-shm are added), the input being read. */
  files: readonly string[];
  /** The attachment store. */
  folders: readonly string[];
}

/** never: an existing target is an error; force: replaced; number: FILE-2.ext, FILE-3.ext... instead. */
export type ReplaceMode = 'never' | 'force' | 'number';

const TEMP_PREFIX = '.lapor-tmp-';
const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

/** realpath of what exists; a missing file is its folder's realpath + its name. */
function canonical(file: string): string {
  const abs = path.resolve(file);
  try {
    return fs.realpathSync(abs);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

const identity = (s: fs.Stats | undefined) => (s ? `${s.dev}:${s.ino}` : undefined);

/** Refuses a target that is (or links to) a guarded file, or lies inside a guarded folder. */
export function refuseProtected(target: string, guards: Guards): void {
  const files = guards.files.flatMap((f) => (f === '-' ? [] : [f]));
  const all = files.flatMap((f) => [f, `${f}-wal`, `${f}-shm`, `${f}-journal`]);
  const here = canonical(target);
  const hereId = identity(fs.statSync(target, { throwIfNoEntry: false }));
  for (const f of all) {
    const sameId = hereId !== undefined && hereId === identity(fs.statSync(f, { throwIfNoEntry: false }));
    if (canonical(f) === here || sameId) throw new UsageError('file.protected', { path: target, other: f });
  }
  for (const dir of guards.folders) {
    const root = canonical(dir);
    if (here === root || here.startsWith(root + path.sep)) throw new UsageError('file.insideStore', { path: target });
  }
}

/** `name.csv` -> `name-2.csv`; `name` -> `name-2`. */
export function numberedName(target: string, n: number): string {
  const ext = path.extname(target);
  return `${target.slice(0, target.length - ext.length)}-${n}${ext}`;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the temporary files of killed runs (their process is gone) from a folder. */
export function removeStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^\.lapor-tmp-(\d+)-/.exec(name);
    if (!m || Number(m[1]) === process.pid || pidAlive(Number(m[1]))) continue;
    try {
      // SQLite's own companions of a half backup go too (…-journal).
      if (fs.lstatSync(path.join(dir, name)).isFile()) fs.unlinkSync(path.join(dir, name));
    } catch {
      // Another run removed it first.
    }
  }
}

/** A fresh temporary name in `dir`, recognisable by removeStaleTemps. */
export function tempName(dir: string): string {
  return path.join(dir, `${TEMP_PREFIX}${process.pid}-${crypto.randomBytes(6).toString('hex')}`);
}

/** Creates a temporary file (0600, exclusive, no symlink followed); the folder must exist. */
export function createTemp(dir: string, shown: string): { path: string; fd: number } {
  const file = tempName(dir);
  try {
    const fd = fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY | O_NOFOLLOW, 0o600);
    return { path: file, fd };
  } catch (error) {
    throw systemError(error, { path: shown, write: true });
  }
}

/** The rename reaches the disk only when the folder is flushed too; not every platform allows it. */
export function syncFolder(dir: string): void {
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

/** Flushes a finished temporary file another writer filled (SQLite's backup) before it is placed. */
export function flushFile(file: string): void {
  // Read-write: Windows flushes only a handle that may write.
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Moves a finished temporary file under its name. Without `force` the move cannot replace a file
 * that appeared meanwhile (a hard link fails on an existing name); returns the name used.
 */
export function placeFile(temp: string, target: string, mode: ReplaceMode): string {
  if (mode === 'force') {
    fs.renameSync(temp, target);
    return target;
  }
  for (let n = 1; n < 10_000; n++) {
    const name = n === 1 ? target : numberedName(target, n);
    try {
      fs.linkSync(temp, name);
      fs.unlinkSync(temp);
      return name;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && mode === 'number') continue;
      if (code === 'EEXIST') throw new UsageError('file.exists', { path: target });
      // No hard links here (some network or FAT folders): a plain check, then the move.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
      if (fs.lstatSync(name, { throwIfNoEntry: false })) {
        if (mode === 'number') continue;
        throw new UsageError('file.exists', { path: target });
      }
      fs.renameSync(temp, name);
      return name;
    }
  }
  throw new UsageError('file.exists', { path: target });
}

export interface SafeWrite {
  write(data: string | Uint8Array): void;
  /** Flushes, closes and moves the file under its name; returns the name used. */
  commit(): string;
  /** Drops the temporary file; safe after commit and twice. */
  abort(): void;
}

/** Checks the target before anything is written: protected, existing, folder missing. */
export function checkTarget(target: string, opts: { replace: ReplaceMode; guards?: Guards }): string {
  const dir = path.dirname(path.resolve(target));
  const folder = fs.statSync(dir, { throwIfNoEntry: false });
  if (!folder?.isDirectory()) throw new UsageError('file.noFolder', { path: target, folder: path.dirname(target) });
  if (opts.guards) refuseProtected(target, opts.guards);
  const existing = fs.lstatSync(target, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new UsageError('file.isFolder', { path: target });
  if (existing && opts.replace === 'never') throw new UsageError('file.exists', { path: target });
  return dir;
}

/** The usual writer: checkTarget, then a temporary file moved into place by commit(). */
export function safeWrite(target: string, opts: { replace: ReplaceMode; guards?: Guards }): SafeWrite {
  const dir = checkTarget(target, opts);
  removeStaleTemps(dir);
  const temp = createTemp(dir, target);
  let fd: number | undefined = temp.fd;
  let written = 0;
  let done = false;
  // After a failed write, every later call repeats that error (not a confusing "after close").
  let failure: Error | undefined;
  const close = () => {
    if (fd !== undefined) fs.closeSync(fd);
    fd = undefined;
  };
  const fail = (error: unknown, needed?: number) => {
    close();
    fs.rmSync(temp.path, { force: true });
    done = true;
    failure = systemError(error, { path: target, write: true, needed });
    return failure;
  };
  return {
    write(data) {
      if (failure) throw failure;
      if (fd === undefined) throw new Error('safeWrite: write after close');
      try {
        written += typeof data === 'string' ? fs.writeSync(fd, data) : fs.writeSync(fd, data);
      } catch (error) {
        throw fail(error, written + Buffer.byteLength(data));
      }
    },
    commit() {
      if (failure) throw failure;
      if (fd === undefined) throw new Error('safeWrite: commit after close');
      try {
        fs.fsyncSync(fd);
        close();
        if (opts.guards) refuseProtected(target, opts.guards);
        const name = placeFile(temp.path, target, opts.replace);
        done = true;
        syncFolder(dir);
        return name;
      } catch (error) {
        throw fail(error, written);
      }
    },
    abort() {
      if (done) return;
      done = true;
      close();
      fs.rmSync(temp.path, { force: true });
    },
  };
}

/**
 * A folder lapor writes several files into (the reminder letters): its parent must exist (like any
 * target's folder), the folder itself is created owner-only when missing. A name that is a guarded
 * file, a link to one, or lies in the attachment store is refused; so is a name that is not a folder.
 */
export function ensureFolder(dir: string, guards?: Guards): void {
  const parent = path.dirname(path.resolve(dir));
  if (!fs.statSync(parent, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError('file.noFolder', { path: dir, folder: path.dirname(dir) });
  }
  if (guards) refuseProtected(dir, guards);
  const existing = fs.statSync(dir, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) throw new UsageError('file.notFolder', { path: dir });
  if (existing) return;
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    throw systemError(error, { path: dir, write: true });
  }
}
