import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { run, tempDb, tempDir, query, repoRoot } from '../helpers/cli.js';
import { englishProgram } from '../../docs/generate.js';
import { buildProgram } from '../../src/cli.js';
import { createIO } from '../../src/io/io.js';
import { createContext } from '../../src/context.js';

/*
 * Issue 10: every file lapor writes under a name the user gives goes through one owner,
 * files/safe-file.ts (safeWrite/checkTarget + commands/file-guards.ts writeGuards). One table row
 * per command and flag that writes such a file; each row must show the same four behaviours:
 *  (a) a target that is a link to the database is refused and the database is byte for byte unchanged,
 *  (b) an existing target is refused without --force (exit 2, file unchanged), replaced with it;
 *      the rejects file of an import is the exception: it gets a numbered name instead,
 *  (c) the written file is owner-only (0600) and no temporary file is left behind,
 *  (d) a target in a missing folder is a clear exit 2.
 * The last block makes sure the table is complete: every flag or argument of the command tree
 * that names a file is either here or listed as an input, and no source file outside src/files
 * writes a file by hand (fs.writeFileSync and friends).
 */

const now = '2027-01-15T01:00:00Z';
let db = '';
let ticket = '';
let imports = 0;

async function ok(args: string[]) {
  const r = await run(args, { db, now });
  if (r.code !== 0) throw new Error(`${args.join(' ')} -> ${r.code}\n${r.stderr}`);
  return r;
}

