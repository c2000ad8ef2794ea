import { describe, expect, it } from 'vitest';
import { run, tempDb, query } from '../helpers/cli.js';
import { openDatabase } from '../../src/store/database.js';
import { loadCalendar, uncoveredYears } from '../../src/calendar-loader.js';
import { parseSettings } from '../../src/domain/settings.js';

const now = '2026-03-05T02:00:00Z';

interface Row {
  date: string;
  weekday: string;
  kind: string;
  name: string;
  working_day: boolean;
}

async function list(db: string, ...args: string[]): Promise<Row[]> {
  const r = await run(['holiday', 'list', '--format', 'json', ...args], { db, now });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Row[];
}

const rowOn = (rows: Row[], date: string) => rows.filter((r) => r.date === date);

describe('lapor holiday list', () => {
  it("lists the agency's current year from the shipped data, with weekday, kind and working day", async () => {
    const db = tempDb();
    const rows = await list(db);
    expect(rows).toHaveLength(25); // 2026: 17 national holidays, 8 cuti bersama
    expect(rows[0]).toEqual({ date: '2026-01-01', weekday: 'thu', kind: 'national', name: "New Year's Day", working_day: false });
    expect(rowOn(rows, '2026-03-20')).toEqual([expect.objectContaining({ weekday: 'fri', kind: 'collective_leave', working_day: false })]);
    expect(rowOn(rows, '2026-03-21')).toEqual([expect.objectContaining({ weekday: 'sat', kind: 'national' })]);
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
    const id = JSON.parse((await run(['holiday', 'list', '--format', 'json', '--lang', 'id'], { db, now })).stdout) as Row[];
    expect(id[0]!.name).toBe('Tahun Baru 2026 Masehi');
  });

  it('cuti bersama count as working days when calendar.collective_leave = working', async () => {
    const db = tempDb();
    expect((await run(['config', 'set', 'calendar.collective_leave', 'working'], { db, now })).code).toBe(0);
    const rows = await list(db, '--year', '2026');
    expect(rowOn(rows, '2026-03-20')[0]).toMatchObject({ kind: 'collective_leave', working_day: true });
    expect(rowOn(rows, '2026-08-17')[0]).toMatchObject({ kind: 'national', working_day: false });
  });

  it('warns about a year without shipped data; a bad --year is exit 2', async () => {
    const db = tempDb();
    const r = await run(['holiday', 'list', '--year', '2031', '--format', 'json'], { db, now });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toContain('No shipped holiday data for 2031');
    expect((await run(['holiday', 'list', '--year', '2024'], { db, now })).stderr).toBe('');
    expect((await run(['holiday', 'list', '--year', '26'], { db, now })).code).toBe(2);
    expect((await run(['holiday', 'list', '--year', 'next'], { db, now })).code).toBe(2);
  });

  it('prints a localised table', async () => {
    const r = await run(['holiday', 'list', '--year', '2026', '--format', 'table', '--lang', 'id'], { db: tempDb(), now });
    expect(r.stdout).toContain('Kamis');
    expect(r.stdout).toContain('libur nasional');
    expect(r.stdout).toContain('cuti bersama');
  });
});

