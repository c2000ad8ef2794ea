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

/**
 * Every write transaction is IMMEDIATE: deferred ones hit SQLITE_BUSY under concurrent writers.
 * The lock is first tried without waiting, so a writer that must queue behind another says so
 * before SQLite's busy timeout runs; it gives up with SQLITE_BUSY ("database busy") after it.
 */
export function writeTransaction<T>(db: DB, fn: () => T): T {
  const notice = waitNotices.get(db);
  if (!notice || db.inTransaction) return db.transaction(fn).immediate();
  db.pragma('busy_timeout = 0');
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    notice();
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.exec('BEGIN IMMEDIATE');
  } finally {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
  try {
    const result = db.transaction(fn)();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
