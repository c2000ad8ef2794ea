import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { run, tempDb, tempDir, query } from '../helpers/cli.js';

const now = '2026-11-27T02:00:00Z';

async function setup(): Promise<string> {
  const db = tempDb();
  const init = await run(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'], { db, now });
  expect(init.code).toBe(0);
  await run(['unit', 'add', 'DPUPR', '--name', 'Dinas Pekerjaan Umum'], { db, now });
  return db;
}

async function add(db: string, args: string[]): Promise<void> {
  const r = await run(['add', '--allow-duplicate', ...args], { db, now });
  if (r.code !== 0) throw new Error(r.stderr);
}

function file(name: string, content: string | Buffer): string {
  const p = path.join(tempDir(), name);
  fs.writeFileSync(p, content);
  return p;
}

const count = (db: string) => query<{ n: number }>(db, 'SELECT count(*) AS n FROM reports')[0]!.n;

/** Reports made by `lapor add` (no ref, so no hash to find them by) with reporters and formula-like text. */
async function seed(db: string): Promise<void> {
  await add(db, [
    '--channel',
    'surat',
    '--title',
    '=Jalan berlubang',
    '--description',
    'Lubang "besar", di jalan poros\nsejak Oktober',
    '--unit',
    'DPUPR',
    '--nik',
    '6409014502900003',
    '--phone',
    '081234567890',
    '--reporter-name',
    'Budi',
    '--received-at',
    '2026-11-20 09:15',
  ]);
  await add(db, ['--channel', 'telepon', '--title', 'Lampu mati', '--description', 'Lampu jalan mati dua minggu', '--phone', '+62 812 1111 2222']);
  await add(db, ['--channel', 'whatsapp', '--title', 'Sampah', '--description', "'@pasar tidak diangkut", '--anonymous']);
}

async function exportCsv(db: string, lang: 'en' | 'id'): Promise<string> {
  const out = path.join(tempDir(), `export-${lang}.csv`);
  const r = await run(['export', '--include-pii', '--reason', 'uji', '--header', lang, '--out', out], { db, now });
  expect(r.code, r.stderr).toBe(0);
  return out;
}

describe('lapor import of its own export', () => {
  it.each(['en', 'id'] as const)('re-imports an export (%s headers) as the same reports: nothing new, nothing changed', async (lang) => {
    const db = await setup();
    await seed(db);
    const before = await exportCsv(db, lang);
    const first = fs.readFileSync(before, 'utf8');

    const skip = await run(['import', before, '--format', 'json'], { db, now });
    expect(skip.code, skip.stderr).toBe(0);
    expect(JSON.parse(skip.stdout)).toMatchObject({ rows: 3, stored: 0, duplicates: 3, rejected: 0 });
    expect(count(db)).toBe(3);

    const update = await run(['import', before, '--on-duplicate', 'update', '--yes', '--format', 'json'], { db, now });
    expect(update.code, update.stderr).toBe(0);
    expect(JSON.parse(update.stdout)).toMatchObject({ rows: 3, stored: 0, updated: 0, unchanged: 3, rejected: 0 });

    const error = await run(['import', before, '--on-duplicate', 'error'], { db, now });
    expect(error.code).toBe(4);
    expect(error.stderr).toContain('ticket PPU-2026-000001 is already stored');

    // The same file, byte for byte, once the exports' own times are left out.
    const after = fs.readFileSync(await exportCsv(db, lang), 'utf8');
    expect(after).toBe(first);
    expect(count(db)).toBe(3);
  });

  it('updates the report a ticket names, keeping its reporter, status and hash', async () => {
    const db = await setup();
    await seed(db);
    const rows = parse(fs.readFileSync(await exportCsv(db, 'en'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    const edited = ['ticket,title,status', `${rows[1]!.ticket},Lampu jalan mati di RT 5,done`].join('\n');
    const r = await run(['import', file('koreksi.csv', edited), '--on-duplicate', 'update', '--yes', '--format', 'json'], { db, now });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ stored: 0, updated: 1 });
    expect(query(db, 'SELECT title, status, reporter_phone FROM reports WHERE ticket = ?', rows[1]!.ticket)).toEqual([
      { title: 'Lampu jalan mati di RT 5', status: 'recorded', reporter_phone: '+6281211112222' },
    ]);
  });

  it('a ticket of another database is a new report (found by its content next time)', async () => {
    const db = await setup();
    await seed(db);
    const exported = await exportCsv(db, 'en');
    const other = await setup();
    const first = await run(['import', exported, '--format', 'json'], { db: other, now });
    expect(JSON.parse(first.stdout)).toMatchObject({ stored: 3, duplicates: 0 });
    const again = await run(['import', exported, '--format', 'json'], { db: other, now });
    expect(JSON.parse(again.stdout)).toMatchObject({ stored: 0, duplicates: 3 });
  });
});

describe('lapor import conveniences', () => {
  it('--set gives a value to rows without it (no channel column needed); a cell of the file wins', async () => {
    const db = await setup();
    const text = ['judul,isi,saluran', 'Jalan rusak,Lubang besar di jalan poros,', 'Lampu mati,Lampu jalan mati dua minggu,telepon'].join('\n');
    const noColumn = file('loket.csv', ['judul,isi', 'Jalan rusak,Lubang besar di jalan poros'].join('\n'));
    const missing = await run(['import', noColumn], { db, now });
    expect(missing.code).toBe(4);
    const r = await run(['import', noColumn, '--set', 'channel=walk-in', '--set', 'kategori=Infrastruktur'], { db, now });
    expect(r.code, r.stderr).toBe(0);
    const mixed = await run(['import', file('campur.csv', text), '--set', 'saluran=tatap muka'], { db, now });
    expect(mixed.code, mixed.stderr).toBe(0);
    expect(query(db, 'SELECT title, channel, category FROM reports ORDER BY id')).toEqual([
      { title: 'Jalan rusak', channel: 'walk-in', category: 'Infrastruktur' },
      { title: 'Jalan rusak', channel: 'walk-in', category: null },
      { title: 'Lampu mati', channel: 'phone', category: null },
    ]);
    const bad = await run(['import', noColumn, '--set', 'warna=merah'], { db, now });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--set 'warna=merah' must be 'field=value'");
  });

  it.each(['Timestamp', 'Stempel waktu'])('reads the Google Forms column %s as received_at', async (header) => {
    const db = await setup();
    const text = [`${header},Judul,Isi laporan,Saluran`, '20/11/2026 10:15:32,Jalan rusak,Lubang besar di jalan poros,other'].join('\n');
    const r = await run(['import', file('form.csv', text)], { db, now });
    expect(r.code, r.stderr).toBe(0);
    expect(query(db, 'SELECT received_at FROM reports')).toEqual([{ received_at: '2026-11-20T02:15:32.000Z' }]);
  });

  it('--dry-run --skip-invalid writes no rejects file and lists the errors', async () => {
    const db = await setup();
    const dir = tempDir();
    const input = path.join(dir, 'data.csv');
    fs.writeFileSync(input, ['title,description,channel,nik', 'Jalan rusak,Lubang besar di jalan,surat,12', 'Lampu,Lampu jalan mati,telepon,'].join('\n'));
    const r = await run(['import', input, '--dry-run', '--skip-invalid'], { db, now });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('line 2, column "nik"');
    expect(r.stderr).not.toContain('Fix them there');
    expect(fs.readdirSync(dir)).toEqual(['data.csv']);
  });

  it('neutralises formula cells in the rejects file and restores them when it is imported back', async () => {
    const db = await setup();
    const dir = tempDir();
    const input = path.join(dir, 'data.csv');
    const lines = ['title,description,channel,phone,nik', '=HYPERLINK("x"),@SUM(A1) di jalan poros,surat,+62 812 3456 7890,12'];
    fs.writeFileSync(input, lines.join('\n'));
    const r = await run(['import', input, '--skip-invalid'], { db, now });
    expect(r.code).toBe(0);
    const rejects = fs.readFileSync(path.join(dir, 'data.rejects.csv'), 'utf8');
    const [row] = parse(rejects, { columns: true, bom: true }) as Record<string, string>[];
    // Free text gets the export's quote; the phone stays a phone.
    expect(row).toMatchObject({ title: `'=HYPERLINK("x")`, description: "'@SUM(A1) di jalan poros", phone: '+62 812 3456 7890', nik: '12' });
    const fixed = rejects.replace(/,12,/, ',,');
    const back = await run(['import', file('fixed.csv', fixed)], { db, now });
    expect(back.code, back.stderr).toBe(0);
    expect(query(db, 'SELECT title, description, reporter_phone FROM reports')).toEqual([
      { title: '=HYPERLINK("x")', description: '@SUM(A1) di jalan poros', reporter_phone: '+6281234567890' },
    ]);
  });
});
