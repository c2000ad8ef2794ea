import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDb, tempDir, query } from '../helpers/cli.js';
import { consistent, generate, snapshot } from './import-big-helpers.js';

const now = '2026-11-27T02:00:00Z';

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
      lines.push(
        `${ref};${1 + (i % 28)}/10/2026 08.30;surat;Jalan rusak ${i % 700};"Lubang ""besar"" km ${i % 50}\r\nsejak lama";${anonymous ? '' : phone};${anonymous};${i % 7 === 0 ? 'ya' : ''}${unit}`,
      );
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
    const reports = query(
      db,
      `SELECT ticket, ref, source_hash, title, description, received_at, reporter_phone, reporter_phone_raw, anonymous, confidential,
      unit_id, verify_by, due_date, change_seq FROM reports ORDER BY id`,
    );
    return { code: r.code, summary, reports, rejects: fs.existsSync(rejects) ? fs.readFileSync(rejects, 'utf8') : null };
  }

  it('stores and rejects exactly what the inline reader does', async () => {
    for (const [withUnit, args] of [
      [true, ['--skip-invalid']],
      [false, ['--skip-invalid']],
      [false, ['--on-duplicate', 'error', '--skip-invalid']],
    ] as const) {
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
