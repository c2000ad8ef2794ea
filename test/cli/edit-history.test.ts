import { describe, expect, it } from 'vitest';
import { run, tempDb, query, scriptedPrompter } from '../helpers/cli.js';

const now = '2026-11-27T02:00:00Z';

async function setup() {
  const db = tempDb();
  await run(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR'], { db, now });
  const r = await run(
    [
      'add',
      '--channel',
      'surat',
      '--title',
      'Jalan berlubang di Sepaku',
      '--description',
      'Lubang besar di jalan poros',
      '--nik',
      '6409014502900003',
      '--phone',
      '081234567890',
      '--email',
      'budi@Example.COM',
    ],
    { db, now, env: { USER: 'ignored' } },
  );
  return { db, ticket: r.stdout.trim() };
}

describe('lapor edit', () => {
  it('changes fields, records who and what changed, masked', async () => {
    const { db, ticket } = await setup();
    const r = await run(['edit', ticket, '--unit', 'DPUPR', '--category', 'infrastruktur', '--nik', '6409014502900011', '--clear', 'email', '--as', 'Andi'], {
      db,
      now: '2026-11-28T02:00:00Z',
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Updated LAPOR-2026-000001: Category, Unit, NIK, Email.');
    const [row] = query(db, 'SELECT category, reporter_nik, reporter_email, updated_by, unit_id FROM reports');
    expect(row).toMatchObject({ category: 'Infrastruktur', reporter_nik: '6409014502900011', reporter_email: null, updated_by: 'Andi' });
    const history = JSON.parse((await run(['history', ticket, '--format', 'json'], { db, now })).stdout) as {
      kind: string;
      actor: string;
      details: { changes?: Record<string, { from: unknown; to: unknown }> };
    }[];
    expect(history.map((h) => h.kind)).toEqual(['report.add', 'report.edit']);
    expect(history[1]!.actor).toBe('Andi');
    expect(history[1]!.details.changes).toMatchObject({
      unit: { from: null, to: 'DPUPR' },
      category: { from: null, to: 'Infrastruktur' },
      nik: { from: '6409********0003', to: '6409********0011' },
    });
    expect(JSON.stringify(history)).not.toContain('6409014502900011');
  });

  it('an invalid edit changes nothing (exit 4)', async () => {
    const { db, ticket } = await setup();
    const before = query(db, 'SELECT * FROM reports');
    const r = await run(['edit', ticket, '--title', 'ab', '--phone', 'abc'], { db, now });
    expect(r.code).toBe(4);
    expect(query(db, 'SELECT * FROM reports')).toEqual(before);
    expect(query(db, "SELECT count(*) AS n FROM audit_log WHERE action = 'report.edit'")).toEqual([{ n: 0 }]);
  });

  it('making a report anonymous erases the identity', async () => {
    const { db, ticket } = await setup();
    expect((await run(['edit', ticket, '--anonymous'], { db, now })).code).toBe(0);
    expect(query(db, 'SELECT anonymous, reporter_nik, reporter_phone, reporter_email FROM reports')).toEqual([
      { anonymous: 1, reporter_nik: null, reporter_phone: null, reporter_email: null },
    ]);
  });

  it('no flags and no terminal is a usage error; on a terminal it asks which field', async () => {
    const { db, ticket } = await setup();
    expect((await run(['edit', ticket], { db, now })).code).toBe(2);
    const prompter = scriptedPrompter([
      [/Field to change/, 'location'],
      [/Location/, 'Jl. Poros Sepaku km 3'],
      [/Field to change/, ''],
      [/Save these changes/, true],
    ]);
    const r = await run(['edit', ticket], { db, now, tty: true, prompter });
    expect(r.code).toBe(0);
    expect(query(db, 'SELECT location FROM reports')).toEqual([{ location: 'Jl. Poros Sepaku km 3' }]);
  });

  it('an unchanged edit writes nothing', async () => {
    const { db, ticket } = await setup();
    const r = await run(['edit', ticket, '--channel', 'letter'], { db, now });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Nothing to change');
    expect(query(db, 'SELECT count(*) AS n FROM audit_log')).toEqual([{ n: 2 }]);
  });

  it('an edit of the description alone is saved and audited (the field table lists it for diffs)', async () => {
    const { db, ticket } = await setup();
    const r = await run(['edit', ticket, '--description', 'Lubang besar di jalan poros km 5'], { db, now });
    expect(r.code).toBe(0);
    expect(query(db, 'SELECT description FROM reports')).toEqual([{ description: 'Lubang besar di jalan poros km 5' }]);
    const [entry] = query<{ details: string }>(db, "SELECT details FROM audit_log WHERE action = 'report.edit'");
    expect(JSON.parse(entry!.details)).toEqual({ changes: { description: { from: 'Lubang besar di jalan poros', to: 'Lubang besar di jalan poros km 5' } } });
  });

  it('the audit log cannot be altered', async () => {
    const { db } = await setup();
    const Database = (await import('better-sqlite3')).default;
    const handle = new Database(db);
    expect(() => handle.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => handle.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    handle.close();
  });
});
