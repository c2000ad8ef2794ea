import { describe, expect, it } from 'vitest';
import { run, tempDb, query, scriptedPrompter } from '../helpers/cli.js';

const now = '2026-11-27T02:00:00Z'; // Friday 09:00 WIB
const base = ['add', '--channel', 'surat', '--title', 'Jalan rusak di Sepaku', '--description', 'Lubang besar di jalan poros sejak Oktober'];

describe('lapor add (flags)', () => {
  it('stores a report, prints the ticket on stdout and a confirmation on stderr', async () => {
    const db = tempDb();
    await run(['init', '--agency-code', 'ppu', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'], { db, now });
    const r = await run(
      [...base, '--nik', '6409014502900003', '--phone', '0812-3456-7890', '--reporter-name', 'Budi', '--region', '6409', '--incident-date', '20/11/2026'],
      { db, now },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('PPU-2026-000001\n');
    expect(r.stderr).toContain('Saved PPU-2026-000001');
    const [row] = query(db, 'SELECT * FROM reports');
    expect(row).toMatchObject({
      ticket: 'PPU-2026-000001',
      channel: 'letter',
      classification: 'complaint',
      reporter_nik: '6409014502900003',
      reporter_phone: '+6281234567890',
      reporter_phone_raw: '0812-3456-7890',
      region_code: '64.09',
      incident_date: '2026-11-20',
      received_at: '2026-11-27T02:00:00.000Z',
      received_date: '2026-11-27',
      created_by: 'Siti',
      status: 'recorded',
    });
    const audit = query<{ action: string; actor: string; details: string }>(
      db,
      'SELECT action, actor, details FROM audit_log WHERE ticket = ?',
      'PPU-2026-000001',
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe('Siti');
    // The audit trail never holds personal data in clear.
    expect(audit[0]!.details).not.toContain('6409014502900003');
    expect(audit[0]!.details).toContain('6409********0003');
  });

  it('NIK dates: a 1926 birth date is read as such, a one-year-old reporter is a warning (issue 14)', async () => {
    const db = tempDb();
    await run(['init', '--agency-code', 'ppu', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'], {
      db,
      now: '2026-12-03T02:00:00Z',
    });
    const old = await run([...base, '--nik', '6409012512260001'], { db, now: '2026-12-03T02:00:00Z' });
    expect(old.code).toBe(0);
    expect(old.stderr).not.toContain('future');
    const young = await run([...base, '--title', 'Lampu jalan mati di Waru', '--nik', '6409010503250001'], { db, now: '2026-12-03T02:00:00Z' });
    expect(young.code).toBe(0);
    expect(young.stderr).toContain('1 years old');
    expect(query(db, 'SELECT reporter_nik FROM reports ORDER BY id')).toEqual([{ reporter_nik: '6409012512260001' }, { reporter_nik: '6409010503250001' }]);
  });

  it('numbers tickets per year without gaps and uses Indonesian aliases', async () => {
    const db = tempDb();
    const a = await run([...base, '--classification', 'aspirasi', '--channel', 'Tatap Muka'], { db, now });
    const b = await run([...base.slice(0, 2), 'telepon', ...base.slice(3)], { db, now });
    expect([a.stdout, b.stdout]).toEqual(['LAPOR-2026-000001\n', 'LAPOR-2026-000002\n']);
    expect(query(db, 'SELECT classification, channel FROM reports ORDER BY id')).toEqual([
      { classification: 'aspiration', channel: 'walk-in' },
      { classification: 'complaint', channel: 'phone' },
    ]);
  });

  it('without a terminal, a missing required value is exit 2 naming the flag', async () => {
    const db = tempDb();
    const r = await run(['add', '--title', 'Jalan rusak di Sepaku', '--channel', 'surat'], { db, now });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--description');
    expect(query(db, 'SELECT count(*) AS n FROM reports')).toEqual([{ n: 0 }]);
  });

  it('rejects bad input with exit 4, one line per field, and stores nothing', async () => {
    const db = tempDb();
    const r = await run(
      [
        'add',
        '--title',
        'x',
        '--description',
        'short',
        '--channel',
        'pigeon',
        '--nik',
        '6409014502900000',
        '--phone',
        '12',
        '--email',
        'a@b',
        '--received-at',
        '31/02/2026',
      ],
      { db, now },
    );
    expect(r.code).toBe(4);
    for (const field of ['title', 'description', 'channel', 'nik', 'phone', 'email', 'received_at']) expect(r.stderr).toContain(`${field}`);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(query(db, 'SELECT count(*) AS n FROM reports')).toEqual([{ n: 0 }]);
  });

  it('refuses identity on an anonymous report and stores none when anonymous', async () => {
    const db = tempDb();
    const bad = await run([...base, '--anonymous', '--nik', '6409014502900003'], { db, now });
    expect(bad.code).toBe(4);
    expect(bad.stderr).toContain('--nik');
    const ok = await run([...base, '--anonymous'], { db, now });
    expect(ok.code).toBe(0);
    expect(query(db, 'SELECT anonymous, reporter_name, reporter_nik FROM reports')).toEqual([{ anonymous: 1, reporter_name: null, reporter_nik: null }]);
  });

  it('warns about likely duplicates and needs --allow-duplicate in scripts', async () => {
    const db = tempDb();
    await run([...base, '--phone', '081234567890'], { db, now });
    const dup = await run(
      ['add', '--channel', 'walk-in', '--title', 'Sepaku: jalan rusak', '--description', 'Masih berlubang, belum diperbaiki', '--phone', '+62 812 3456 7890'],
      { db, now: '2026-12-10T02:00:00Z' },
    );
    expect(dup.code).toBe(4);
    expect(dup.stderr).toContain('LAPOR-2026-000001');
    expect(dup.stderr).toContain('--allow-duplicate');
    const forced = await run(
      [
        'add',
        '--channel',
        'walk-in',
        '--title',
        'Sepaku: jalan rusak',
        '--description',
        'Masih berlubang, belum diperbaiki',
        '--phone',
        '+62 812 3456 7890',
        '--allow-duplicate',
      ],
      { db, now: '2026-12-10T02:00:00Z' },
    );
    expect(forced.code).toBe(0);
    // Outside the 20-day window it is not a duplicate.
    const later = await run(
      ['add', '--channel', 'walk-in', '--title', 'Sepaku: jalan rusak', '--description', 'Masih berlubang, belum diperbaiki', '--phone', '0812-3456-7890'],
      { db, now: '2027-01-10T02:00:00Z' },
    );
    expect(later.code).toBe(0);
  });

  it('takes a record as JSON from stdin, flags overriding it', async () => {
    const db = tempDb();
    const json = JSON.stringify({
      title: 'Lampu jalan mati',
      description: 'Sudah dua minggu lampu mati',
      channel: 'surat',
      ref: 'SRT/12/2026',
      confidential: true,
      reporter_name: 'Ani',
    });
    const r = await run(['add', '--json', '-', '--channel', 'email'], { db, now, stdin: json });
    expect(r.code).toBe(0);
    expect(query(db, 'SELECT channel, ref, confidential, reporter_name FROM reports')).toEqual([
      { channel: 'email', ref: 'SRT/12/2026', confidential: 1, reporter_name: 'Ani' },
    ]);
    const again = await run(['add', '--json', '-'], { db, now, stdin: json });
    expect(again.code).toBe(4);
    expect(again.stderr).toContain('SRT/12/2026');
    const unknown = await run(['add', '--json', '-'], { db, now, stdin: '{"judul": "x"}' });
    expect(unknown.code).toBe(4);
    expect(unknown.stderr).toContain("'judul'");
    const broken = await run(['add', '--json', '-'], { db, now, stdin: '{"title": ' });
    expect(broken.code).toBe(4);
  });

  it('rejects an unknown unit and a date in the future', async () => {
    const db = tempDb();
    const unit = await run([...base, '--unit', 'DISDIK'], { db, now });
    expect(unit.code).toBe(4);
    expect(unit.stderr).toContain('lapor unit add');
    const future = await run([...base, '--received-at', '2026-12-01 10:00'], { db, now });
    expect(future.code).toBe(4);
    expect(future.stderr).toContain('future');
  });

  it('asks every field on a terminal, validates answers and confirms before saving', async () => {
    const db = tempDb();
    await run(['init', '--agency-code', 'PPU'], { db, now });
    await run(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR'], { db, now });
    const prompter = scriptedPrompter([
      [/Classification/, 'complaint'],
      [/Received through/, 'walk-in'],
      [/Title/, 'Drainase tersumbat di Waru'],
      [/Description/, 'Air meluap ke jalan setiap hujan deras'],
      [/Category/, 'Infrastruktur'],
      [/Received at/, ''],
      [/Incident date/, '25/11/2026'],
      [/Location/, 'Jl. Provinsi km 5'],
      [/Region code/, '64.09.02'],
      [/Target unit/, 'DPUPR'],
      [/Source reference/, ''],
      [/Anonymous/, false],
      [/Reporter name/, 'Rahmat'],
      [/NIK/, ''],
      [/Phone/, '0813 5000 1234'],
      [/Email/, ''],
      [/Address/, 'Waru'],
      [/confidential/, true],
      [/Save this report/, true],
    ]);
    const r = await run(['add'], { db, now, tty: true, prompter });
    expect(r.stderr).toContain('Summary');
    expect(r.code).toBe(0);
    expect(query(db, 'SELECT title, category, unit_id IS NOT NULL AS has_unit, region_code, confidential, reporter_phone FROM reports')).toEqual([
      {
        title: 'Drainase tersumbat di Waru',
        category: 'Infrastruktur',
        has_unit: 1,
        region_code: '64.09.02',
        confidential: 1,
        reporter_phone: '+6281350001234',
      },
    ]);
  });

  it('a prompt refuses an invalid answer with the same rule as the flag', async () => {
    const db = tempDb();
    await run(['init', '--agency-code', 'PPU'], { db, now });
    const prompter = scriptedPrompter([
      [/Classification/, 'complaint'],
      [/Received through/, 'letter'],
      [/Title/, 'abc'],
    ]);
    const r = await run(['add'], { db, now, tty: true, prompter });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('at least 5 characters');
  });

  it('answering no at the summary, then cancel, saves nothing (exit 130)', async () => {
    const db = tempDb();
    await run(['init', '--agency-code', 'PPU'], { db, now });
    const prompter = scriptedPrompter([
      [/Classification/, 'information'],
      [/Received through/, 'phone'],
      [/Category/, ''],
      [/Received at/, ''],
      [/Incident date/, ''],
      [/Location/, ''],
      [/Region code/, ''],
      [/Source reference/, ''],
      [/Anonymous/, true],
      [/Save this report/, false],
      [/Which field to change/, (choices) => choices!.at(-1)!.value], // (cancel: save nothing)
    ]);
    const r = await run(['add', '--title', 'Jadwal posyandu', '--description', 'Menanyakan jadwal posyandu bulan depan'], { db, now, tty: true, prompter });
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('Nothing was saved');
    expect(query(db, 'SELECT count(*) AS n FROM reports')).toEqual([{ n: 0 }]);
  });

  it('asks nothing on a terminal when every required field is given', async () => {
    const db = tempDb();
    const prompter = scriptedPrompter([]);
    const r = await run(base, { db, now, tty: true, prompter });
    expect(r.code).toBe(0);
    expect(prompter.asked).toEqual([]);
  });
});
