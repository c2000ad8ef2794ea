import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { run, tempDb, tempDir, query, scriptedPrompter } from '../helpers/cli.js';
import { latestVersion } from '../../src/store/database.js';

const now = '2026-11-27T02:00:00Z';

describe('database location and files', () => {
  it('--db > LAPOR_DB > XDG_DATA_HOME > ~/.local/share', async () => {
    const home = tempDir();
    const xdg = tempDir();
    expect((await run(['db', 'path'], { env: { HOME: home } })).stdout.trim()).toBe(path.join(home, '.local/share/lapor/lapor.db'));
    expect((await run(['db', 'path'], { env: { HOME: home, XDG_DATA_HOME: xdg } })).stdout.trim()).toBe(path.join(xdg, 'lapor/lapor.db'));
    expect((await run(['db', 'path'], { env: { HOME: home, LAPOR_DB: '/x/a.db' } })).stdout.trim()).toBe('/x/a.db');
    expect((await run(['db', 'path', '--db', '/y/b.db'], { env: { HOME: home, LAPOR_DB: '/x/a.db' } })).stdout.trim()).toBe('/y/b.db');
  });

  it('creates the database 0600 in a 0700 folder on first use', async () => {
    const home = tempDir();
    const r = await run(['list'], { env: { HOME: home } });
    expect(r.code).toBe(0);
    const file = path.join(home, '.local/share/lapor/lapor.db');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
  });

  it('db check reports integrity and migrations; a newer schema is refused untouched', async () => {
    const db = tempDb();
    expect((await run(['list'], { db })).code).toBe(0);
    const check = await run(['db', 'check', '--format', 'json'], { db });
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, schema_version: latestVersion, latest_version: latestVersion });
    const handle = new Database(db);
    handle.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')").run();
    handle.close();
    const refused = await run(['list'], { db });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('999');
    expect(refused.stderr).toContain('Upgrade lapor-admin');
  });

  it('refuses a file that is not a lapor database', async () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'this is not sqlite');
    const r = await run(['list'], { db: file });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a lapor database');
    expect(fs.readFileSync(file, 'utf8')).toBe('this is not sqlite');
  });

  it('db backup writes a consistent owner-only copy and refuses to overwrite', async () => {
    const db = tempDb();
    await run(['add', '--channel', 'sms', '--title', 'Air PDAM keruh', '--description', 'Air keruh sejak tiga hari'], { db, now });
    const target = path.join(tempDir(), 'backup.db');
    const r = await run(['db', 'backup', target], { db });
    expect(r.code).toBe(0);
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(query(target, 'SELECT title FROM reports')).toEqual([{ title: 'Air PDAM keruh' }]);
    expect((await run(['db', 'backup', target], { db })).code).toBe(2);
    expect((await run(['db', 'backup', target, '--force'], { db })).code).toBe(0);
  });
});

