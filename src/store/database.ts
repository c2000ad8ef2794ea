/** Opening the database: 0600 file, WAL, migrations, IMMEDIATE write transactions. */

import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openSqlite } from './sqlite.js';
import { StoreError } from '../errors.js';
import { migrations, type Migration } from './migrations/index.js';

export type DB = Database.Database;

/** How long a writer waits for another writer's lock before "database busy". */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  /** Apply pending migrations (default true). `db check` opens without migrating. */
  migrate?: boolean;
  readonly?: boolean;
}

/**
 * Creates the folder 0700 and the file 0600 before SQLite sees it: a file
 * SQLite creates itself is 0644 under the usual umask, and the -wal/-shm files
 * take the main file's mode.
 */
function ensureFile(file: string): boolean {
  if (fs.existsSync(file)) return false;
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const fd = fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600);
  fs.closeSync(fd);
  return true;
}

export interface Opened {
  db: DB;
  created: boolean;
}

export function openDatabase(file: string, opts: OpenOptions = {}): Opened {
  let created = false;
  let db: DB;
  try {
    if (!opts.readonly) created = ensureFile(file);
    db = openSqlite(file, { readonly: opts.readonly ?? false, fileMustExist: true });
  } catch (error) {
    if (machineCondition(error)) throw error;
    throw new StoreError('db.openFailed', { path: file, reason: (error as Error).message }, { cause: error });
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    if (opts.migrate !== false && !opts.readonly) migrate(db, file);
    else refuseNewer(db, file);
  } catch (error) {
    db.close();
    if (error instanceof StoreError || machineCondition(error)) throw error;
    throw new StoreError('db.notLapor', { path: file, reason: (error as Error).message }, { cause: error });
  }
  return { db, created };
}

function ensureMigrationTable(db: DB): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
}

export function appliedVersions(db: DB): { version: number; name: string; applied_at: string }[] {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'").get();
  if (!exists) return [];
  return db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all() as {
    version: number;
    name: string;
    applied_at: string;
  }[];
}

export const latestVersion = migrations.at(-1)?.version ?? 0;

function refuseNewer(db: DB, file: string): void {
  const applied = appliedVersions(db);
  const found = applied.at(-1)?.version ?? 0;
  if (found > latestVersion) {
    throw new StoreError('db.tooNew', { path: file, found, known: latestVersion });
  }
}

/**
 * A read-only file or folder, no permission, a busy lock, a full disk: not "not a lapor database".
 * Passed on as they are; main.ts (files/system-errors.ts) words them.
 */
function machineCondition(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^(SQLITE_(READONLY|BUSY|LOCKED|FULL|CANTOPEN|PERM)|EACCES|EPERM|EROFS|ENOSPC)/.test(code);
}

/**
 * Applies pending migrations, each in its own IMMEDIATE transaction so two processes never race.
 * A current schema is only read: a reader must never queue behind an import holding the write lock.
 */
export function migrate(db: DB, file: string, list: readonly Migration[] = migrations): void {
  refuseNewer(db, file);
  const done = new Set(appliedVersions(db).map((a) => a.version));
  const pending = list.filter((m) => !done.has(m.version));
  if (pending.length === 0) return;
  ensureMigrationTable(db);
  for (const migration of pending) {
    const run = db.transaction(() => {
      const done = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(migration.version);
      if (done) return;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, new Date().toISOString());
    });
    try {
      run.immediate();
    } catch (error) {
      if (machineCondition(error)) throw error;
      const current = appliedVersions(db).at(-1)?.version ?? 0;
      throw new StoreError(
        'db.migrationFailed',
        { version: migration.version, name: migration.name, reason: (error as Error).message, current },
        { cause: error },
      );
    }
  }
}

const waitNotices = new WeakMap<DB, () => void>();

/** What a writer says (on a terminal) when it has to wait for another writer's lock. */
export function onWriterWaits(db: DB, notice: () => void): void {
  waitNotices.set(db, notice);
}

/** Even behind a holder that keeps writing, a writer gives up after this long. */
export const MAX_WAIT_MS = 120_000;
/** How long one try for the lock waits inside SQLite before the holder's progress is looked at again. */
const WAIT_SLICE_MS = 250;

/**
 * The holder's trace: its uncommitted pages spill into the -wal file as it works, and a checkpoint
 * after a big import (commitWrite) copies them into the database file.
 */
function walTrace(db: DB): string {
  return [`${db.name}-wal`, db.name]
    .map((file) => {
      try {
        const s = fs.statSync(file);
        return `${s.size}:${s.mtimeMs}`;
      } catch {
        return '';
      }
    })
    .join('|');
}

/** BEGIN IMMEDIATE once: undefined when the lock is taken, the SQLITE_BUSY error when it is not. */
function tryBegin(db: DB): unknown {
  try {
    db.exec('BEGIN IMMEDIATE');
    return undefined;
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    return error;
  }
}

/**
 * BEGIN IMMEDIATE, waiting for another writer as long as it makes progress: an import of a large
 * file holds the lock for its whole run (atomic), and the add or sync beside it must not fail
 * for that. A holder that shows no progress (its -wal file unchanged) for BUSY_TIMEOUT_MS, or any
 * wait past MAX_WAIT_MS, ends in SQLITE_BUSY ("database busy"), as before. The lock is first tried
 * without waiting, so a writer that must queue says so (on a terminal) before waiting.
 */
export function beginImmediate(db: DB): void {
  db.pragma('busy_timeout = 0');
  try {
    let busy = tryBegin(db);
    if (busy === undefined) return;
    waitNotices.get(db)?.();
    db.pragma(`busy_timeout = ${WAIT_SLICE_MS}`);
    const started = Date.now();
    let trace = walTrace(db);
    let lastProgress = started;
    while ((busy = tryBegin(db)) !== undefined) {
      const now = Date.now();
      const seen = walTrace(db);
      if (seen !== trace) [trace, lastProgress] = [seen, now];
      if (now - lastProgress >= BUSY_TIMEOUT_MS || now - started >= MAX_WAIT_MS) throw busy;
    }
  } finally {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}

/** Every write transaction is IMMEDIATE (deferred ones hit SQLITE_BUSY under concurrent writers), begun by beginImmediate. */
export function writeTransaction<T>(db: DB, fn: () => T): T {
  if (db.inTransaction) return db.transaction(fn)();
  beginImmediate(db);
  try {
    const result = db.transaction(fn)();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
