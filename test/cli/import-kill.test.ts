import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run, tempDb, tempDir, query, repoRoot } from '../helpers/cli.js';
import { consistent, generate, snapshot } from './import-big-helpers.js';

const bin = path.join(repoRoot, 'bin', 'lapor.cjs');

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
    const marker = args.includes('--skip-invalid') ? /(\d+) rows? committed/ : /(\d+) rows? written in the open transaction/;
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
    // The kill lands at 3,000 committed rows: 9 batches of margin before the import would end.
    const total = 12_000;
    const input = generate(total);
    const db = tempDb();
    await run(['init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar'], { db });
    await killMidway(db, input, ['--skip-invalid'], 3000);
    consistent(db);
    const stored = query<{ n: number }>(db, 'SELECT count(*) AS n FROM reports')[0]!.n;
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(total);
    expect(stored % 1000).toBe(0);
    // One create entry per stored report, each with its own key, across all committed batches.
    expect(
      query(
        db,
        "SELECT count(*) AS n, count(DISTINCT o.report_id) AS reports, count(DISTINCT o.idempotency_key) AS keys FROM outbox o JOIN reports r ON r.id = o.report_id WHERE o.kind = 'create'",
      ),
    ).toEqual([{ n: stored, reports: stored, keys: stored }]);
    expect(query(db, "SELECT sum(json_extract(details, '$.count')) AS n FROM audit_log WHERE action = 'report.import'")).toEqual([{ n: stored }]);
    expect(query(db, 'SELECT max(ticket) AS t FROM reports')).toEqual([{ t: `PPU-2026-${String(stored).padStart(6, '0')}` }]);

    const again = spawnSync(process.execPath, [bin, 'import', input, '--skip-invalid', '--format', 'json'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: tempDir(), LAPOR_DB: db },
    });
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ rows: total, stored: total - stored, duplicates: stored, rejected: 0 });
    expect(query(db, 'SELECT count(*) AS n, count(DISTINCT ref) AS refs, count(DISTINCT ticket) AS tickets FROM reports')).toEqual([
      { n: total, refs: total, tickets: total },
    ]);
    consistent(db);
  }, 120_000);

  it('in one transaction, leaves the database as before; a re-run stores everything', async () => {
    // SQLite spills the open transaction to the WAL from about 22,000 of these rows on (its page
    // cache is full): the kill waits for that, with 18,000 rows of margin before the import ends.
    const total = 40_000;
    const input = generate(total);
    const db = tempDb();
    await run(['init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar'], { db });
    const before = snapshot(db);
    const killed = await killMidway(db, input, [], 10_000, true);
    // The kill hit an open transaction that had dropped the indexes, written 10,000+ rows (of 40,000)
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
