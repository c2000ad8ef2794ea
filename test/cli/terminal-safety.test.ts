import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { run, tempDb, tempDir, type RunResult } from '../helpers/cli.js';

// Clears the screen, retitles the window, rings the bell, turns the text red.
const EVIL = '\x1b[2J\x1b]0;x\x07\x1b[31m';
const SHOWN = '␛[2J␛]0;x␇␛[31m';
const now = '2026-11-27T02:00:00Z';

/** Tests run without colour: no ESC or BEL byte at all may reach the terminal, nor a C1 CSI. */
function expectClean(r: RunResult): void {
  expect(r.stdout).not.toMatch(/[\x07\x1b\x9b]/);
  expect(r.stderr).not.toMatch(/[\x07\x1b\x9b]/);
}

async function setup(): Promise<{ db: string; ticket: string }> {
  const db = tempDb();
  const init = await run(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'], { db, now });
  expect(init.code, init.stderr).toBe(0);
  const add = await run(
    ['add', '--channel', 'surat', '--title', 'Jalan berlubang', '--description', 'Lubang besar di jalan poros', '--reporter-name', 'Wati'],
    { db, now },
  );
  expect(add.code, add.stderr).toBe(0);
  return { db, ticket: add.stdout.trim() };
}

describe('outside text on the terminal is shown, never interpreted', () => {
  it('--as: in history tables; JSON keeps the exact value', async () => {
    const { db, ticket } = await setup();
    const verify = await run(['--as', EVIL, 'verify', ticket], { db, now });
    expect(verify.code, verify.stderr).toBe(0);
    const table = await run(['history', ticket, '--format', 'table'], { db, now });
    expectClean(table);
    expect(table.stdout).toContain(SHOWN);
    const json = JSON.parse((await run(['history', ticket, '--format', 'json'], { db, now })).stdout) as { actor: string }[];
    expect(json.map((e) => e.actor)).toContain(EVIL);
  });

  it("commander's own errors and --lang quote the argument visibly", async () => {
    const { db, ticket } = await setup();
    const option = await run(['verify', ticket, `--nope${EVIL}`], { db, now });
    expect(option.code).toBe(2);
    expectClean(option);
    expect(option.stderr).toContain(`--nope${SHOWN}`);
    const lang = await run(['--lang', EVIL, 'list'], { db, now });
    expect(lang.code).toBe(2);
    expectClean(lang);
    expect(lang.stderr).toContain(SHOWN);
  });

  it('config set admin.name: the confirmation, config list and get; config list JSON keeps it', async () => {
    const { db } = await setup();
    const set = await run(['config', 'set', 'admin.name', `Siti${EVIL}`], { db, now });
    expect(set.code, set.stderr).toBe(0);
    expectClean(set);
    for (const args of [
      ['config', 'list', '--format', 'table'],
      ['config', 'get', 'admin.name'],
    ]) {
      const r = await run(args, { db, now });
      expectClean(r);
      expect(r.stdout).toContain(`Siti${SHOWN}`);
    }
    const json = JSON.parse((await run(['config', 'list', '--format', 'json'], { db, now })).stdout) as { key: string; value: string }[];
    expect(json.find((s) => s.key === 'admin.name')!.value).toBe(`Siti${EVIL}`);
    // The admin name is the default actor: it reaches history tables too.
    const ticket = (await run(['list', '--format', 'json'], { db, now })).stdout.match(/PPU-\d{4}-\d{6}/)![0];
    expect((await run(['verify', ticket], { db, now })).code).toBe(0);
    expectClean(await run(['history', ticket, '--format', 'table'], { db, now }));
  });

  it('show --reveal --reason: the reason in history tables; JSON keeps it', async () => {
    const { db, ticket } = await setup();
    const show = await run(['show', ticket, '--reveal', '--reason', `audit ${EVIL}`, '--format', 'table'], { db, now });
    expect(show.code, show.stderr).toBe(0);
    expectClean(show);
    const table = await run(['history', ticket, '--format', 'table'], { db, now });
    expectClean(table);
    expect(table.stdout).toContain(`audit ${SHOWN}`);
    const json = JSON.parse((await run(['history', ticket, '--format', 'json'], { db, now })).stdout) as { details: { reason?: string } }[];
    expect(json.map((e) => e.details.reason)).toContain(`audit ${EVIL}`);
  });

  it('import: CSV headers and cells echoed in errors', async () => {
    const { db } = await setup();
    const dir = tempDir();
    const header = path.join(dir, 'header.csv');
    fs.writeFileSync(header, `title,description,channel,note${EVIL}\nJalan rusak,Lubang besar di jalan poros,surat,x\n`);
    const unknown = await run(['import', header], { db, now });
    expect(unknown.code).not.toBe(0);
    expectClean(unknown);
    expect(unknown.stderr).toContain(`note${SHOWN}`);
    const cell = path.join(dir, 'cell.csv');
    fs.writeFileSync(cell, `title,description,channel\nJalan rusak,Lubang besar di jalan poros,"pos${EVIL}"\n`);
    const bad = await run(['import', cell], { db, now });
    expect(bad.code).toBe(4);
    expectClean(bad);
    expect(bad.stderr).toContain(`pos${SHOWN}`);
  });

  it('values stored by other means (a unit name written straight into the database) in tables and records', async () => {
    const { db, ticket } = await setup();
    const handle = new Database(db);
    handle.prepare("INSERT INTO units (code, name, active, created_at, updated_at) VALUES ('EVIL', ?, 1, ?, ?)").run(`Dinas ${EVIL}`, now, now);
    handle.prepare('UPDATE reports SET national_status = ? WHERE ticket = ?').run(`Selesai${EVIL}`, ticket);
    handle.close();
    const units = await run(['unit', 'list', '--format', 'table'], { db, now });
    expectClean(units);
    expect(units.stdout).toContain(`Dinas ${SHOWN}`);
    const show = await run(['show', ticket, '--format', 'table'], { db, now });
    expectClean(show);
    expect(show.stdout).toContain(`Selesai${SHOWN}`);
    expect(JSON.parse((await run(['show', ticket, '--format', 'json'], { db, now })).stdout)).toMatchObject({ national_status: `Selesai${EVIL}` });
    // CSV keeps the exact value too (quoted as CSV needs, nothing escaped).
    expect((await run(['unit', 'list', '--format', 'csv'], { db, now })).stdout).toContain(`Dinas ${EVIL}`);
  });
});

describe('text fields: bidirectional controls refused, zero-width characters dropped', () => {
  it('refuses a right-to-left override naming the field, in both languages', async () => {
    const { db } = await setup();
    for (const [lang, text] of [
      ['en', 'title: a text-direction control character U+202E at position 6'],
      ['id', 'judul: ada karakter pengatur arah teks U+202E di posisi 6'],
    ]) {
      const r = await run(['add', '--lang', lang!, '--channel', 'surat', '--title', 'Jalan\u202Ekasur', '--description', 'Lubang besar di jalan poros'], {
        db,
        now,
      });
      expect(r.code).toBe(4);
      expect(r.stderr).toContain(text);
    }
  });

  it('a title typed with a zero-width space is stored without it and found by --search', async () => {
    const { db } = await setup();
    const add = await run(['add', '--channel', 'surat', '--title', 'Ja\u200Blan rusak', '--description', 'Lubang\u2060 besar di jalan'], { db, now });
    expect(add.code, add.stderr).toBe(0);
    const ticket = add.stdout.trim();
    const found = JSON.parse((await run(['list', '--search', 'jalan', '--format', 'json'], { db, now })).stdout) as { ticket: string; title: string }[];
    expect(found.find((r) => r.ticket === ticket)?.title).toBe('Jalan rusak');
    // A query pasted with one finds it as well.
    const pasted = JSON.parse((await run(['list', '--search', 'ja\u200Blan rus', '--format', 'json'], { db, now })).stdout) as { ticket: string }[];
    expect(pasted.map((r) => r.ticket)).toContain(ticket);
  });

  it('migration 6 removes zero-width characters from titles stored before', async () => {
    const { db, ticket } = await setup();
    const handle = new Database(db);
    handle.prepare('UPDATE reports SET title = ?, description = ? WHERE ticket = ?').run('Ja\u200Blan\uFEFF berlubang', 'Lu\u200Dbang besar', ticket);
    handle.prepare('DELETE FROM schema_migrations WHERE version = 6').run();
    handle.close();
    const found = JSON.parse((await run(['list', '--search', 'jalan', '--format', 'json'], { db, now })).stdout) as { ticket: string; title: string }[];
    expect(found).toEqual([expect.objectContaining({ ticket, title: 'Jalan berlubang' })]);
    expect(JSON.parse((await run(['list', '--search', 'lubang', '--format', 'json'], { db, now })).stdout)).toHaveLength(1);
  });
});
