import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { run, tempDb, tempDir, query } from '../helpers/cli.js';

const now = '2026-11-27T02:00:00Z';

async function setup(): Promise<{ db: string; dir: string; add: (title: string) => Promise<string> }> {
  const db = tempDb();
  await run(['init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'], { db, now });
  const add = async (title: string) => {
    const r = await run(['add', '--channel', 'surat', '--title', title, '--description', `Uraian untuk ${title}`], { db, now });
    if (r.code !== 0) throw new Error(r.stderr);
    return r.stdout.trim();
  };
  return { db, dir: tempDir(), add };
}

function tickets(file: string): string[] {
  return (parse(fs.readFileSync(file, 'utf8'), { columns: true }) as { ticket: string }[]).map((r) => r.ticket);
}

describe('lapor export --incremental', () => {
  it('exports only what changed since the last complete run of that name', async () => {
    const { db, dir, add } = await setup();
    await add('Jalan rusak satu');
    await add('Jalan rusak dua');
    const nightly = async (file: string, ...extra: string[]) => {
      const out = path.join(dir, file);
      const r = await run(['export', '--incremental', 'nightly', '--out', out, ...extra], { db, now });
      expect(r.code, r.stderr).toBe(0);
      return tickets(out);
    };
    expect(await nightly('1.csv')).toEqual(['PPU-2026-000001', 'PPU-2026-000002']);
    // Nothing changed: a file with the header only, so the receiving side sees the run happened.
    expect(await nightly('2.csv')).toEqual([]);
    expect(fs.readFileSync(path.join(dir, '2.csv'), 'utf8')).toMatch(/^ticket,.*\r\n$/);

    await add('Jalan rusak tiga');
    const edit = await run(['edit', 'PPU-2026-000001', '--location', 'Sepaku'], { db, now });
    expect(edit.code, edit.stderr).toBe(0);
    expect(await nightly('3.csv')).toEqual(['PPU-2026-000001', 'PPU-2026-000003']);

    // Another job name keeps its own mark; --full starts a job over.
    const other = path.join(dir, 'other.csv');
    await run(['export', '--incremental', 'weekly', '--out', other], { db, now });
    expect(tickets(other)).toHaveLength(3);
    expect(await nightly('4.csv', '--full')).toHaveLength(3);
    expect(await nightly('5.csv')).toEqual([]);

    const marks = JSON.parse((await run(['export', 'marks', '--format', 'json'], { db, now })).stdout) as Record<string, unknown>[];
    expect(marks.map((m) => m.name)).toEqual(['nightly', 'weekly']);
    expect(marks[0]).toMatchObject({ format: 'csv', rows: 0, file: path.join(dir, '5.csv'), exported_by: 'Siti' });
  });

  it('picks up what the lifecycle commands change, with officer, follow-up and deadlines', async () => {
    const { db, dir, add } = await setup();
    const ok = async (args: string[]) => {
      const r = await run(args, { db, now });
      if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    };
    await ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
    await ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
    const a = await add('Jalan rusak satu');
    await add('Jalan rusak dua');
    const out = path.join(dir, 'n.csv');
    // The same file each night: replacing it takes --force.
    const nightly = async () => {
      expect((await run(['export', '--incremental', 'nightly', '--out', out, '--force'], { db, now })).code).toBe(0);
      return parse(fs.readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    };
    expect(await nightly()).toHaveLength(2);
    await ok(['verify', a]);
    await ok(['assign', a, 'Andi Pratama']);
    await ok(['followup', a, '--note', 'Lubang ditimbun, sementara']);
    const rows = await nightly();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      ticket: a,
      status: 'followed_up',
      unit: 'DPUPR',
      officer: 'Andi Pratama',
      last_followup: 'Lubang ditimbun, sementara',
      due_kind: 'complete',
    });
    expect(rows[0]!.assigned_at).toBe(new Date(now).toISOString());
    expect(await nightly()).toEqual([]);
  });

  it('a failed run leaves the mark and the folder as they were, so it is simply repeated', async () => {
    const { db, dir, add } = await setup();
    await add('Jalan rusak satu');
    const ok = path.join(dir, 'ok.csv');
    await run(['export', '--incremental', 'nightly', '--out', ok], { db, now });
    await add('Jalan rusak dua');
    const before = query(db, 'SELECT * FROM export_marks');

    // The target is a folder: everything is written, then the final rename fails.
    const blocked = path.join(dir, 'blocked');
    fs.mkdirSync(path.join(blocked, 'inside'), { recursive: true });
    const failed = await run(['export', '--incremental', 'nightly', '--out', blocked], { db, now });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain(blocked);
    expect(query(db, 'SELECT * FROM export_marks')).toEqual(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['blocked', 'ok.csv']);

    const retry = path.join(dir, 'retry.csv');
    expect((await run(['export', '--incremental', 'nightly', '--out', retry], { db, now })).code).toBe(0);
    expect(tickets(retry)).toEqual(['PPU-2026-000002']);
  });

  it('an existing --out is kept (exit 2, the mark unmoved) unless --force replaces it', async () => {
    const { db, dir, add } = await setup();
    await add('Jalan rusak satu');
    const out = path.join(dir, 'laporan.csv');
    fs.writeFileSync(out, 'dokumen lain\n');
    for (const args of [
      ['export', '--out', out],
      ['export', '--incremental', 'nightly', '--out', out],
      ['export', '--format', 'lapor', '--out', out],
    ]) {
      const r = await run(args, { db, now });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('already exists');
      expect(r.stderr).toContain('--force');
    }
    expect(fs.readFileSync(out, 'utf8')).toBe('dokumen lain\n');
    expect(query(db, 'SELECT * FROM export_marks')).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual(['laporan.csv']);
    const forced = await run(['export', '--incremental', 'nightly', '--out', out, '--force'], { db, now });
    expect(forced.code, forced.stderr).toBe(0);
    expect(tickets(out)).toEqual(['PPU-2026-000001']);
  });

  it('reports on a terminal what it did; says nothing when run from cron', async () => {
    const { db, dir, add } = await setup();
    await add('Jalan rusak satu');
    const out = path.join(dir, 'x.csv');
    const quiet = await run(['export', '--incremental', 'nightly', '--out', out], { db, now });
    expect(quiet.stderr).toBe('');
    await add('Jalan rusak dua');
    const tty = await run(['export', '--incremental', 'nightly', '--out', out, '--force'], { db, now, tty: true, env: { NO_COLOR: '1' } });
    expect(tty.stderr).toContain("Exported 1 rows changed since the last run of 'nightly'");
    const marks = await run(['export', 'marks'], { db, now, tty: true, env: { NO_COLOR: '1' } });
    expect(marks.stdout).toContain('nightly');
    const none = await run(['export', 'marks', '--format', 'table'], { db: tempDb(), now });
    expect(none.stderr).toContain('No incremental export');
  });
});
