import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { run, tempDb, tempDir, query, repoRoot } from '../helpers/cli.js';

const now = '2026-11-27T02:00:00Z';
const samples = path.join(repoRoot, 'data', 'samples');

async function setup(): Promise<string> {
  const db = tempDb();
  const init = await run(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'], { db, now });
  expect(init.code).toBe(0);
  return db;
}

function file(name: string, content: string | Buffer): string {
  const p = path.join(tempDir(), name);
  fs.writeFileSync(p, content);
  return p;
}

const count = (db: string, table = 'reports') => query<{ n: number }>(db, `SELECT count(*) AS n FROM ${table}`)[0]!.n;

const mixed = [
  'ref,title,description,channel,phone,nik',
  'A-1,Jalan rusak di Sepaku,Lubang besar di jalan poros sejak Oktober,surat,0812-3456-7890,6409014502900003',
  'A-2,Lampu jalan mati,Lampu jalan mati dua minggu di RT 05,telepon,12,',
  'A-3,Sampah menumpuk,Sampah di pasar tidak diangkut seminggu,whatsapp,,',
].join('\n');

describe('lapor import', () => {
  it('loads the Indonesian Excel sample (BOM, semicolons, CRLF) and numbers tickets in file order', async () => {
    const db = await setup();
    const r = await run(['import', path.join(samples, 'pengaduan-loket.csv')], { db, now });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Stored 6 (PPU-2026-000001 to PPU-2026-000006)');
    // A rate over a fraction of a second is noise: the summary leaves it out.
    expect(r.stderr).toContain('Read 6 rows from');
    expect(r.stderr).not.toContain('rows/s');
    const rows = query<Record<string, unknown>>(
      db,
      'SELECT ticket, ref, channel, classification, reporter_phone, anonymous, received_at, description, created_by FROM reports ORDER BY id',
    );
    expect(rows.map((x) => x.ref)).toEqual(['LOKET-2026-001', 'LOKET-2026-002', 'LOKET-2026-003', 'LOKET-2026-004', 'LOKET-2026-005', 'LOKET-2026-006']);
    expect(rows[0]).toMatchObject({
      ticket: 'PPU-2026-000001',
      channel: 'walk-in',
      reporter_phone: '+6281234567890',
      received_at: '2026-11-03T00:15:00.000Z',
      created_by: 'Siti',
    });
    expect(rows[1]!.description).toBe('Sudah tiga hari air PDAM tidak mengalir di Kelurahan Nipah-Nipah.\nWarga membeli air galon.');
    expect(rows[3]).toMatchObject({ anonymous: 1, channel: 'suggestion-box' });
    expect(rows[4]!.classification).toBe('information');
    // One outbox entry per report; one audit entry for the batch, with the ticket range, no personal data.
    expect(count(db, 'outbox')).toBe(6);
    expect(
      query(
        db,
        "SELECT count(DISTINCT o.report_id) AS reports, count(DISTINCT o.idempotency_key) AS keys FROM outbox o JOIN reports r ON r.id = o.report_id WHERE o.kind = 'create' AND o.state = 'queued'",
      ),
    ).toEqual([{ reports: 6, keys: 6 }]);
    const audit = query<{ action: string; details: string }>(db, "SELECT action, details FROM audit_log WHERE action = 'report.import'");
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ count: 6, tickets: { from: 'PPU-2026-000001', to: 'PPU-2026-000006' }, lines: { from: 2, to: 8 } });
    expect(audit[0]!.details).not.toContain('6409');

    const again = await run(['import', path.join(samples, 'pengaduan-loket.csv'), '--format', 'json'], { db, now });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ rows: 6, stored: 0, duplicates: 6, rejected: 0 });
    expect(count(db)).toBe(6);
  });

  it('is atomic: one invalid row stores nothing, exit 4, each error with its line and column', async () => {
    const db = await setup();
    const r = await run(['import', path.join(samples, 'pengaduan-dengan-kesalahan.csv')], { db, now });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('line 3, column "nik": nik: a NIK has 16 digits, got 4');
    expect(r.stderr).toContain('line 3, column "tanggal_diterima": received_at: "31/11/2026" is not a real calendar date');
    expect(r.stderr).toContain('line 4, column "saluran": channel: \'merpati\' is not known');
    expect(r.stderr).toContain('2 rows are invalid, so nothing was stored');
    expect(count(db)).toBe(0);
    expect(count(db, 'outbox')).toBe(0);
    expect(query(db, "SELECT * FROM counters WHERE name LIKE 'ticket:%'")).toEqual([]);
    // The same in Indonesian.
    const id = await run(['import', path.join(samples, 'pengaduan-dengan-kesalahan.csv'), '--lang', 'id'], { db, now });
    expect(id.stderr).toContain('baris 4, kolom "saluran"');
  });

  it('--skip-invalid stores the valid rows and writes a 0600 rejects file that imports again once fixed', async () => {
    const db = await setup();
    const input = file('loket.csv', mixed);
    const r = await run(['import', input, '--skip-invalid'], { db, now });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Stored 2');
    expect(r.stderr).toContain('rejected 1');
    const rejects = input.replace(/\.csv$/, '.rejects.csv');
    expect(fs.statSync(rejects).mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(rejects, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [head, row] = parse(text, { bom: true }) as string[][];
    expect(head).toEqual(['ref', 'title', 'description', 'channel', 'phone', 'nik', 'line', 'reason']);
    expect(row!.slice(0, 7)).toEqual(['A-2', 'Lampu jalan mati', 'Lampu jalan mati dua minggu di RT 05', 'telepon', '12', '', '3']);
    expect(row![7]).toContain('phone: not a valid phone number: too few digits (got 2)');
    expect(query(db, 'SELECT ref FROM reports ORDER BY id')).toEqual([{ ref: 'A-1' }, { ref: 'A-3' }]);

    fs.writeFileSync(rejects, text.replace(',12,', ',0812 9999 8888,'));
    const fixed = await run(['import', rejects], { db, now });
    expect(fixed.code).toBe(0);
    expect(query(db, 'SELECT ref, reporter_phone FROM reports ORDER BY id').at(-1)).toEqual({ ref: 'A-2', reporter_phone: '+6281299998888' });
  });

  it('--dry-run checks everything and stores nothing', async () => {
    const db = await setup();
    const ok = await run(['import', path.join(samples, 'complaints-en.csv'), '--dry-run', '--format', 'json'], { db, now });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ dry_run: true, committed: false, rows: 3, stored: 0, would_store: 3 });
    expect(count(db)).toBe(0);
    const bad = await run(['import', file('x.csv', mixed), '--dry-run', '--format', 'json'], { db, now });
    expect(bad.code).toBe(4);
    expect(JSON.parse(bad.stdout).errors).toEqual([
      expect.objectContaining({ line: 3, column: 'phone', field: 'phone', code: 'phone.tooShort', message: expect.stringContaining('too few digits (got 2)') }),
    ]);
    expect(count(db)).toBe(0);
  });

  it('without a ref, a re-import is recognised by content; --on-duplicate error refuses it', async () => {
    const db = await setup();
    const input = file(
      'noref.csv',
      'judul,isi,saluran\nJalan rusak di Sepaku,Lubang besar di jalan poros,surat\nJalan rusak di Sepaku,Lubang besar di jalan poros,surat\n',
    );
    const first = await run(['import', input, '--format', 'json'], { db, now });
    expect(JSON.parse(first.stdout)).toMatchObject({ stored: 1, duplicates: 1 });
    const rows = query<{ ref: string | null; source_hash: string }>(db, 'SELECT ref, source_hash FROM reports');
    expect(rows).toEqual([{ ref: null, source_hash: expect.stringMatching(/^[\w-]{22}$/) }]);
    const error = await run(['import', input, '--on-duplicate', 'error'], { db, now });
    expect(error.code).toBe(4);
    expect(error.stderr).toContain('line 2: the same row was already imported as PPU-2026-000001');
    expect(count(db)).toBe(1);
  });

  it('--on-duplicate update needs --yes, re-validates and audits what changed (masked)', async () => {
    const db = await setup();
    await run(['import', file('a.csv', mixed), '--skip-invalid'], { db, now });
    const changed = file(
      'b.csv',
      'ref,title,description,channel,phone\nA-1,Jalan rusak parah di Sepaku,,surat,0813 1111 2222\nA-3,Sampah menumpuk,,whatsapp,\n',
    );
    expect((await run(['import', changed, '--on-duplicate', 'update'], { db, now })).code).toBe(2);
    const r = await run(['import', changed, '--on-duplicate', 'update', '--yes', '--format', 'json'], { db, now });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ updated: 1, unchanged: 1, stored: 0 });
    const again = await run(['import', changed, '--on-duplicate', 'update', '--yes', '--lang', 'en'], { db, now });
    expect(again.stderr).toContain('Stored 0, skipped 0 as duplicates, updated 0 (2 already up to date), rejected 0.');
    // Empty cells keep what is stored.
    expect(query(db, "SELECT title, description, reporter_phone, reporter_nik FROM reports WHERE ref = 'A-1'")).toEqual([
      {
        title: 'Jalan rusak parah di Sepaku',
        description: 'Lubang besar di jalan poros sejak Oktober',
        reporter_phone: '+6281311112222',
        reporter_nik: '6409014502900003',
      },
    ]);
    const [audit] = query<{ ticket: string; details: string }>(db, "SELECT ticket, details FROM audit_log WHERE action = 'report.import.update'");
    expect(audit!.ticket).toBe('PPU-2026-000001');
    const details = JSON.parse(audit!.details) as { changes: Record<string, unknown> };
    expect(Object.keys(details.changes).sort()).toEqual(['phone', 'title']);
    expect(audit!.details).not.toContain('81311112222');
  });

  it('says which encoding to use for Windows-1252 bytes, and reads them with --encoding', async () => {
    const db = await setup();
    const input = file('lama.csv', Buffer.from('judul;isi;saluran\r\nCaf\xe9 tutup;Kafe di pasar tutup tanpa pemberitahuan;surat\r\n', 'latin1'));
    const r = await run(['import', input], { db, now });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('Line 2 is not UTF-8');
    expect(r.stderr).toContain('--encoding windows-1252');
    const ok = await run(['import', input, '--encoding', 'windows-1252'], { db, now });
    expect(ok.code).toBe(0);
    expect(query(db, 'SELECT title FROM reports')).toEqual([{ title: 'Café tutup' }]);
    expect((await run(['import', input, '--encoding', 'ebcdic'], { db, now })).code).toBe(2);
  });

  it('refuses unknown columns unless mapped or ignored', async () => {
    const db = await setup();
    const input = file('lain.csv', 'Perihal,Keluhan,Saluran,Warna\nJalan rusak di Sepaku,Lubang besar di jalan poros,surat,merah\n');
    const r = await run(['import', input], { db, now });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('Unknown column(s) "Keluhan", "Warna"');
    expect(r.stderr).toContain('--ignore-unknown');
    const ok = await run(['import', input, '--map', 'Keluhan=description', '--ignore-unknown'], { db, now });
    expect(ok.code).toBe(0);
    expect(query(db, 'SELECT title, description FROM reports')).toEqual([{ title: 'Jalan rusak di Sepaku', description: 'Lubang besar di jalan poros' }]);
    expect((await run(['import', input, '--map', 'Keluhan=colour'], { db, now })).code).toBe(2);
    expect((await run(['import', path.join(tempDir(), 'missing.csv')], { db, now })).code).toBe(2);
  });

  it('reads stdin, checks units, forces a delimiter', async () => {
    const db = await setup();
    expect((await run(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR'], { db, now })).code).toBe(0);
    const csv =
      'title|description|channel|unit\nJalan rusak di Sepaku|Lubang besar di jalan poros|surat|dpupr\nLampu jalan mati|Lampu jalan mati dua minggu|surat|DINKES\n';
    const r = await run(['import', '-', '--delimiter', '|', '--skip-invalid', '--rejects', path.join(tempDir(), 'r.csv'), '--format', 'json'], {
      db,
      now,
      stdin: csv,
    });
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ stored: 1, rejected: 1 });
    expect(summary.errors[0]).toMatchObject({ line: 3, column: 'unit', code: 'report.unknownUnit' });
    expect(query(db, 'SELECT u.code FROM reports r JOIN units u ON u.id = r.unit_id')).toEqual([{ code: 'DPUPR' }]);
  });

  it('shows progress only on a terminal', async () => {
    const db = await setup();
    const tty = await run(['import', path.join(samples, 'complaints-en.csv')], { db, now, tty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('\x1b[K');
    const piped = await run(['import', path.join(samples, 'complaints-en.csv'), '--dry-run'], { db, now });
    expect(piped.stderr).not.toContain('\x1b[K');
  });
});
