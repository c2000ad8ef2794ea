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
    reports: query(db, 'SELECT ticket, ref, title, description, received_at, reporter_phone, change_seq, verify_by, complete_by, due_kind, due_date FROM reports ORDER BY id'),
    due: query(db, "SELECT count(*) AS n FROM reports INDEXED BY reports_due WHERE due_date IS NOT NULL AND due_date < '2026-10-15'"),
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

describe('the parsing worker', () => {
  /** Rows of every kind: valid, invalid, without ref, repeated, anonymous and confidential, with an optional unit. */
  function varied(withUnit: boolean): string {
    const file = path.join(tempDir(), withUnit ? 'unit.csv' : 'plain.csv');
    const lines = [`ref;tanggal_diterima;saluran;judul;uraian;no_hp;anonim;rahasia${withUnit ? ';unit' : ''}`];
    for (let i = 1; i <= 3000; i++) {
      const ref = i % 10 === 0 ? '' : `W-${i % 2900}`;
      const phone = i % 97 === 0 ? '12' : `0812${String(10_000_000 + i).slice(-8)}`;
      const anonymous = i % 50 === 0 ? 'ya' : '';
      const unit = withUnit ? `;${i % 13 === 0 ? 'TIDAKADA' : 'DPUPR'}` : '';
      lines.push(`${ref};${1 + (i % 28)}/10/2026 08.30;surat;Jalan rusak ${i % 700};"Lubang ""besar"" km ${i % 50}\r\nsejak lama";${anonymous ? '' : phone};${anonymous};${i % 7 === 0 ? 'ya' : ''}${unit}`);
    }
    fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    return file;
  }

  /** In-process, but the compiled code: the worker thread runs dist/transfer/import-worker.js. */
  async function importWith(worker: 'always' | 'never', input: string, args: string[]) {
    const db = tempDb();
    await run(['init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar'], { db, built: true });
    await run(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR'], { db, built: true });
    const rejects = path.join(tempDir(), 'rejects.csv');
    const r = await run(['import', input, '--worker', worker, '--rejects', rejects, '--format', 'json', ...args], { db, built: true });
    // Timings and the rejects path differ from run to run; everything else must not.
    const { seconds, rows_per_second, rejects_file, ...summary } = JSON.parse(r.stdout) as Record<string, unknown>;
    void [seconds, rows_per_second, rejects_file];
    const reports = query(db, `SELECT ticket, ref, source_hash, title, description, received_at, reporter_phone, reporter_phone_raw, anonymous, confidential,
      unit_id, verify_by, due_date, change_seq FROM reports ORDER BY id`);
    return { code: r.code, summary, reports, rejects: fs.existsSync(rejects) ? fs.readFileSync(rejects, 'utf8') : null };
  }

  it('stores and rejects exactly what the inline reader does', async () => {
    for (const [withUnit, args] of [[true, ['--skip-invalid']], [false, ['--skip-invalid']], [false, ['--on-duplicate', 'error', '--skip-invalid']]] as const) {
      const input = varied(withUnit);
      const inline = await importWith('never', input, [...args]);
      const worker = await importWith('always', input, [...args]);
      expect(inline.code).toBe(0);
      expect(inline.summary).toMatchObject({ rejected: expect.any(Number), stored: expect.any(Number) });
      expect((inline.summary.rejected as number) > 0 && (inline.summary.stored as number) > 2000).toBe(true);
      expect(inline.rejects).toContain('TIDAKADA'.repeat(withUnit ? 1 : 0));
      expect(worker).toEqual(inline);
    }
  }, 60_000);
});

describe('an interrupted import (kill -9)', () => {

  /**
   * Runs `lapor import --debug` and kills it with SIGKILL once its own stderr says it has written
   * `rows` rows: committed ones with --skip-invalid, rows inside the still open transaction
   * otherwise (so the kill lands after the indexes were dropped and thousands of rows written, and
   * before COMMIT). With `spilled`, it also waits until SQLite has had to write uncommitted pages
   * to the WAL (the page cache is full), so recovery has uncommitted frames to ignore. Waiting for
   * these instead of a fixed time keeps the test right on a loaded or a fast machine: a timer either
   * killed before the import began writing or after it had committed.
   */
  function killMidway(db: string, input: string, args: string[], rows: number, spilled = false): Promise<{ stderr: string; walBytes: number }> {
    const marker = args.includes('--skip-invalid') ? /(\d+) row\(s\) committed/ : /(\d+) row\(s\) written in the open transaction/;
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, 'import', input, '--debug', '--lang', 'en', ...args], {
        env: { PATH: process.env.PATH, HOME: tempDir(), LAPOR_DB: db },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      let walBytes = -1;
      child.stderr.setEncoding('utf8').on('data', (text: string) => {
        stderr += text;
        if (walBytes >= 0) return;
        const written = [...stderr.matchAll(new RegExp(marker, 'g'))].map((m) => Number(m[1]));
        const wal = fs.existsSync(`${db}-wal`) ? fs.statSync(`${db}-wal`).size : 0;
        if (Math.max(0, ...written) >= rows && (!spilled || wal > 0)) {
          walBytes = wal;
          child.kill('SIGKILL');
        }
      });
      child.on('exit', (code, signal) => {
        if (signal === 'SIGKILL') resolve({ stderr, walBytes });
        else reject(new Error(`import ended before it was killed (exit ${code})\n${stderr}`));
      });
    });
  }

  it('keeps whole batches only, stays consistent, and a re-run stores every row exactly once', async () => {
    // The kill lands at 3,000 committed rows: 17 batches of margin before the import would end.
    const total = 20_000;
    const input = generate(total);
    const db = tempDb();
    spawnSync(process.execPath, [bin, 'init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar'], { env: { PATH: process.env.PATH, HOME: tempDir(), LAPOR_DB: db } });
    await killMidway(db, input, ['--skip-invalid'], 3000);
    consistent(db);
    const stored = query<{ n: number }>(db, 'SELECT count(*) AS n FROM reports')[0]!.n;
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(total);
    expect(stored % 1000).toBe(0);
    // One create entry per stored report, each with its own key, across all committed batches.
    expect(query(db, "SELECT count(*) AS n, count(DISTINCT o.report_id) AS reports, count(DISTINCT o.idempotency_key) AS keys FROM outbox o JOIN reports r ON r.id = o.report_id WHERE o.kind = 'create'")).toEqual([{ n: stored, reports: stored, keys: stored }]);
    expect(query(db, "SELECT sum(json_extract(details, '$.count')) AS n FROM audit_log WHERE action = 'report.import'")).toEqual([{ n: stored }]);
    expect(query(db, 'SELECT max(ticket) AS t FROM reports')).toEqual([{ t: `PPU-2026-${String(stored).padStart(6, '0')}` }]);

    const again = spawnSync(process.execPath, [bin, 'import', input, '--skip-invalid', '--format', 'json'], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: tempDir(), LAPOR_DB: db } });
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ rows: total, stored: total - stored, duplicates: stored, rejected: 0 });
    expect(query(db, 'SELECT count(*) AS n, count(DISTINCT ref) AS refs, count(DISTINCT ticket) AS tickets FROM reports')).toEqual([{ n: total, refs: total, tickets: total }]);
    consistent(db);
  }, 120_000);

  it('in one transaction, leaves the database as before; a re-run stores everything', async () => {
    const total = 60_000;
    const input = generate(total);
    const db = tempDb();
    spawnSync(process.execPath, [bin, 'init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar'], { env: { PATH: process.env.PATH, HOME: tempDir(), LAPOR_DB: db } });
    const before = snapshot(db);
    const killed = await killMidway(db, input, [], 10_000, true);
    // The kill hit an open transaction that had dropped the indexes, written 10,000+ rows (of 60,000)
    // and spilled uncommitted pages into the WAL.
    expect(killed.stderr).toContain('indexes and insert triggers of reports dropped inside the transaction');
    expect(killed.stderr).not.toContain('committing');
    expect(killed.walBytes).toBeGreaterThan(0);
    consistent(db);
    expect(snapshot(db)).toEqual(before);
    const again = spawnSync(process.execPath, [bin, 'import', input], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: tempDir(), LAPOR_DB: db } });
    expect(again.status).toBe(0);
    expect(query(db, 'SELECT count(*) AS n, count(DISTINCT ref) AS refs FROM reports')).toEqual([{ n: total, refs: total }]);
    consistent(db);
  }, 120_000);
});
