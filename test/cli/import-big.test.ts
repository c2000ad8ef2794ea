import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { run, tempDb, tempDir, query, repoRoot } from '../helpers/cli.js';

const now = '2026-11-27T02:00:00Z';
const bin = path.join(repoRoot, 'bin', 'lapor.js');

/** A counter spreadsheet of `n` valid rows, each with a unique ref. */
function generate(n: number): string {
  const file = path.join(tempDir(), `rows-${n}.csv`);
  const lines = ['no_referensi;tanggal_diterima;saluran;judul;uraian;nama_pelapor;no_hp'];
  for (let i = 1; i <= n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(`R-${i};${day}/10/2026 09.${String(i % 60).padStart(2, '0')};surat;Jalan rusak nomor ${i};"Lubang besar di jalan poros km ${i % 90}; sudah lama tidak diperbaiki";Warga ${i};08${12 + (i % 7)}${String(10_000_000 + i).slice(-8)}`);
  }
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}

function snapshot(db: string) {
  return {
    reports: query(db, 'SELECT ticket, ref, title, description, received_at, reporter_phone, change_seq FROM reports ORDER BY id'),
    fts: query(db, "SELECT rowid FROM reports_fts WHERE reports_fts MATCH 'poros AND km' ORDER BY rowid").length,
    schema: query(db, "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"),
    counters: query(db, 'SELECT name, value FROM counters ORDER BY name'),
    outbox: query<{ n: number }>(db, 'SELECT count(*) AS n FROM outbox')[0]!.n,
  };
}

function consistent(db: string): void {
  expect(query(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  const handle = new Database(db);
  handle.prepare("INSERT INTO reports_fts (reports_fts) VALUES ('integrity-check')").run();
  handle.close();
}

describe('big imports', () => {
  it('rebuilding indexes after a big one-transaction import gives what row-by-row inserts give', async () => {
    const input = generate(12_000);
    const atomic = tempDb();
    const batched = tempDb();
    for (const db of [atomic, batched]) await run(['init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar'], { db, now });
    const one = await run(['import', input, '--format', 'json'], { db: atomic, now });
    expect(JSON.parse(one.stdout)).toMatchObject({ stored: 12_000, indexes_rebuilt: true });
    // --skip-invalid commits batch by batch and never drops an index.
    const many = await run(['import', input, '--skip-invalid', '--format', 'json'], { db: batched, now });
    expect(JSON.parse(many.stdout)).toMatchObject({ stored: 12_000, indexes_rebuilt: false });
    const a = snapshot(atomic);
    expect(a.reports).toHaveLength(12_000);
    expect(a.fts).toBe(12_000);
    expect(a).toEqual(snapshot(batched));
    consistent(atomic);
  });
});

describe('an interrupted import (kill -9)', () => {
  const built = fs.existsSync(path.join(repoRoot, 'dist', 'transfer', 'import-worker.js'));

  function killMidway(db: string, input: string, args: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, 'import', input, ...args], { env: { PATH: process.env.PATH, HOME: tempDir(), LAPOR_DB: db }, stdio: 'ignore' });
      const started = Date.now();
      const poll = setInterval(() => {
        // Kill once a few batches are committed (or, in one transaction, after a while).
        let stored = 0;
        try {
          stored = fs.existsSync(db) ? query<{ n: number }>(db, 'SELECT count(*) AS n FROM reports')[0]!.n : 0;
        } catch {
          // Busy or not created yet.
        }
        if (stored >= 3000 || (args.length === 0 && Date.now() - started > 1500)) {
          clearInterval(poll);
          child.kill('SIGKILL');
        }
      }, 20);
      child.on('exit', (code, signal) => {
        clearInterval(poll);
        if (signal === 'SIGKILL') resolve();
        else reject(new Error(`import ended before it was killed (exit ${code})`));
      });
    });
  }

  it.skipIf(!built)('keeps whole batches only, stays consistent, and a re-run stores every row exactly once', async () => {
    const total = 60_000;
    const input = generate(total);
    const db = tempDb();
    spawnSync(process.execPath, [bin, 'init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar'], { env: { PATH: process.env.PATH, HOME: tempDir(), LAPOR_DB: db } });
    await killMidway(db, input, ['--skip-invalid']);
    consistent(db);
    const stored = query<{ n: number }>(db, 'SELECT count(*) AS n FROM reports')[0]!.n;
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(total);
    expect(stored % 1000).toBe(0);
    expect(query(db, 'SELECT count(*) AS n FROM outbox')).toEqual([{ n: stored }]);
    expect(query(db, "SELECT sum(json_extract(details, '$.count')) AS n FROM audit_log WHERE action = 'report.import'")).toEqual([{ n: stored }]);
    expect(query(db, 'SELECT max(ticket) AS t FROM reports')).toEqual([{ t: `PPU-2026-${String(stored).padStart(6, '0')}` }]);

    const again = spawnSync(process.execPath, [bin, 'import', input, '--skip-invalid', '--format', 'json'], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: tempDir(), LAPOR_DB: db } });
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ rows: total, stored: total - stored, duplicates: stored, rejected: 0 });
    expect(query(db, 'SELECT count(*) AS n, count(DISTINCT ref) AS refs, count(DISTINCT ticket) AS tickets FROM reports')).toEqual([{ n: total, refs: total, tickets: total }]);
    consistent(db);
  }, 120_000);

  it.skipIf(!built)('in one transaction, leaves the database as before; a re-run stores everything', async () => {
    const total = 60_000;
    const input = generate(total);
    const db = tempDb();
    spawnSync(process.execPath, [bin, 'init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar'], { env: { PATH: process.env.PATH, HOME: tempDir(), LAPOR_DB: db } });
    const before = snapshot(db);
    await killMidway(db, input, []);
    consistent(db);
    expect(snapshot(db)).toEqual(before);
    const again = spawnSync(process.execPath, [bin, 'import', input], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: tempDir(), LAPOR_DB: db } });
    expect(again.status).toBe(0);
    expect(query(db, 'SELECT count(*) AS n, count(DISTINCT ref) AS refs FROM reports')).toEqual([{ n: total, refs: total }]);
    consistent(db);
  }, 120_000);
});
