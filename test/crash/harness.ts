import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { repoRoot, tempDir } from '../helpers/cli.js';

/*
 * The crash harness (issue 10, item 8): runs the real bin/lapor.cjs and SIGKILLs it at a moment drawn
 * from a seeded PRNG, so a failing trial is repeated exactly with LAPOR_CRASH_SEED (the moment is
 * repeatable; where the process is at that moment depends on the machine's speed).
 */

const bin = path.join(repoRoot, 'bin', 'lapor.cjs');

export const seed = Number(process.env.LAPOR_CRASH_SEED ?? 20261203);
/** Default: each scenario once. */
export const trials = Number(process.env.LAPOR_CRASH_TRIALS ?? 7);

/** mulberry32: small, fast and good enough to spread kill moments; the same seed, the same moments. */
export function prng(start: number): () => number {
  let a = start >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Outcome {
  /** True when SIGKILL ended the process; false when it finished before the kill moment. */
  killed: boolean;
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function env(db: string, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: tempDir('lapor-home-'), LANG: 'C', LAPOR_DB: db, ...extra };
}

/**
 * Runs `lapor args`; with `killAfterMs`, SIGKILLs it at that moment unless it ended before.
 * `extra` adds to its environment (the simulator's credentials for a sync).
 */
export function lapor(db: string, args: string[], killAfterMs?: number, extra: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: env(db, extra), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** Runs `lapor args` to its end and fails with its stderr unless it exits 0. */
export async function ok(db: string, args: string[], context: string, extra: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  const r = await lapor(db, args, undefined, extra);
  if (r.code !== 0) throw new Error(`${context}: lapor ${args.join(' ')} exited ${r.code}\n${r.stderr}`);
  return r;
}

/**
 * A counter spreadsheet of `n` rows with unique ..R-n; with `badEvery`, every such row has an
 * impossible date (rejected by --skip-invalid, failing an atomic import).
 */
export function csvOf(n: number, badEvery = 0): string {
  const file = path.join(tempDir('lapor-crash-csv-'), `rows-${n}-${badEvery}.csv`);
  const lines = ['no_referensi;tanggal_diterima;saluran;judul;uraian;nama_pelapor;no_hp'];
  for (let i = 1; i <= n; i++) {
    const day = badEvery > 0 && i % badEvery === 0 ? '41' : String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      `R-${i};${day}/10/2026 09.${String(i % 60).padStart(2, '0')};surat;Jalan rusak nomor ${i};Lubang di jalan poros km ${i % 90};Warga ${i};08${12 + (i % 7)}${String(10_000_000 + i).slice(-8)}`,
    );
  }
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}

/** A copy of `db` (checkpointed, no -wal) in a fresh folder. */
export function copyDb(db: string): string {
  const target = path.join(tempDir('lapor-crash-'), 'lapor.db');
  fs.copyFileSync(db, target);
  return target;
}

/** Reads with better-sqlite3, read-only, so the check itself changes nothing. */
export function read<T>(db: string, sql: string, ...params: unknown[]): T[] {
  const handle = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return handle.prepare(sql).all(...params) as T[];
  } finally {
    handle.close();
  }
}

/** PRAGMA integrity_check plus uniqueness of what must be unique: ticket, ref, source_hash. */
export function sound(db: string): string[] {
  const problems: string[] = [];
  const integrity = read<{ integrity_check: string }>(db, 'PRAGMA integrity_check').map((r) => r.integrity_check);
  if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.join('; ')}`);
  for (const column of ['ticket', 'ref', 'source_hash']) {
    const twice = read<{ v: string; n: number }>(
      db,
      `SELECT ${column} AS v, count(*) AS n FROM reports WHERE ${column} IS NOT NULL GROUP BY ${column} HAVING n > 1 LIMIT 3`,
    );
    if (twice.length > 0) problems.push(`${column} stored twice: ${JSON.stringify(twice)}`);
  }
  const outbox = read<{ n: number; reports: number }>(db, "SELECT count(*) AS n, count(DISTINCT report_id) AS reports FROM outbox WHERE kind = 'create'")[0]!;
  if (outbox.n !== outbox.reports) problems.push(`a report with two create operations: ${JSON.stringify(outbox)}`);
  return problems;
}

export function count(db: string, where = '1'): number {
  return read<{ n: number }>(db, `SELECT count(*) AS n FROM reports WHERE ${where}`)[0]!.n;
}
