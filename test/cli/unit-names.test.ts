import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { run, tempDb, tempDir, query } from '../helpers/cli.js';

/*
 * Issue 11 item 3: unit names are unique per agency ignoring case (migration 012); a unit is
 * referred to by code, id or unique name; a name shared by units of an older database is
 * ambiguous (exit 2 listing the candidates), never a silent pick.
 */

async function ok(db: string, args: string[]) {
  const r = await run(args, { db });
  if (r.code !== 0) throw new Error(`${args.join(' ')} -> ${r.code}\n${r.stderr}`);
  return r;
}

/** A database as an older version could leave it: two units named 'Kelurahan Sepaku'. */
async function olderDatabaseWithDuplicates(): Promise<string> {
  const db = tempDb();
  await ok(db, ['unit', 'add', 'KSPK', '--name', 'Kelurahan Sepaku']);
  await ok(db, ['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
  const handle = new Database(db);
  handle.exec(`DROP TRIGGER units_name_unique_insert; DROP TRIGGER units_name_unique_update; DROP INDEX units_name;
    DELETE FROM schema_migrations WHERE version = 12;
    INSERT INTO units (code, name, active, created_at, updated_at) VALUES ('KSPK2', 'kelurahan sepaku', 1, 'x', 'x');`);
  handle.close();
  return db;
}

describe('unique unit names', () => {
  it('refuses a second unit with the same name in any case, and a rename onto a used name', async () => {
    const db = tempDb();
    await ok(db, ['unit', 'add', 'KSPK', '--name', 'Kelurahan Sepaku']);
    await ok(db, ['unit', 'add', 'KSMD', '--name', 'Kelurahan Semoi Dua']);
    const again = await run(['unit', 'add', 'KSPK2', '--name', '  KELURAHAN sepaku '], { db });
    expect(again.code).toBe(4);
    expect(again.stderr).toContain("Unit KSPK is already called 'KELURAHAN sepaku'");
    const id = await run(['unit', 'add', 'KSPK2', '--name', 'Kelurahan Sepaku'], { db, env: { LAPOR_LANG: 'id' } });
    expect(id.stderr).toContain('Nama unit harus unik');
    const rename = await run(['unit', 'edit', 'KSMD', '--name', 'kelurahan sepaku'], { db });
    expect(rename.code).toBe(4);
    // A unit may change the case of its own name.
    await ok(db, ['unit', 'edit', 'KSPK', '--name', 'KELURAHAN SEPAKU']);
    expect(query(db, 'SELECT code, name FROM units ORDER BY code')).toEqual([
      { code: 'KSMD', name: 'Kelurahan Semoi Dua' },
      { code: 'KSPK', name: 'KELURAHAN SEPAKU' },
    ]);
  });

  it('an older database with duplicate names migrates; the name is then ambiguous and lists the candidates', async () => {
    const db = await olderDatabaseWithDuplicates();
    const ambiguous = await run(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'Kelurahan Sepaku'], { db });
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/'Kelurahan Sepaku' is the name of several units: #1 KSPK \(Kelurahan Sepaku\); #3 KSPK2 \(kelurahan sepaku\)/);
    expect(query(db, 'SELECT version FROM schema_migrations WHERE version = 12')).toEqual([{ version: 12 }]);
    expect(query(db, 'SELECT count(*) AS n FROM officers')).toEqual([{ n: 0 }]);
    // By code or by id it is clear.
    await ok(db, ['officer', 'add', '--name', 'Andi Pratama', '--unit', 'KSPK2']);
    await ok(db, ['officer', 'add', '--name', 'Rina Wulandari', '--unit', '#1']);
    expect(query(db, 'SELECT o.name, u.code FROM officers o JOIN units u ON u.id = o.unit_id ORDER BY o.id')).toEqual([
      { name: 'Andi Pratama', code: 'KSPK2' },
      { name: 'Rina Wulandari', code: 'KSPK' },
    ]);
    for (const args of [
      ['list', '--unit', 'kelurahan sepaku'],
      ['officer', 'list', '--unit', 'Kelurahan Sepaku'],
      ['unit', 'edit', 'Kelurahan Sepaku', '--no-active'],
    ])
      expect((await run(args, { db })).code).toBe(2);
    // The old duplicates may still be edited by code; no new one may join them; renaming one resolves it.
    await ok(db, ['unit', 'edit', 'KSPK2', '--no-active']);
    expect((await run(['unit', 'add', 'KSPK3', '--name', 'Kelurahan Sepaku'], { db })).code).toBe(4);
    await ok(db, ['unit', 'edit', 'KSPK2', '--name', 'Kelurahan Sepaku (lama)']);
    await ok(db, ['officer', 'add', '--name', 'Yusuf Hakim', '--unit', 'kelurahan sepaku']);
    expect(query(db, "SELECT u.code FROM officers o JOIN units u ON u.id = o.unit_id WHERE o.name = 'Yusuf Hakim'")).toEqual([{ code: 'KSPK' }]);
  });

  it('an import row naming an ambiguous unit is refused naming the candidates; by code it is stored', async () => {
    const db = await olderDatabaseWithDuplicates();
    await ok(db, ['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti']);
    const csv =
      'title,description,channel,unit\nJalan rusak di Sepaku,Lubang besar di jalan poros,surat,Kelurahan Sepaku\nLampu jalan mati,Lampu mati dua minggu,surat,KSPK2\n';
    const r = await run(['import', '-', '--skip-invalid', '--rejects', path.join(tempDir(), 'r.csv'), '--format', 'json'], { db, stdin: csv });
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as { stored: number; rejected: number; errors: Record<string, unknown>[] };
    expect(summary).toMatchObject({ stored: 1, rejected: 1 });
    expect(summary.errors[0]).toMatchObject({ line: 2, column: 'unit', code: 'report.ambiguousUnit' });
    expect(JSON.stringify(summary.errors[0])).toContain('#1 KSPK, #3 KSPK2');
    expect(query(db, 'SELECT u.code FROM reports r JOIN units u ON u.id = r.unit_id')).toEqual([{ code: 'KSPK2' }]);
  });

  it('the database itself refuses a duplicate name that skips the tool', async () => {
    const db = tempDb();
    await ok(db, ['unit', 'add', 'KSPK', '--name', 'Kelurahan Sepaku']);
    const handle = new Database(db);
    const insert = () => handle.prepare("INSERT INTO units (code, name, active, created_at, updated_at) VALUES ('X1', 'KELURAHAN SEPAKU', 1, 'x', 'x')").run();
    expect(insert).toThrow(/unit name already used/);
    handle.close();
  });
});
