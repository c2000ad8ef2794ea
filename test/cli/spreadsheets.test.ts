import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { run, tempDb, tempDir, query } from '../helpers/cli.js';
import { openWorkbook } from '../../src/transfer/xlsx-read.js';
import { fileSource } from '../../src/transfer/xlsx-zip.js';
import { XlsxWriter, type XlsxColumn } from '../../src/transfer/xlsx-write.js';

const now = '2026-11-27T02:00:00Z';

async function setup(): Promise<string> {
  const db = tempDb();
  const init = await run(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'], { db, now });
  expect(init.code).toBe(0);
  return db;
}

async function add(db: string, args: string[]): Promise<void> {
  const r = await run(['add', '--allow-duplicate', ...args], { db, now });
  if (r.code !== 0) throw new Error(r.stderr);
}

/** Identifiers Excel would turn into numbers, text that looks like a formula, a line break, a date. */
async function seed(db: string): Promise<void> {
  await add(db, [
    '--channel',
    'surat',
    '--title',
    '=Jalan berlubang',
    '--description',
    'Lubang "besar"; di jalan\nporos & <gang>',
    '--nik',
    '6409014502900003',
    '--phone',
    '081234567890',
    '--reporter-name',
    'Budi',
    '--region',
    '64.09.04',
    '--received-at',
    '2026-11-20 09:15',
    '--incident-date',
    '2026-11-10',
  ]);
  await add(db, [
    '--channel',
    'telepon',
    '--title',
    'Lampu mati',
    '--description',
    'Lampu jalan mati dua minggu',
    '--phone',
    '+62 812 1111 2222',
    '--ref',
    '001234',
  ]);
}

function readSheet(file: string): string[][] {
  const fd = fs.openSync(file, 'r');
  try {
    return [...openWorkbook(fileSource(fd)).rows(undefined)].map((r) => r.cells);
  } finally {
    fs.closeSync(fd);
  }
}

const soffice = spawnSync('soffice', ['--version']).status === 0;
if (!soffice) process.stderr.write('spreadsheets.test.ts: soffice (LibreOffice) not found: the LibreOffice checks are skipped\n');

/** LibreOffice headless, with a profile of its own (another soffice running would otherwise take the job). */
function convert(file: string, to: string, infilter?: string): string {
  const dir = tempDir('lapor-lo-');
  const args = [
    `-env:UserInstallation=file://${dir}/profile`,
    '--headless',
    ...(infilter ? [`--infilter=${infilter}`] : []),
    '--convert-to',
    to,
    '--outdir',
    dir,
    file,
  ];
  const r = spawnSync('soffice', args, { encoding: 'utf8', timeout: 240_000 });
  const out = path.join(dir, `${path.basename(file).replace(/\.[^.]+$/, '')}.${to.split(':')[0]}`);
  if (!fs.existsSync(out)) throw new Error(`soffice failed: ${r.stderr}`);
  return out;
}

describe('lapor export --format xlsx and lapor import FILE.xlsx', () => {
  it('writes typed cells that import back as the same reports (no new report on re-import)', async () => {
    const db = await setup();
    await seed(db);
    const out = path.join(tempDir(), 'laporan.xlsx');
    const r = await run(['export', '--include-pii', '--reason', 'uji', '--header', 'id', '--out', out], { db, now });
    expect(r.code, r.stderr).toBe(0);
    const [header, first, second] = readSheet(out);
    const cell = (row: string[] | undefined, name: string) => row![header!.indexOf(name)];
    expect(cell(first, 'tiket')).toBe('PPU-2026-000001');
    expect(cell(first, 'judul')).toBe('=Jalan berlubang');
    expect(cell(first, 'nik')).toBe('6409014502900003');
    expect(cell(first, 'no_hp')).toBe('+6281234567890');
    expect(cell(first, 'kode_wilayah')).toBe('64.09.04');
    // Instants as date-times in the agency's zone (WITA), dates as dates.
    expect(cell(first, 'tanggal_diterima')).toBe('2026-11-20 09:15:00');
    expect(cell(first, 'tanggal_kejadian')).toBe('2026-11-10');
    expect(cell(first, 'anonim')).toBe('false');
    expect(cell(second, 'no_referensi')).toBe('001234');

    const again = await run(['import', out, '--format', 'json'], { db, now });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ rows: 2, stored: 0, duplicates: 2 });

    const other = await setup();
    const loaded = await run(['import', out], { db: other, now });
    expect(loaded.code, loaded.stderr).toBe(0);
    const columns = 'title, description, reporter_nik, reporter_phone, region_code, received_at, incident_date, ref';
    expect(query(other, `SELECT ${columns} FROM reports ORDER BY id`)).toEqual(query(db, `SELECT ${columns} FROM reports ORDER BY id`));
  });

  // built: the compiled CLI, which reads the sheet on its worker thread (from sources it is read inline).
  it.each([false, true])(
    'names cells as Sheet!C12 in problems, across empty rows and line breaks in cells; --sheet picks a sheet (built: %s)',
    async (built) => {
      const db = await setup();
      const file = path.join(tempDir(), 'loket.xlsx');
      const columns: XlsxColumn[] = ['judul', 'isi', 'saluran', 'nik'].map((header) => ({ header, kind: 'text', width: 10 }));
      const chunks: Uint8Array[] = [];
      const writer = new XlsxWriter(columns, 'Pengaduan', (c) => chunks.push(c));
      writer.row(['Jalan rusak', 'Lubang besar\r\ndi jalan\nporos', 'surat', '']);
      writer.row([null, null, null, null]);
      writer.row(['Lampu mati', 'Lampu jalan mati dua minggu', 'telepon', '12']);
      writer.finish();
      fs.writeFileSync(file, Buffer.concat(chunks));
      const r = await run(['import', file, '--format', 'json'], { db, now, built });
      expect(r.code).toBe(4);
      const errors = JSON.parse(r.stdout).errors as { line: number; cell: string }[];
      expect(errors.map((e) => [e.line, e.cell])).toEqual([[4, 'Pengaduan!D4']]);
      const text = await run(['import', file, '--sheet', 'pengaduan'], { db, now, built });
      expect(text.stderr).toContain('Pengaduan!D4 ("nik"): nik: a NIK has 16 digits');
      const none = await run(['import', file, '--sheet', 'Lembar2'], { db, now, built });
      expect(none.code).toBe(4);
      expect(none.stderr).toContain('The workbook has no sheet "Lembar2". Its sheets: "Pengaduan".');
      const skipped = await run(['import', file, '--skip-invalid'], { db, now, built });
      expect(skipped.code).toBe(0);
      expect(query(db, 'SELECT description FROM reports')).toEqual([{ description: 'Lubang besar\ndi jalan\nporos' }]);
      const rejects = parse(fs.readFileSync(file.replace(/\.xlsx$/, '.rejects.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
      expect(rejects).toMatchObject([{ judul: 'Lampu mati', line: '4' }]);
    },
  );

  it('writes a workbook to a file or a pipe, never onto a terminal; --excel is for CSV', async () => {
    const db = await setup();
    const tty = await run(['export', '--format', 'xlsx'], { db, now, tty: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain('--out FILE.xlsx');
    const excel = await run(['export', '--format', 'json', '--excel'], { db, now });
    expect(excel.code).toBe(2);
    expect(excel.stderr).toContain('--excel applies to CSV only');
  });

  it('refuses a file that is not a workbook, saying how to save it', async () => {
    const db = await setup();
    const file = path.join(tempDir(), 'lama.xlsx');
    fs.writeFileSync(file, Buffer.from('\xd0\xcf\x11\xe0 not a zip', 'latin1'));
    const r = await run(['import', file], { db, now });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('not an .xlsx workbook');
  });
});

describe.skipIf(!soffice)('checked with LibreOffice (skipped when soffice is absent)', () => {
  it('LibreOffice reads our xlsx as our reader does, and its own xlsx (shared strings) imports', { timeout: 600_000 }, async () => {
    const db = await setup();
    await seed(db);
    const out = path.join(tempDir(), 'laporan.xlsx');
    expect((await run(['export', '--include-pii', '--reason', 'uji', '--out', out], { db, now })).code).toBe(0);
    const viaLibreOffice = parse(fs.readFileSync(convert(out, 'csv:Text - txt - csv (StarCalc):44,34,76,1'), 'utf8'), {
      relax_column_count: true,
    }) as string[][];
    const ours = readSheet(out);
    // Booleans are TRUE/FALSE there; every other cell the same text.
    const norm = (rows: string[][]) => rows.map((row) => row.map((c) => (/^(true|false)$/i.test(c) ? c.toLowerCase() : c)));
    const width = ours[0]!.length;
    expect(norm(viaLibreOffice.map((row) => row.slice(0, width)))).toEqual(norm(ours.map((row) => [...row, ...Array<string>(width - row.length).fill('')])));

    // LibreOffice's own xlsx writes shared strings and styles of its own: it imports too.
    const resaved = convert(out, 'xlsx');
    const other = await setup();
    const r = await run(['import', resaved, '--format', 'json'], { db: other, now });
    expect(r.code, r.stderr).toBe(0);
    const columns = 'title, description, reporter_nik, reporter_phone, region_code, received_at, ref';
    expect(query(other, `SELECT ${columns} FROM reports ORDER BY id`)).toEqual(query(db, `SELECT ${columns} FROM reports ORDER BY id`));
  });

  it('--excel CSV: BOM, ";" and identifiers LibreOffice keeps as text; it imports back as it is', { timeout: 600_000 }, async () => {
    const db = await setup();
    await seed(db);
    const out = path.join(tempDir(), 'laporan.csv');
    expect((await run(['export', '--include-pii', '--reason', 'uji', '--excel', '--out', out], { db, now })).code).toBe(0);
    const bytes = fs.readFileSync(out, 'utf8');
    expect(bytes.startsWith('\uFEFFticket;')).toBe(true);
    expect(bytes).toContain('"=""6409014502900003"""');
    expect(bytes).toContain(`"=""+6281234567890"""`);
    // Opened as Excel opens it in an Indonesian locale (';', UTF-8), then saved as a workbook.
    const sheet = readSheet(convert(out, 'xlsx', 'CSV:59,34,76,1'));
    const [header, first, second] = sheet;
    const cell = (row: string[] | undefined, name: string) => row![header!.indexOf(name)];
    expect([cell(first, 'nik'), cell(first, 'phone'), cell(first, 'region'), cell(second, 'ref')]).toEqual([
      '6409014502900003',
      '+6281234567890',
      '64.09.04',
      '001234',
    ]);
    expect(cell(first, 'title')).toBe("'=Jalan berlubang");

    const again = await run(['import', out, '--format', 'json'], { db, now });
    expect(JSON.parse(again.stdout)).toMatchObject({ rows: 2, stored: 0, duplicates: 2 });
    const other = await setup();
    expect((await run(['import', out], { db: other, now })).code).toBe(0);
    const columns = 'title, reporter_nik, reporter_phone, region_code, ref';
    expect(query(other, `SELECT ${columns} FROM reports ORDER BY id`)).toEqual(query(db, `SELECT ${columns} FROM reports ORDER BY id`));
  });
});
