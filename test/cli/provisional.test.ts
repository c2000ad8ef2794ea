import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDb, tempDir, query } from '../helpers/cli.js';

/*
 * Issue 14 item 8: a year without a shipped decree (2027) counts its fixed-date national holidays,
 * deadlines there are marked provisional, and `holiday import` loads the decree's list.
 */

const day = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`).toISOString();

async function setupCase() {
  const db = tempDb();
  const now = day('2026-12-29');
  const ok = async (args: string[], at = now) => {
    const r = await run(args, { db, now: at });
    if (r.code !== 0) throw new Error(`${args.join(' ')} -> ${r.code}\n${r.stderr}`);
    return r;
  };
  await ok(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti']);
  const ticket = (
    await ok(['add', '--channel', 'surat', '--title', 'Jalan berlubang di Sepaku', '--description', 'Lubang besar di jalan poros sejak Oktober'])
  ).stdout.trim();
  return { db, ticket, ok };
}

const get = (db: string, ticket: string) => query<Record<string, unknown>>(db, 'SELECT * FROM reports WHERE ticket = ?', ticket)[0]!;

function writeFile(name: string, text: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

describe('deadlines in a year without a decree', () => {
  it("New Year's Day 2027 is not a working day, and the deadline is marked provisional", async () => {
    const { db, ticket, ok } = await setupCase();
    // Received Tue 29 Dec 2026: 30, 31 Dec, (1 Jan off), 4 Jan -> Mon 4 Jan 2027 (was 1 Jan).
    expect(get(db, ticket)).toMatchObject({ verify_by: '2027-01-04', due_date: '2027-01-04' });

    const show = JSON.parse((await ok(['show', ticket, '--format', 'json'])).stdout) as { deadlines: Record<string, unknown> };
    expect(show.deadlines).toMatchObject({
      verify_by: '2027-01-04',
      current: { kind: 'verify', date: '2027-01-04', provisional: true },
      provisional: ['verify_by', 'complete_by'],
    });
    const table = await ok(['show', ticket, '--format', 'table']);
    expect(table.stdout).toContain('2027-01-04 *');
    expect(table.stderr).toContain('* provisional');

    const due = JSON.parse((await ok(['due', '--within', '5', '--format', 'json'])).stdout) as Record<string, unknown>[];
    expect(due).toEqual([expect.objectContaining({ ticket, due_date: '2027-01-04', provisional: true })]);
    const dueTable = await run(['due', '--within', '5'], { db, now: day('2026-12-29'), tty: true, env: { NO_COLOR: '1' } });
    expect(dueTable.stdout).toContain('2027-01-04 *');
    expect(dueTable.stderr).toContain('* provisional');

    const csv = (await ok(['export', '--format', 'csv'])).stdout.trim().split(/\r?\n/);
    expect(csv[0]!.split(',').at(-1)).toBe('due_provisional');
    expect(csv[1]!.split(',').at(-1)).toBe('true');
    const json = JSON.parse((await ok(['export', '--format', 'json'])).stdout) as Record<string, unknown>[];
    expect(json[0]).toMatchObject({ due_date: '2027-01-04', due_provisional: true });

    const list = await ok(['holiday', 'list', '--year', '2027', '--format', 'json']);
    expect(list.stderr).toContain('No decree (SKB) for 2027 yet');
    expect((JSON.parse(list.stdout) as { date: string }[]).map((h) => h.date)).toEqual(['2027-01-01', '2027-05-01', '2027-06-01', '2027-08-17', '2027-12-25']);
  });

  it('a deadline in a decreed year is not provisional', async () => {
    const { db, ok } = await setupCase();
    const early = (
      await ok(['add', '--channel', 'surat', '--title', 'Lampu jalan mati di Waru', '--description', 'Lampu jalan mati sejak minggu lalu'], day('2026-12-01'))
    ).stdout.trim();
    const show = JSON.parse((await ok(['show', early, '--format', 'json'])).stdout) as { deadlines: Record<string, unknown> };
    expect(show.deadlines['current']).toEqual({ kind: 'verify', date: get(db, early).verify_by });
    expect(show.deadlines['provisional']).toEqual(['complete_by']);
  });
});

describe('lapor holiday import', () => {
  it("loads a decree's list from JSON, recomputes the deadlines and ends the provisional marking", async () => {
    const { db, ticket, ok } = await setupCase();
    // A test fixture, not the real 2027 decree: one holiday and one collective leave day.
    const file = writeFile(
      'skb-2027.json',
      JSON.stringify({
        holidays: [
          { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'holiday' },
          { date: '2027-01-04', name: 'Cuti bersama (uji)', kind: 'collective_leave' },
        ],
      }),
    );
    const r = await ok(['holiday', 'import', file, '--source', 'SKB uji']);
    expect(r.stderr).toContain('Imported 2 holidays for 2027');
    expect(r.stderr).toContain('Deadlines recomputed for 1 report.');
    // 30, 31 Dec, (1 and 4 Jan off), 5 Jan.
    expect(get(db, ticket)).toMatchObject({ verify_by: '2027-01-05', due_date: '2027-01-05' });
    const show = JSON.parse((await ok(['show', ticket, '--format', 'json'])).stdout) as { deadlines: Record<string, unknown> };
    expect(show.deadlines['current']).toEqual({ kind: 'verify', date: '2027-01-05' });
    // The imported list replaces the provisional fixed dates of 2027 as a whole.
    const list = JSON.parse((await ok(['holiday', 'list', '--year', '2027', '--format', 'json'])).stdout) as { date: string; kind: string }[];
    expect(list.map((h) => [h.date, h.kind])).toEqual([
      ['2027-01-01', 'national'],
      ['2027-01-04', 'collective_leave'],
    ]);
    expect(query(db, "SELECT action, details FROM audit_log WHERE action = 'holiday.import'")).toEqual([
      { action: 'holiday.import', details: JSON.stringify({ year: 2027, source: 'SKB uji', count: 2, replaced: 0 }) },
    ]);
  });

  it('reads CSV too, and a bad list is exit 4 naming the rows, with nothing stored', async () => {
    const { db, ok } = await setupCase();
    const bad = writeFile('skb.csv', 'date,name,kind\n2027-01-01,Tahun Baru,holiday\n2027-02-30,Salah,holiday\n2027-03-01,,weekend\n');
    const r = await run(['holiday', 'import', bad], { db, now: day('2026-12-29') });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('row 2');
    expect(r.stderr).toContain('row 3');
    expect(query(db, 'SELECT count(*) AS n FROM decree_holidays')).toEqual([{ n: 0 }]);
    const good = writeFile('skb.csv', 'Date,Name,Kind\n2027-01-01,Tahun Baru 2027 Masehi,holiday\n');
    await ok(['holiday', 'import', good]);
    expect(query(db, 'SELECT date, kind, name, year FROM decree_holidays')).toEqual([
      { date: '2027-01-01', kind: 'national', name: 'Tahun Baru 2027 Masehi', year: 2027 },
    ]);
    const missing = await run(['holiday', 'import', path.join(tempDir(), 'nothing.json')], { db, now: day('2026-12-29') });
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain('Cannot read');
  });
});