describe('lapor holiday add / remove', () => {
  it('a local holiday is stored, audited, listed, and moves the deadlines of stored reports', async () => {
    const db = tempDb();
    // Received Thursday 8 October 2026: 3 working days -> Tuesday 13 October.
    const add = await run(
      ['add', '--channel', 'sms', '--title', 'Jalan rusak', '--description', 'Lubang besar di jalan poros', '--received-at', '2026-10-08 09:00'],
      { db, now: '2026-10-08T03:00:00Z' },
    );
    expect(add.code, add.stderr).toBe(0);
    expect(query(db, 'SELECT verify_by FROM reports')).toEqual([{ verify_by: '2026-10-13' }]);

    const r = await run(['holiday', 'add', '12/10/2026', '--name', 'Hari Jadi Kabupaten'], { db, now, env: { LAPOR_LANG: 'en' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Added local holiday 2026-10-12 (Monday): Hari Jadi Kabupaten');
    expect(query(db, 'SELECT verify_by FROM reports')).toEqual([{ verify_by: '2026-10-14' }]);
    expect(query(db, 'SELECT date, action, name, created_at FROM holiday_overrides')).toEqual([
      { date: '2026-10-12', action: 'add', name: 'Hari Jadi Kabupaten', created_at: '2026-03-05T02:00:00.000Z' },
    ]);
    const audit = query<{ action: string; entity: string; details: string }>(db, "SELECT action, entity, details FROM audit_log WHERE entity = 'holiday'");
    expect(audit.map((a) => a.action)).toEqual(['holiday.add']);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ date: '2026-10-12', name: 'Hari Jadi Kabupaten' });
    expect(rowOn(await list(db, '--year', '2026'), '2026-10-12')).toEqual([
      { date: '2026-10-12', weekday: 'mon', kind: 'local', name: 'Hari Jadi Kabupaten', working_day: false },
    ]);

    // Renaming keeps one row; deleting it moves the deadline back.
    expect((await run(['holiday', 'add', '2026-10-12', '--name', 'HUT Kabupaten PPU'], { db, now })).stderr).toContain('Renamed');
    expect(query(db, 'SELECT name FROM holiday_overrides')).toEqual([{ name: 'HUT Kabupaten PPU' }]);
    expect((await run(['holiday', 'add', '2026-10-12', '--name', 'HUT Kabupaten PPU'], { db, now })).stderr).toContain('already a local holiday');
    const del = await run(['holiday', 'remove', '2026-10-12'], { db, now });
    expect(del.code).toBe(0);
    expect(del.stderr).toContain('Deleted the local holiday 2026-10-12');
    expect(query(db, 'SELECT * FROM holiday_overrides')).toEqual([]);
    expect(query(db, 'SELECT verify_by FROM reports')).toEqual([{ verify_by: '2026-10-13' }]);
    expect(query<{ action: string }>(db, "SELECT action FROM audit_log WHERE entity = 'holiday' ORDER BY id").map((a) => a.action)).toEqual([
      'holiday.add',
      'holiday.add',
      'holiday.deleteLocal',
    ]);
  });

  it('remove makes a shipped holiday a working day; add restores it', async () => {
    const db = tempDb();
    const r = await run(['holiday', 'remove', '2026-08-25'], { db, now });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('2026-08-25 (Tuesday) is now a working day');
    expect(rowOn(await list(db, '--year', '2026'), '2026-08-25')).toEqual([expect.objectContaining({ kind: 'removed', working_day: true })]);
    expect(query(db, 'SELECT action, name FROM holiday_overrides')).toEqual([{ action: 'remove', name: 'Maulid Nabi Muhammad SAW' }]);
    expect((await run(['holiday', 'remove', '2026-08-25'], { db, now })).stderr).toContain('already a working day');

    const back = await run(['holiday', 'add', '2026-08-25', '--name', 'Maulid'], { db, now });
    expect(back.code, back.stderr).toBe(0);
    expect(back.stderr).toContain('--name was not used');
    expect(back.stderr).toContain('Restored the holiday 2026-08-25');
    expect(query(db, 'SELECT * FROM holiday_overrides')).toEqual([]);
    expect(rowOn(await list(db, '--year', '2026'), '2026-08-25')).toEqual([expect.objectContaining({ kind: 'national', working_day: false })]);
    expect(query<{ action: string }>(db, "SELECT action FROM audit_log WHERE entity = 'holiday' ORDER BY id").map((a) => a.action)).toEqual([
      'holiday.remove',
      'holiday.restore',
    ]);
  });

  it('a local holiday on a cuti bersama day makes it a day off even when cuti bersama are working days', async () => {
    const db = tempDb();
    await run(['config', 'set', 'calendar.collective_leave', 'working'], { db, now });
    expect((await run(['holiday', 'add', '2026-03-20', '--name', 'Cuti bersama Pemkab'], { db, now })).code).toBe(0);
    const rows = rowOn(await list(db, '--year', '2026'), '2026-03-20');
    expect(rows.map((r) => [r.kind, r.working_day])).toEqual([
      ['local', false],
      ['collective_leave', false],
    ]);
    const r = await run(['holiday', 'remove', '2026-03-20'], { db, now });
    expect(r.stderr).toContain('still a shipped holiday');
    expect(rowOn(await list(db, '--year', '2026'), '2026-03-20')).toEqual([expect.objectContaining({ kind: 'collective_leave', working_day: true })]);
  });

  it('refuses a date that is already a national holiday, a missing --name, a bad date; remove of a plain day is exit 3', async () => {
    const db = tempDb();
    const national = await run(['holiday', 'add', '2026-08-17', '--name', 'HUT RI'], { db, now });
    expect(national.code).toBe(4);
    expect(national.stderr).toContain('already a national holiday');
    const noName = await run(['holiday', 'add', '2026-10-12'], { db, now });
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain('--name');
    const bad = await run(['holiday', 'add', '2026-02-30', '--name', 'Nope'], { db, now });
    expect(bad.code).toBe(4);
    expect((await run(['holiday', 'add', 'besok', '--name', 'Nope'], { db, now })).code).toBe(4);
    const plain = await run(['holiday', 'remove', '2026-10-13'], { db, now });
    expect(plain.code).toBe(3);
    expect(plain.stderr).toContain('not a holiday');
    expect(query(db, 'SELECT * FROM holiday_overrides')).toEqual([]);
    expect(query(db, "SELECT * FROM audit_log WHERE entity = 'holiday'")).toEqual([]);
  });

  it('warns on weekends and on years without shipped data, and still stores the date', async () => {
    const db = tempDb();
    const weekend = await run(['holiday', 'add', '2026-10-10', '--name', 'Hari Jadi'], { db, now });
    expect(weekend.code).toBe(0);
    expect(weekend.stderr).toContain('a day off anyway');
    const future = await run(['holiday', 'add', '2031-10-13', '--name', 'Hari Jadi'], { db, now });
    expect(future.code).toBe(0);
    expect(future.stderr).toContain('No shipped holiday data for 2031');
    expect(await list(db, '--year', '2031')).toEqual([{ date: '2031-10-13', weekday: 'mon', kind: 'local', name: 'Hari Jadi', working_day: false }]);
  });
});

describe('loadCalendar', () => {
  it('merges shipped files, overrides and the cuti bersama setting into one WorkingCalendar', async () => {
    const file = tempDb();
    await run(['holiday', 'add', '2026-10-12', '--name', 'Hari Jadi'], { db: file, now });
    await run(['holiday', 'remove', '2026-08-25'], { db: file, now });
    const { db } = openDatabase(file);
    try {
      const cal = loadCalendar(db, parseSettings({}).settings, 'en');
      // 2027-2029 have no decree yet: their fixed-date holidays count, provisionally (issue 14).
      expect(cal.coveredYears()).toEqual([2024, 2025, 2026, 2027, 2028, 2029]);
      expect(cal.provisionalYears).toEqual([2027, 2028, 2029]);
      expect(cal.isWorkingDay('2026-10-12')).toBe(false);
      expect(cal.isWorkingDay('2026-08-25')).toBe(true);
      expect(cal.isWorkingDay('2026-03-20')).toBe(false);
      expect(cal.holidayOn('2026-10-12')).toEqual({ date: '2026-10-12', kind: 'local', name: 'Hari Jadi' });
      expect(cal.overrides.map((o) => o.action)).toEqual(['remove', 'add']);
      expect(loadCalendar(db, parseSettings({ 'calendar.collective_leave': 'working' }).settings, 'id').isWorkingDay('2026-03-20')).toBe(true);
      expect(uncoveredYears(cal, ['2025-12-31', '2027-01-04', '2031-05-05', '2027-02-01'])).toEqual([2031]);
    } finally {
      db.close();
    }
  });
});