beforeAll(async () => {
  db = tempDb();
  await ok(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti']);
  await ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
  await ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
  const add = ['add', '--channel', 'surat', '--title', 'Jalan rusak di Sepaku', '--description', 'Lubang besar di jalan poros sejak Oktober'];
  ticket = (await ok([...add, '--unit', 'DPUPR', '--received-at', '2026-12-01 09:00'])).stdout.trim();
  await ok(['verify', ticket, '--at', '2026-12-01 10:00']);
  // Assigned mid-December and never followed up: late now, so Andi gets a reminder letter.
  await ok(['assign', ticket, 'Andi Pratama', '--at', '2026-12-01 11:00']);
});

/** A fresh CSV to import (one good row, one bad one, so there are rejects), outside the output folder. */
function importInput(): string {
  imports += 1;
  const file = path.join(tempDir(), 'loket.csv');
  const rows = [
    'ref,title,description,channel,phone',
    `R-${imports},Lampu jalan mati ${imports},Lampu jalan mati dua minggu di RT 05,telepon,`,
    `R-${imports}b,Sampah menumpuk,Sampah di pasar tidak diangkut,whatsapp,12`,
  ];
  fs.writeFileSync(file, rows.join('\n'));
  return file;
}

interface Row {
  name: string;
  /** The command line writing to `out`. */
  argv: (out: string) => string[];
  /** The name to pass (`arg`) and the file that is written there (a letter inside a folder). */
  target?: (dir: string) => { arg: string; file: string };
  /** How an existing file is treated: refused without --force, or kept and a numbered name used. */
  existing: 'force' | 'number';
}

const plain = (name: string) => (dir: string) => ({ arg: path.join(dir, name), file: path.join(dir, name) });

const rows: Row[] = [
  { name: 'export --out (csv)', argv: (o) => ['export', '--out', o], target: plain('laporan.csv'), existing: 'force' },
  {
    name: 'export --format lapor --out',
    argv: (o) => ['export', '--format', 'lapor', '--out', o],
    target: plain('form.csv'),
    existing: 'force',
  },
  { name: 'import --rejects', argv: (o) => ['import', importInput(), '--skip-invalid', '--rejects', o], target: plain('tolak.csv'), existing: 'number' },
  { name: 'db backup FILE', argv: (o) => ['db', 'backup', o], target: plain('cadangan.db'), existing: 'force' },
  { name: 'receipt --out', argv: (o) => ['receipt', ticket, '--out', o], target: plain('tanda-terima.txt'), existing: 'force' },
  {
    name: 'recap --format html --out',
    argv: (o) => ['recap', '--month', '2026-12', '--format', 'html', '--out', o],
    target: plain('rekap.html'),
    existing: 'force',
  },
  {
    name: 'recap --format xlsx --out',
    argv: (o) => ['recap', '--month', '2026-12', '--format', 'xlsx', '--out', o],
    target: plain('rekap.xlsx'),
    existing: 'force',
  },
  { name: 'recap --evidence --out', argv: (o) => ['recap', '--evidence', '--year', '2026', '--out', o], target: plain('bukti.zip'), existing: 'force' },
  {
    name: 'recap --letters --out DIR',
    argv: (o) => ['recap', '--letters', '--out', o],
    target: (dir) => ({ arg: path.join(dir, 'surat'), file: path.join(dir, 'surat', '01-andi-pratama.txt') }),
    existing: 'force',
  },
];

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const forceArgv = (row: Row, out: string) => [...row.argv(out), '--force'];
const temps = (dir: string) => fs.readdirSync(dir).filter((n) => n.startsWith('.lapor-tmp-'));

describe.each(rows)('$name', (row) => {
  const where = () => row.target!(tempDir('lapor-out-'));

  it('(a) a target that links to the database is refused; the database is unchanged', async () => {
    const { arg, file } = where();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // A copy of the fixture (all connections closed, so one file): a row that fails here cannot
    // spoil the database the other rows use.
    const own = path.join(tempDir(), 'lapor.db');
    fs.copyFileSync(db, own);
    fs.symlinkSync(own, file);
    const before = sha(own);
    const r = await run(row.argv(arg), { db: own, now });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('Refusing to write');
    expect(sha(own)).toBe(before);
    expect(fs.readlinkSync(file)).toBe(own);
    expect(temps(path.dirname(file))).toEqual([]);
    expect(query(own, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    if (arg !== file) {
      // The folder of letters itself named as a link to the database.
      const link = path.join(tempDir(), 'surat');
      fs.symlinkSync(own, link);
      const direct = await run(row.argv(link), { db: own, now });
      expect(direct.code, direct.stderr).toBe(2);
      expect(sha(own)).toBe(before);
    }
  });

  const existing =
    row.existing === 'number'
      ? 'an existing target is kept; the new file gets a numbered name'
      : '(b) an existing target is refused without --force, replaced with it';
  it(existing, async () => {
    const { arg, file } = where();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'earlier work\n', { mode: 0o644 });
    const r = await run(row.argv(arg), { db, now });
    if (row.existing === 'number') {
      expect(r.code, r.stderr).toBe(0);
      expect(fs.readFileSync(file, 'utf8')).toBe('earlier work\n');
      const ext = path.extname(file);
      const numbered = `${file.slice(0, -ext.length)}-2${ext}`;
      expect(fs.statSync(numbered).mode & 0o777).toBe(0o600);
      return;
    }
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(fs.readFileSync(file, 'utf8')).toBe('earlier work\n');
    const forced = await run(forceArgv(row, arg), { db, now });
    expect(forced.code, forced.stderr).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).not.toBe('earlier work\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('(c) the written file is owner-only (0600) and no temporary file is left', async () => {
    const { arg, file } = where();
    const r = await run(row.argv(arg), { db, now });
    expect(r.code, r.stderr).toBe(0);
    expect(fs.lstatSync(file).isFile()).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(temps(path.dirname(file))).toEqual([]);
  });

  it('(d) a target in a missing folder is a clear exit 2; nothing is created', async () => {
    const dir = tempDir('lapor-out-');
    const { arg } = row.target!(path.join(dir, 'missing'));
    const r = await run(row.argv(arg), { db, now });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/folder .*missing does not exist/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('(e) a target inside the attachment store is refused', async () => {
    const store = path.join(path.dirname(db), 'attachments');
    fs.mkdirSync(store, { recursive: true, mode: 0o700 });
    const { arg } = row.target!(store);
    const r = await run(row.argv(arg), { db, now });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('attachment store');
  });
});

/** Every option or argument of the tree that names a file or folder, as `command path flag`. */
function fileNames(command: Command, prefix: string[] = []): string[] {
  const here = [...prefix, command.name()].slice(1).join(' ');
  const options = command.options.filter((o) => /<(file|dir|folder|path)[.>]/.test(o.flags)).map((o) => `${here} ${o.long}`.trim());
  const args = command.registeredArguments.filter((a) => /file|dir|folder|path/i.test(a.name())).map((a) => `${here} <${a.name()}>`);
  return [...options, ...args, ...command.commands.flatMap((c) => fileNames(c, [...prefix, command.name()]))];
}

describe('the table is complete', () => {
  it('every file name a command takes is a written output of the table above or a reviewed input', async () => {
    const program = await englishProgram({ buildProgram, createIO, createContext });
    // Files lapor only reads (safe-read.ts), and the database it opens.
    const inputs = [
      '--db',
      'add --json',
      'attach <file>',
      'followup --attach',
      'holiday import <file>',
      'import <file>',
      'assign --from',
      'close --from',
      'reject --from',
      'verify --from',
    ];
    // The written ones: each has a row above (recap's --out covers html, xlsx, --evidence and --letters).
    const written = ['db backup <file>', 'export --out', 'import --rejects', 'receipt --out', 'recap --out'];
    expect(fileNames(program).sort()).toEqual([...inputs, ...written].sort());
    for (const w of written) {
      const [verb, flag] = [w.replace(/ (--\S+|<\S+>)$/, ''), w.match(/--\S+$/)?.[0] ?? ''];
      expect(
        rows.some((r) => r.name.startsWith(verb) && r.name.includes(flag)),
        w,
      ).toBe(true);
    }
  });

  it('no source file outside src/files writes a file by hand (only the reviewed exceptions)', () => {
    // Reviewed, one line each: the database file is created owner-only before SQLite opens it; the
    // sync credentials are written in the user's config folder (a name lapor chooses, not the
    // user).
    const reviewed = [
      ['store/database.ts', 'fs.openSync(file, fs.constants.O_CREAT'],
      ['sync/credentials.ts', 'fs.openSync(temp, fs.constants.O_CREAT'],
    ];
    const src = path.join(repoRoot, 'src');
    const files = fs.readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.startsWith(`files${path.sep}`));
    const writing =
      /\b(writeFileSync|appendFileSync|createWriteStream|copyFileSync|writeFile|appendFile|copyFile|cpSync)\s*\(|openSync\([^)]*(O_WRONLY|O_RDWR|O_CREAT|'[wa]|'r\+)/;
    const offenders = files.flatMap((f) =>
      fs
        .readFileSync(path.join(src, f), 'utf8')
        .split('\n')
        .filter((line) => writing.test(line) && !reviewed.some(([file, text]) => f === file && line.includes(text!)))
        .map((line) => `${f}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
