import { describe, expect, it } from 'vitest';
import { run, tempDb, query } from '../helpers/cli.js';

const now = '2026-11-27T02:00:00Z';

async function setup(): Promise<{ db: string; ticket: string }> {
  const db = tempDb();
  await run(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'], { db, now });
  const add = await run(['add', '--channel', 'surat', '--title', 'Jalan berlubang', '--description', 'Lubang besar di jalan poros'], { db, now });
  expect(add.code, add.stderr).toBe(0);
  return { db, ticket: add.stdout.trim() };
}

const status = (db: string, ticket: string) => query<{ status: string }>(db, 'SELECT status FROM reports WHERE ticket = ?', ticket)[0]!.status;

describe('one --format option set', () => {
  it('a lifecycle verb refuses a read format (exit 2, naming text and json, in the user language) and changes nothing', async () => {
    const { db, ticket } = await setup();
    const csv = await run(['verify', ticket, '--format', 'csv'], { db, now });
    expect(csv.code).toBe(2);
    expect(csv.stdout).toBe('');
    expect(csv.stderr).toContain("Unknown --format 'csv'. Use one of: text, json.");
    const id = await run(['verify', ticket, '--format', 'table', '--lang', 'id'], { db, now });
    expect(id.code).toBe(2);
    expect(id.stderr).toContain("--format 'table' tidak dikenal. Gunakan salah satu: text, json.");
    expect(status(db, ticket)).toBe('recorded');
  });

  it('a lifecycle verb: --format text says the change on stderr, --format json prints it on stdout', async () => {
    const { db, ticket } = await setup();
    const text = await run(['verify', ticket, '--format', 'text'], { db, now });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain(ticket);
    const json = await run(['reject', ticket, '--reason', 'irrelevant', '--format', 'json'], { db, now });
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ticket, from: 'verified', to: 'rejected' });
  });

  it('read commands take table, json and csv; anything else is exit 2 before anything runs', async () => {
    const { db } = await setup();
    for (const args of [['list'], ['due'], ['unit', 'list'], ['sync', 'status'], ['config', 'list']]) {
      const bad = await run([...args, '--format', 'text'], { db, now });
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr, args.join(' ')).toContain('Use one of: table, json, csv.');
      for (const format of ['table', 'json', 'csv']) {
        const ok = await run([...args, '--format', format], { db, now });
        expect(ok.code, `${args.join(' ')} ${format}: ${ok.stderr}`).toBe(0);
        expect(ok.stdout.length + ok.stderr.length, `${args.join(' ')} ${format}`).toBeGreaterThan(0);
      }
    }
  });

  it('runs (sync push, import, close --auto) take text and json', async () => {
    const { db } = await setup();
    for (const args of [
      ['sync', 'push', '--dry-run'],
      ['import', '-'],
      ['close', '--auto'],
    ]) {
      const bad = await run([...args, '--format', 'csv'], { db, now, stdin: '' });
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr, args.join(' ')).toContain('Use one of: text, json.');
    }
    const auto = await run(['close', '--auto', '--format', 'json'], { db, now });
    expect(JSON.parse(auto.stdout)).toEqual({ closed: [], dry_run: false });
  });
});
