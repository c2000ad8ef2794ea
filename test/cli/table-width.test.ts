import { beforeAll, describe, expect, it } from 'vitest';
import { run, tempDb } from '../helpers/cli.js';

/*
 * Tables fit the terminal: COLUMNS (or the terminal's own width) bounds every line of a table or
 * record; free text is cut with an ellipsis in lists and kept whole in show; history and sync
 * doctor are label/value blocks; piped output (no width) cuts nothing.
 */

const now = '2026-12-03T02:00:00Z';
const longTitle = 'Sampah menumpuk di depan pasar induk Penajam, bau menyengat dan mengganggu warga sekitar pasar';
let db: string;

async function ok(argv: string[]) {
  const r = await run(argv, { db, now });
  expect(r.code, r.stderr).toBe(0);
  return r;
}

beforeAll(async () => {
  db = tempDb();
  await ok(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti']);
  await ok(['unit', 'add', 'DPUPR', '--name', 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Penajam Paser Utara']);
  await ok(['officer', 'add', '--name', 'Andi Pratama Wijaya, S.T., M.Eng.', '--unit', 'DPUPR', '--nip', '199009132025242014', '--no-input']);
  await ok(['add', '--channel', 'suggestion-box', '--title', longTitle, '--description', 'Sampah tidak diangkut sejak tiga hari', '--anonymous']);
  const second = ['add', '--channel', 'walk-in', '--title', 'Jalan rusak di Sepaku dekat pasar, lubang besar berbahaya', '--unit', 'DPUPR'];
  await ok([...second, '--description', 'Lubang besar di jalan poros sejak Oktober, sudah ada dua kecelakaan', '--reporter-name', 'Budi Santoso']);
  await ok(['verify', 'PPU-2026-000002']);
  await ok(['assign', 'PPU-2026-000002', '1', '--note', 'Mohon segera ditindaklanjuti dengan survei lapangan dan perbaikan darurat']);
});

const screens: string[][] = [
  ['list'],
  ['show', 'PPU-2026-000002'],
  ['history', 'PPU-2026-000002'],
  ['due', '--within', '30'],
  ['sync', 'doctor'],
  ['sync', 'status'],
  ['officer', 'list'],
  ['unit', 'list'],
  ['config', 'list'],
  ['holiday', 'list', '--year', '2026'],
  ['recap', '--month', '2026-12', '--by', 'officer'],
];

const width = (line: string) => [...line.replace(/\u001b\[[0-9;]*m/g, '')].length;

describe('tables that fit', () => {
  for (const columns of [80, 120]) {
    it.each(screens.map((argv) => [argv.join(' '), argv]))(`%s: no line over ${columns} columns`, async (_name, argv) => {
      const r = await run([...(argv as string[]), '--format', 'table'], { db, now, env: { COLUMNS: String(columns) } });
      expect(r.code === 0 || argv[0] === 'sync', r.stderr).toBe(true);
      expect(r.stdout.trim()).not.toBe('');
      const long = r.stdout.split('\n').filter((line) => width(line) > columns);
      expect(long).toEqual([]);
    });
  }

  it('list: one line per row, no line between rows, the title cut with an ellipsis; show keeps it whole', async () => {
    const r = await run(['list', '--format', 'table'], { db, now, env: { COLUMNS: '80' } });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4); // header, rule, two reports
    expect(lines[1]).toMatch(/^─+( +─+)+$/);
    expect(r.stdout).toContain('…');
    expect(r.stdout).not.toContain(longTitle);
    expect(r.stderr).toContain('Left out at this width: Channel');
    const show = await run(['show', 'PPU-2026-000001', '--format', 'table'], { db, now, env: { COLUMNS: '80' } });
    expect(show.stdout.replace(/\n +/g, ' ')).toContain(longTitle);
  });

  it('due draws a table per officer but names the columns left out once', async () => {
    const r = await run(['due', '--within', '30', '--format', 'table'], { db, now, env: { COLUMNS: '60' } });
    expect(r.stdout.match(/: \d+ reports?, \d+ late/g), r.stdout).toHaveLength(2);
    expect(r.stderr.match(/Left out at this width/g)).toHaveLength(1);
  });

  it('a terminal gives its own width; piped output cuts nothing', async () => {
    const tty = await run(['list'], { db, now, tty: true, env: { NO_COLOR: '1' } });
    expect(Math.max(...tty.stdout.split('\n').map(width))).toBeLessThanOrEqual(100); // the test terminal's columns
    const piped = await run(['list', '--format', 'table'], { db, now });
    expect(piped.stdout).toContain(longTitle);
    expect(piped.stderr).not.toContain('Left out');
  });

  it('history and sync doctor are label/value blocks, wrapped under their label', async () => {
    const history = await run(['history', 'PPU-2026-000002', '--format', 'table'], { db, now, env: { COLUMNS: '80' } });
    expect(history.stdout).toMatch(/^When {5}2026-12-03 10:00 WITA$/m);
    expect(history.stdout).toMatch(/^Details {2}\S/m);
    expect(history.stdout).toMatch(/^ {9}\S/m); // a wrapped line under its value
    const doctor = await run(['sync', 'doctor', '--format', 'table'], { db, now, env: { COLUMNS: '80' } });
    expect(doctor.stdout).toMatch(/^Check {3}url$/m);
    expect(doctor.stdout).not.toContain('│');
  });

  it('Indonesian headers fit too', async () => {
    const r = await run(['list', '--format', 'table', '--lang', 'id'], { db, now, env: { COLUMNS: '80' } });
    expect(r.stdout).toContain('Tiket');
    expect(r.stdout.split('\n').filter((line) => width(line) > 80)).toEqual([]);
  });
});
