/** `lapor db check`: read-only integrity, foreign-key and full-text index checks; never creates or migrates. */

import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { appliedVersions, BUSY_TIMEOUT_MS } from './database.js';
import { openSqlite } from './sqlite.js';

export interface CheckFindings {
  /** SQLite's integrity_check lines: ['ok'] when sound. */
  integrity: string[];
  /** The full-text index's own check: 'ok', 'skipped' (no index, or busy) or what it found. */
  fts: string;
  foreignKeyProblems: number;
  applied: { version: number; name: string; applied_at: string }[];
  size: number;
}

export type CheckOutcome = { kind: 'missing' } | { kind: 'unreadable'; reason: string } | { kind: 'checked'; findings: CheckFindings };

const open = (file: string, readonly: boolean) => {
  const db = openSqlite(file, { readonly, fileMustExist: true });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return db;
};

/**
 * `lapor db check`: never creates or migrates anything. The integrity checks run on a read-only
 * connection; the FTS5 'integrity-check' command is an INSERT to SQLite, so it runs on a second
 * connection inside a transaction that is always rolled back (it waits for a writer like any write).
 */
export function checkDatabase(file: string): CheckOutcome {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat || (stat.isFile() && stat.size === 0)) return { kind: 'missing' };
  if (!stat.isFile()) return { kind: 'unreadable', reason: 'not a regular file' };
  let db: Database.Database;
  try {
    db = open(file, true);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    // Not damage: the folder or mount is read-only, or no permission (files/system-errors.ts words it).
    if (String((error as { code?: unknown }).code).startsWith('SQLITE_CANTOPEN')) throw error;
    return { kind: 'unreadable', reason: (error as Error).message };
  }
  try {
    // Each step on its own: damage that stops one check is itself a finding, the others still run.
    const integrity = attempt(
      () => (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check),
      (m) => [m],
    );
    const foreignKeyProblems = attempt(
      () => (db.pragma('foreign_key_check') as unknown[]).length,
      () => 1,
    );
    const applied = attempt(
      () => appliedVersions(db),
      () => [],
    );
    const hasFts = attempt(
      () => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reports_fts'").get() !== undefined,
      () => false,
    );
    db.close();
    return { kind: 'checked', findings: { integrity, fts: hasFts ? ftsCheck(file) : 'skipped', foreignKeyProblems, applied, size: stat.size } };
  } finally {
    if (db.open) db.close();
  }
}

function attempt<T>(fn: () => T, onError: (message: string) => T): T {
  try {
    return fn();
  } catch (error) {
    return onError((error as Error).message);
  }
}

function ftsCheck(file: string): string {
  const db = open(file, false);
  try {
    db.exec('BEGIN');
    // rank 1: also compare the index with the reports table it is built from.
    db.prepare("INSERT INTO reports_fts (reports_fts, rank) VALUES ('integrity-check', 1)").run();
    return 'ok';
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') return 'skipped';
    return (error as Error).message;
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
  }
}

/** True when nothing is wrong. */
export function isSound(f: CheckFindings): boolean {
  return f.integrity.length === 1 && f.integrity[0] === 'ok' && f.foreignKeyProblems === 0 && (f.fts === 'ok' || f.fts === 'skipped');
}
