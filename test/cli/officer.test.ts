import { describe, expect, it } from 'vitest';
import { run, tempDb, query, scriptedPrompter } from '../helpers/cli.js';

const now = '2026-03-05T02:00:00Z';

async function setup(): Promise<string> {
  const db = tempDb();
  for (const [code, name] of [
    ['DISDIK', 'Dinas Pendidikan'],
    ['DPUPR', 'Dinas Pekerjaan Umum'],
  ]) {
    expect((await run(['unit', 'add', code!, '--name', name!], { db })).code).toBe(0);
  }
  return db;
}

interface OfficerJson {
  id: number;
  name: string;
  unit: string;
  nip: string | null;
  phone: string | null;
  phone_typed: string | null;
  email: string | null;
  active: boolean;
}

const listJson = async (db: string, ...args: string[]) =>
  JSON.parse((await run(['officer', 'list', '--format', 'json', ...args], { db })).stdout) as OfficerJson[];

describe('lapor officer add', () => {
  it('stores the normalised fields, prints the id on stdout and audits the write', async () => {
    const db = await setup();
    const r = await run(
      [
        'officer',
        'add',
        '--name',
        '  Siti   Rahmawati ',
        '--unit',
        'dinas pendidikan',
        '--nip',
        '19850312 201001 2 003',
        '--phone',
        '0812-3456-7890',
        '--email',
        'Siti@PPU.go.id',
      ],
      { db, now },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('1\n');
    expect(r.stderr).toContain('Added officer #1 Siti Rahmawati (DISDIK)');
    expect(query(db, 'SELECT name, nip, phone, phone_raw, email, active, created_at FROM officers')).toEqual([
      {
        name: 'Siti Rahmawati',
        nip: '198503122010012003',
        phone: '+6281234567890',
        phone_raw: '0812-3456-7890',
        email: 'Siti@ppu.go.id',
        active: 1,
        created_at: '2026-03-05T02:00:00.000Z',
      },
    ]);
    const audit = query<{ action: string; entity: string; entity_id: number; details: string }>(
      db,
      "SELECT action, entity, entity_id, details FROM audit_log WHERE entity = 'officer'",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'officer.add', entity: 'officer', entity_id: 1 });
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ name: 'Siti Rahmawati', unit: 'DISDIK', nip: '198503122010012003' });
  });

  it('accepts a PPPK NIP, records the officer as PPPK and shows it; a PNS stays PNS (issue 14)', async () => {
    const db = await setup();
    const pppk = await run(['officer', 'add', '--name', 'Dewi Lestari', '--unit', 'DISDIK', '--nip', '199009132025242014'], { db, now });
    expect(pppk.code).toBe(0);
    expect((await run(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR', '--nip', '198503152010011002'], { db, now })).code).toBe(0);
    expect(query(db, 'SELECT name, nip, nip_kind FROM officers ORDER BY id')).toEqual([
      { name: 'Dewi Lestari', nip: '199009132025242014', nip_kind: 'pppk' },
      { name: 'Andi Pratama', nip: '198503152010011002', nip_kind: 'pns' },
    ]);
    const list = await listJson(db);
    expect(list.map((o) => [o.name, (o as unknown as { nip_kind: string }).nip_kind])).toEqual([
      ['Dewi Lestari', 'pppk'],
      ['Andi Pratama', 'pns'],
    ]);
    const table = await run(['officer', 'list', '--format', 'table'], { db, now });
    expect(table.stdout).toContain('19900913 202524 2 014 (PPPK)');
    expect(table.stdout).not.toContain('198503152010011002 (PPPK)');
    const show = await run(['officer', 'show', 'Dewi Lestari', '--format', 'table'], { db, now });
    expect(show.stdout).toContain('Employment');
    expect(show.stdout).toContain('PPPK');
    // The PNS checks are as they were: a blank month or a start in the future is refused.
    const bad = await run(['officer', 'add', '--name', 'Rina Wulandari', '--unit', 'DPUPR', '--nip', '198503152010001002'], { db, now });
    expect(bad.code).toBe(4);
    expect(bad.stderr).toContain('TMT CPNS');
    // Clearing the NIP clears its kind.
    expect((await run(['officer', 'edit', 'Dewi Lestari', '--clear', 'nip'], { db, now })).code).toBe(0);
    expect(query(db, "SELECT nip, nip_kind FROM officers WHERE name = 'Dewi Lestari'")).toEqual([{ nip: null, nip_kind: null }]);
  });

  it('reports every bad field at once with exit 4 and stores nothing', async () => {
    const db = await setup();
    const r = await run(
      ['officer', 'add', '--name', 'Budi', '--unit', 'NOPE', '--nip', '19850312 201001 3 000', '--phone', '123', '--email', 'budi@gmail,com'],
      { db, now },
    );
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("no unit 'NOPE'");
    expect(r.stderr).toContain('digit 15 is the sex');
    expect(r.stderr).toContain('001 to 999');
    expect(r.stderr).toMatch(/phone/);
    expect(r.stderr).toMatch(/email/);
    expect(r.stderr).toContain('Nothing was saved');
    expect(query(db, 'SELECT * FROM officers')).toEqual([]);
    expect(query(db, "SELECT * FROM audit_log WHERE entity = 'officer'")).toEqual([]);
  });

  it('refuses a NIP already used, a deactivated unit, and a name without letters', async () => {
    const db = await setup();
    expect((await run(['officer', 'add', '--name', 'Siti', '--unit', 'DISDIK', '--nip', '198503122010012003'], { db, now })).code).toBe(0);
    const dup = await run(['officer', 'add', '--name', 'Ani', '--unit', 'DPUPR', '--nip', '19850312 201001 2 003'], { db, now });
    expect(dup.code).toBe(4);
    expect(dup.stderr).toContain('already belongs to officer #1 Siti');
    expect((await run(['unit', 'edit', 'DPUPR', '--no-active'], { db })).code).toBe(0);
    const inactive = await run(['officer', 'add', '--name', 'Ani', '--unit', 'DPUPR'], { db, now });
    expect(inactive.code).toBe(4);
    expect(inactive.stderr).toContain('deactivated');
    const digits = await run(['officer', 'add', '--name', '12345', '--unit', 'DISDIK'], { db, now });
    expect(digits.code).toBe(4);
    expect(digits.stderr).toContain('has no letters');
    expect(query(db, 'SELECT COUNT(*) AS n FROM officers')).toEqual([{ n: 1 }]);
  });

  it('without a terminal a missing --name or --unit is exit 2 naming the flag', async () => {
    const db = await setup();
    const r = await run(['officer', 'add', '--unit', 'DISDIK'], { db });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--name');
    expect((await run(['officer', 'add', '--name', 'Siti'], { db })).stderr).toContain('--unit');
  });

  it('on a terminal asks for what is missing, re-checking each answer', async () => {
    const db = await setup();
    const prompter = scriptedPrompter([
      [/Officer name/, 'Siti Rahmawati'],
      [
        /Unit/,
        (choices) => {
          expect((choices ?? []).map((c) => c.value)).toEqual(['DISDIK', 'DPUPR']);
          return 'DPUPR';
        },
      ],
      [/NIP/, ''],
      [/phone/, '0542 123456'],
      [/e-mail/, ''],
    ]);
    const r = await run(['officer', 'add'], { db, now, tty: true, prompter });
    expect(r.code).toBe(0);
    expect(query(db, 'SELECT name, unit_id, nip, phone, email FROM officers')).toEqual([
      { name: 'Siti Rahmawati', unit_id: 2, nip: null, phone: '+62542123456', email: null },
    ]);
  });

  it('warns when the name is already taken (references by name become ambiguous)', async () => {
    const db = await setup();
    await run(['officer', 'add', '--name', 'Siti', '--unit', 'DISDIK'], { db, now });
    const r = await run(['officer', 'add', '--name', 'SITI', '--unit', 'DPUPR'], { db, now });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("named 'SITI' already exists (#1)");
  });
});

describe('lapor officer list, show and references', () => {
  it('lists active officers by unit; --unit filters; --all adds deactivated ones; phones in full', async () => {
    const db = await setup();
    await run(['officer', 'add', '--name', 'Rina', '--unit', 'DPUPR', '--phone', '081298765432'], { db, now });
    await run(['officer', 'add', '--name', 'Siti', '--unit', 'DISDIK', '--nip', '198503122010012003'], { db, now });
    await run(['officer', 'add', '--name', 'Andi', '--unit', 'DISDIK'], { db, now });
    await run(['officer', 'deactivate', 'Andi'], { db, now });
    expect((await listJson(db)).map((o) => o.name)).toEqual(['Siti', 'Rina']);
    expect((await listJson(db, '--all')).map((o) => [o.name, o.active])).toEqual([
      ['Andi', false],
      ['Siti', true],
      ['Rina', true],
    ]);
    expect((await listJson(db, '--unit', 'DPUPR'))[0]).toMatchObject({ name: 'Rina', unit: 'DPUPR', phone: '+6281298765432', phone_typed: '081298765432' });
    expect((await run(['officer', 'list', '--unit', 'NOPE'], { db })).code).toBe(2);
    const csv = (await run(['officer', 'list', '--format', 'csv'], { db })).stdout.split('\r\n');
    expect(csv[0]).toBe('id,name,unit,nip,phone,email,active');
    expect(csv[1]).toBe('2,Siti,DISDIK,198503122010012003,,,true');
    // Typed columns are not formula-escaped: the E.164 phone stays as it is.
    expect(csv[2]).toBe('1,Rina,DPUPR,,+6281298765432,,true');
    const table = await run(['officer', 'list', '--format', 'table', '--lang', 'id'], { db });
    expect(table.stdout).toContain('19850312 201001 2 003');
    expect(table.stdout).toContain('+6281298765432');
    expect(table.stdout).toContain('Aktif');
  });

  it('an empty list says how to add one on a terminal, and is [] in JSON', async () => {
    const db = await setup();
    expect((await run(['officer', 'list', '--format', 'table'], { db })).stderr).toContain('lapor officer add');
    expect(await listJson(db)).toEqual([]);
  });

  it('REF is an id, a NIP (spaces allowed) or a unique name; an ambiguous name lists the candidates', async () => {
    const db = await setup();
    await run(['officer', 'add', '--name', 'Siti', '--unit', 'DISDIK', '--nip', '198503122010012003'], { db, now });
    await run(['officer', 'add', '--name', 'Rina Wulandari', '--unit', 'DPUPR'], { db, now });
    await run(['officer', 'add', '--name', 'siti', '--unit', 'DPUPR'], { db, now });
    const show = async (ref: string) => run(['officer', 'show', ref, '--format', 'json'], { db });
    expect(JSON.parse((await show('2')).stdout)).toMatchObject({ id: 2, name: 'Rina Wulandari', open_reports: 0 });
    expect(JSON.parse((await show('#2')).stdout).id).toBe(2);
    expect(JSON.parse((await show('19850312 201001 2 003')).stdout).id).toBe(1);
    expect(JSON.parse((await show('rina   WULANDARI')).stdout).id).toBe(2);
    const ambiguous = await show('SITI');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('#1 Siti (DISDIK)');
    expect(ambiguous.stderr).toContain('#3 siti (DPUPR)');
    expect((await show('99')).code).toBe(3);
    expect((await show('Nobody')).stderr).toContain("No officer 'Nobody'");
    expect((await show('198503122010012004')).code).toBe(3);
  });
});

describe('lapor officer edit, deactivate, activate', () => {
  it('changes only what is given, --clear empties optional fields, and the audit keeps from/to', async () => {
    const db = await setup();
    await run(['officer', 'add', '--name', 'Siti', '--unit', 'DISDIK', '--phone', '081234567890', '--email', 'siti@ppu.go.id'], { db, now });
    const r = await run(['officer', 'edit', 'Siti', '--unit', 'DPUPR', '--nip', '198503122010012003', '--clear', 'phone'], { db, now });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Updated officer #1 Siti: unit, nip, phone');
    expect(query(db, 'SELECT unit_id, nip, phone, phone_raw, email FROM officers')).toEqual([
      { unit_id: 2, nip: '198503122010012003', phone: null, phone_raw: null, email: 'siti@ppu.go.id' },
    ]);
    const audit = query<{ action: string; details: string }>(db, "SELECT action, details FROM audit_log WHERE entity = 'officer' ORDER BY id");
    expect(audit.map((a) => a.action)).toEqual(['officer.add', 'officer.edit']);
    expect(JSON.parse(audit[1]!.details).changes).toEqual({
      unit: { from: 'DISDIK', to: 'DPUPR' },
      nip: { from: null, to: '198503122010012003' },
      phone: { from: '+6281234567890', to: null },
    });
    // The officer may keep their own NIP; the same values are no change and no audit entry.
    const same = await run(['officer', 'edit', '1', '--nip', '19850312 201001 2 003', '--name', 'Siti'], { db, now });
    expect(same.code).toBe(0);
    expect(same.stderr).toContain('Nothing changed');
    expect(query(db, "SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'officer'")).toEqual([{ n: 2 }]);
  });

  it('refuses nothing to change, bad --clear fields, --clear with the same field set, and bad values', async () => {
    const db = await setup();
    await run(['officer', 'add', '--name', 'Siti', '--unit', 'DISDIK'], { db, now });
    expect((await run(['officer', 'edit', 'Siti'], { db })).code).toBe(2);
    expect((await run(['officer', 'edit', 'Siti', '--clear', 'name'], { db })).code).toBe(2);
    expect((await run(['officer', 'edit', 'Siti', '--clear', 'email', '--email', 'a@b.id'], { db })).code).toBe(2);
    expect((await run(['officer', 'edit', 'Siti', '--email', 'nope'], { db })).code).toBe(4);
    expect((await run(['officer', 'edit', 'Nobody', '--email', 'a@b.id'], { db })).code).toBe(3);
    expect(query(db, 'SELECT email FROM officers')).toEqual([{ email: null }]);
  });

  it('deactivate keeps the officer and history, warns about open reports; activate undoes it', async () => {
    const db = await setup();
    await run(['officer', 'add', '--name', 'Siti', '--unit', 'DISDIK'], { db, now });
    const add = await run(['add', '--channel', 'sms', '--title', 'Guru jarang hadir', '--description', 'Guru kelas jarang hadir di SD 1'], { db, now });
    const ticket = add.stdout.trim();
    expect((await run(['verify', ticket], { db, now })).code).toBe(0);
    expect((await run(['assign', ticket, 'Siti'], { db, now })).code).toBe(0);

    const off = await run(['officer', 'deactivate', 'Siti'], { db, now });
    expect(off.code).toBe(0);
    expect(off.stderr).toContain('1 open report is still assigned to Siti');
    expect(query(db, 'SELECT active FROM officers')).toEqual([{ active: 0 }]);
    expect((await run(['officer', 'deactivate', '1'], { db, now })).stderr).toContain('already deactivated');
    expect(JSON.parse((await run(['officer', 'show', '1', '--format', 'json'], { db })).stdout)).toMatchObject({ active: false, open_reports: 1 });

    expect((await run(['officer', 'activate', '1'], { db, now })).code).toBe(0);
    expect(query(db, 'SELECT active FROM officers')).toEqual([{ active: 1 }]);
    expect(query<{ action: string }>(db, "SELECT action FROM audit_log WHERE entity = 'officer' ORDER BY id").map((a) => a.action)).toEqual([
      'officer.add',
      'officer.deactivate',
      'officer.activate',
    ]);
  });

  it('an officer of a deactivated unit cannot be activated until the unit is', async () => {
    const db = await setup();
    await run(['officer', 'add', '--name', 'Siti', '--unit', 'DISDIK'], { db, now });
    await run(['officer', 'deactivate', 'Siti'], { db, now });
    await run(['unit', 'edit', 'DISDIK', '--no-active'], { db });
    const r = await run(['officer', 'activate', 'Siti'], { db, now });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('deactivated unit DISDIK');
    expect(query(db, 'SELECT active FROM officers')).toEqual([{ active: 0 }]);
  });

  it('has --help with examples in both languages', async () => {
    expect((await run(['officer', '--help'])).stdout).toContain('Examples:');
    expect((await run(['officer', 'add', '--help', '--lang', 'id'])).stdout).toContain('boleh dengan spasi');
  });
});