describe('config and init', () => {
  it('set/get/list with validation', async () => {
    const db = tempDb();
    expect((await run(['config', 'set', 'timezone', 'Asia/Jayapura'], { db })).code).toBe(0);
    expect((await run(['config', 'get', 'timezone'], { db })).stdout).toBe('Asia/Jayapura\n');
    const bad = await run(['config', 'set', 'timezone', 'Asia/Samarinda'], { db });
    expect(bad.code).toBe(4);
    expect(bad.stderr).toContain('Asia/Makassar');
    expect((await run(['config', 'set', 'agency.code', 'P P U'], { db })).code).toBe(4);
    expect((await run(['config', 'get', 'nope'], { db })).code).toBe(2);
    const list = JSON.parse((await run(['config', 'list'], { db })).stdout) as { key: string; value: string; default: boolean }[];
    expect(list.find((x) => x.key === 'timezone')).toEqual({ key: 'timezone', value: 'Asia/Jayapura', default: false });
    expect(list.find((x) => x.key === 'agency.code')).toEqual({ key: 'agency.code', value: 'LAPOR', default: true });
  });

  it('a stored value edited outside lapor stops commands naming the key; config get shows it, config set fixes it', async () => {
    const db = tempDb();
    expect((await run(['config', 'set', 'sla.verify_days', '4'], { db })).code).toBe(0);
    const handle = new Database(db);
    handle.prepare("UPDATE settings SET value = 'abc' WHERE key = 'sla.verify_days'").run();
    handle.close();
    const refused = await run(['list'], { db });
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('sla.verify_days');
    expect(refused.stderr).toContain("got 'abc'");
    expect(refused.stderr).toContain('lapor config set');
    expect((await run(['config', 'get', 'sla.verify_days'], { db })).stdout).toBe('abc\n');
    expect((await run(['config', 'set', 'sla.verify_days', '5'], { db })).code).toBe(0);
    expect((await run(['list'], { db })).code).toBe(0);
  });

  it('init on a terminal asks each setting, validating answers, flags skip their question', async () => {
    const db = tempDb();
    const prompter = scriptedPrompter([
      [/Agency code/, 'ppu'],
      [/Time zone/, 'Asia/Makassar'],
      [/Your name/, 'Siti Aminah'],
    ]);
    const r = await run(['init', '--agency-name', 'Pemkab Penajam Paser Utara'], { db, tty: true, prompter, now });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('PPU-2026-000001');
    const refused = scriptedPrompter([[/Agency code/, 'P P U']]);
    await expect(run(['init'], { db, tty: true, prompter: refused })).resolves.toMatchObject({ code: 1 });
    expect((await run(['config', 'get', 'admin.name'], { db })).stdout).toBe('Siti Aminah\n');
  });

  it('the time zone is typed as WIB/WITA/WIT or an IANA name, in any case, and stored as the IANA name', async () => {
    const db = tempDb();
    expect((await run(['init', '--agency-code', 'PPU', '--timezone', 'wita'], { db, now })).code).toBe(0);
    expect((await run(['config', 'get', 'timezone'], { db })).stdout).toBe('Asia/Makassar\n');
    for (const [typed, stored] of [
      ['WIT', 'Asia/Jayapura'],
      ['Wib', 'Asia/Jakarta'],
      ['asia/makassar', 'Asia/Makassar'],
      ['Asia/Jayapura', 'Asia/Jayapura'],
    ]) {
      expect((await run(['config', 'set', 'timezone', typed!], { db })).code, typed).toBe(0);
      expect((await run(['config', 'get', 'timezone'], { db })).stdout, typed).toBe(`${stored}\n`);
    }
    const bad = await run(['config', 'set', 'timezone', 'WITB'], { db });
    expect(bad.code).toBe(4);
    expect(bad.stderr).toContain("'WITB' is not a time zone. Use WIB, WITA or WIT");
  });

  it('init without a terminal needs --agency-code; the code shapes tickets', async () => {
    const db = tempDb();
    expect((await run(['init'], { db })).code).toBe(2);
    expect((await run(['init', '--agency-code', 'bpn', '--timezone', 'Asia/Makassar'], { db, now })).code).toBe(0);
    const r = await run(['add', '--channel', 'sms', '--title', 'Air PDAM keruh', '--description', 'Air keruh sejak tiga hari'], {
      db,
      now: '2026-12-31T17:30:00Z',
    });
    // 01:30 on 1 January in WITA: the ticket year follows the agency's clock.
    expect(r.stdout.trim()).toBe('BPN-2027-000001');
  });
});

describe('units', () => {
  it('add, list, edit, and deactivated units take no new reports', async () => {
    const db = tempDb();
    expect((await run(['unit', 'add', 'disdik', '--name', 'Dinas Pendidikan'], { db })).stdout).toBe('DISDIK\n');
    expect((await run(['unit', 'add', 'DISDIK', '--name', 'Lagi'], { db })).code).toBe(4);
    expect((await run(['unit', 'add', 'a b', '--name', 'x y'], { db })).code).toBe(4);
    expect((await run(['unit', 'edit', 'DISDIK', '--no-active'], { db })).code).toBe(0);
    const r = await run(['add', '--channel', 'sms', '--title', 'Guru jarang hadir', '--description', 'Guru kelas jarang hadir', '--unit', 'Dinas Pendidikan'], {
      db,
      now,
    });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('deactivated');
    expect(JSON.parse((await run(['unit', 'list', '--all'], { db })).stdout)).toEqual([{ code: 'DISDIK', name: 'Dinas Pendidikan', active: false }]);
    expect((await run(['unit', 'edit', 'NOPE', '--name', 'x'], { db })).code).toBe(3);
  });
});

describe('help and completion', () => {
  it('every command has --help with examples, exit 0, on stdout', async () => {
    for (const cmd of [['add'], ['list'], ['show'], ['edit'], ['history'], ['unit'], ['config'], ['db'], ['init'], ['completion']]) {
      const r = await run([...cmd, '--help']);
      expect(r.code, cmd.join(' ')).toBe(0);
      expect(r.stdout, cmd.join(' ')).toContain('Examples:');
    }
    expect((await run(['--help', '--lang', 'id'])).stdout).toContain('Mulai dari sini');
  });

  it('an unknown command or option is exit 2', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['list', '--bogus'])).code).toBe(2);
    expect((await run(['--lang', 'fr', 'list'])).code).toBe(2);
  });

  it('prints completion scripts that know the commands', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const r = await run(['completion', shell]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('lapor');
      expect(r.stdout).toContain('history');
    }
    expect((await run(['completion', 'powershell'])).code).toBe(2);
  });
});
