import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { run, tempDb, tempDir } from '../helpers/cli.js';

/*
 * Exit codes of bad values, command by command (README "Output and exit codes"): a flag that steers
 * a command (format, filter, period, count, mode, selector) with a bad value is exit 2, before
 * anything is opened over the network or changed; the data to store (report fields, settings,
 * --at of an event) that does not validate is exit 4. Never 0, 1 or another code.
 */

const now = '2026-12-03T02:00:00Z';
let db: string;
let folder: string;

beforeAll(async () => {
  db = tempDb();
  folder = tempDir();
  const init = ['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'];
  expect((await run(init, { db, now })).code).toBe(0);
  const add = ['add', '--channel', 'surat', '--title', 'Jalan berlubang', '--description', 'Lubang besar di jalan poros', '--anonymous'];
  expect((await run(add, { db, now })).code).toBe(0);
});

const badFlags: string[][] = [
  ['list', '--limit', 'abc'],
  ['list', '--limit', '0'],
  ['list', '--limit', '1.5'],
  ['list', '--limit', '99999999999999999999'],
  ['list', '--offset', '-1'],
  ['list', '--status', 'bogus'],
  ['list', '--channel', 'bogus'],
  ['list', '--unit', 'NOPE'],
  ['list', '--since', 'notadate'],
  ['list', '--until', '2026-13-01'],
  ['list', '--due-within', 'x'],
  ['list', '--format', 'xml'],
  ['show', 'PPU-2026-000001', '--format', 'xml'],
  ['history', 'PPU-2026-000001', '--format', 'xml'],
  ['due', '--within', 'x'],
  ['due', '--within', '99999'],
  ['due', '--limit', ''],
  ['due', '--unit', 'NOPE'],
  ['due', '--officer', 'nobody'],
  ['recap', '--month', '2026-13'],
  ['recap', '--year', 'abc'],
  ['recap', '--from', '2026-02-01', '--to', '2026-01-01'],
  ['recap', '--month', '2026-11', '--year', '2026'],
  ['recap', '--by', 'bogus'],
  ['recap', '--format', 'xlsx'],
  ['recap', '--letters', '--month', '2026-13'],
  ['holiday', 'list', '--year', 'abc'],
  ['export', '--format', 'bogus'],
  ['export', '--status', 'bogus'],
  ['export', '--since', 'bad'],
  ['export', '--unit', 'NOPE'],
  ['export', '--header', 'xx'],
  ['export', '--incremental', 'bad name!'],
  ['export', 'marks', '--format', 'xml'],
  ['import', 'x.csv', '--delimiter', '::'],
  ['import', 'x.csv', '--encoding', 'bogus'],
  ['import', 'x.csv', '--map', 'bad'],
  ['import', 'x.csv', '--on-duplicate', 'x'],
  ['import', 'x.csv', '--format', 'xml'],
  // Without a national URL: the flag is judged first (it used to be exit 5, "no URL").
  ['sync', 'push', '--concurrency', '0'],
  ['sync', 'pull', '--concurrency', 'abc'],
  ['sync', '--concurrency', ''],
  ['sync', 'masters', '--show', 'bogus'],
  ['sync', 'status', '--format', 'xml'],
  ['sync', 'doctor', '--format', 'xml'],
  ['verify', 'PPU-2026-000001', '--format', 'xml'],
  ['close', '--auto', '--format', 'xml'],
  ['reject', 'PPU-2026-000001', '--reason', 'bogus'],
  ['edit', 'PPU-2026-000001', '--clear', 'bogus'],
  ['officer', 'list', '--unit', 'NOPE'],
  ['config', 'get', 'bogus'],
  ['config', 'set', 'bogus', '1'],
  ['completion', 'tcsh'],
  ['--lang', 'xx', 'list'],
  ['list', '--no-such-flag'],
];

const invalidData: string[][] = [
  ['add', '--channel', 'bogus', '--title', 'x', '--description', 'y', '--reporter-name', 'z', '--no-input'],
  ['edit', 'PPU-2026-000001', '--received-at', 'bad'],
  ['verify', 'PPU-2026-000001', '--at', 'notadate'],
  ['config', 'set', 'sla.verify_days', 'abc'],
  ['config', 'set', 'timezone', 'Mars/Base'],
  ['holiday', 'add', 'notadate', '--name', 'x'],
];

describe('exit codes of bad values', () => {
  it.each(badFlags.map((argv) => [argv.join(' '), argv]))('%s: exit 2 with a message, no data', async (_name, argv) => {
    const r = await run(argv as string[], { db, now, env: { LAPOR_API_KEY: 'k', LAPOR_API_TOKEN: 't' } });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim()).not.toBe('');
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/internal error|at .*\.ts:\d+/i);
  });

  it.each(invalidData.map((argv) => [argv.join(' '), argv]))('%s: exit 4, nothing stored', async (_name, argv) => {
    const r = await run(argv as string[], { db, now });
    expect(r.code, r.stderr).toBe(4);
    expect(r.stdout).toBe('');
  });

  it.each([
    [['list', '--limit'], 'lapor list'],
    [['ls', '--bogus'], 'lapor list'],
    [['sync', 'push', '--bogus'], 'lapor sync push'],
    [['--as', 'siti', 'unit', 'add'], 'lapor unit add'],
    [['--bogus'], 'lapor'],
    [['lsit'], 'lapor'],
  ])('a usage error of %j points to the help of %s', async (argv, command) => {
    const r = await run(argv as string[], { db, now });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Run '${command} --help' for usage.`);
    const id = await run(['--lang', 'id', ...(argv as string[])], { db, now });
    expect(id.stderr).toContain(`Jalankan '${command} --help' untuk petunjuk.`);
  });

  it('a file flag pointing nowhere is refused before reading (exit 2)', async () => {
    const r = await run(['import', path.join(folder, 'missing.csv')], { db, now });
    expect(r.code).toBe(2);
  });
});
