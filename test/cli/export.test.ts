import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, beforeAll } from 'vitest';
import { parse } from 'csv-parse/sync';
import { run, tempDb, tempDir, query } from '../helpers/cli.js';
import { exportColumns, restoreFormula, columnByHeader } from '../../src/transfer/columns.js';

const now = '2026-11-27T02:00:00Z';
let db: string;

async function add(args: string[], at = now): Promise<string> {
  const r = await run(['add', '--allow-duplicate', ...args], { db, now: at });
  if (r.code !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

/** Workflow columns are filled by the lifecycle commands; here they are set directly so this test does not depend on them. */
function sql(statement: string, ...params: unknown[]): void {
  const handle = new Database(db);
  try {
    handle.prepare(statement).run(...params);
  } finally {
    handle.close();
  }
}

function csv(text: string): Record<string, string>[] {
  return parse(text, { columns: true }) as Record<string, string>[];
}

beforeAll(async () => {
  db = tempDb();
  await run(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'], { db, now });
  await run(['unit', 'add', 'DPUPR', '--name', 'Dinas Pekerjaan Umum, Tata Ruang'], { db, now });
  await add(
    [
      '--channel',
      'surat',
      '--title',
      'Jalan berlubang di Sepaku',
      '--description',
      'Lubang "besar", di jalan poros\nsejak Oktober',
      '--unit',
      'dpupr',
      '--nik',
      '6409014502900003',
      '--phone',
      '081234567890',
      '--reporter-name',
      'Budi',
      '--address',
      'RT 3, Sepaku',
      '--email',
      'budi@example.id',
      '--region',
      '64.09.04',
      '--incident-date',
      '2026-11-10',
      '--location',
      'Jl. Poros km 5',
      '--category',
      'Infrastruktur',
      '--ref',
      'SRT-001',
    ],
    '2026-11-20T02:00:00Z',
  );
  await add(
    [
      '--channel',
      'walk-in',
      '--title',
      '=HYPERLINK("http://x") lampu',
      '--description',
      "'=already quoted and -5 more",
      '--confidential',
      '--reporter-name',
      'Rahasia Sekali',
      '--phone',
      '081300001111',
    ],
    '2026-11-25T02:00:00Z',
  );
  await add(
    [
      '--channel',
      'phone',
      '--title',
      'Pertanyaan jadwal vaksin',
      '--description',
      '+62 tanya jadwal imunisasi anak',
      '--classification',
      'informasi',
      '--anonymous',
    ],
    '2026-11-26T02:00:00Z',
  );
  sql(`INSERT INTO officers (unit_id, name, created_at, updated_at) VALUES (1, 'Andi Pratama', ?, ?)`, now, now);
  sql(`UPDATE reports SET status = 'followed_up', officer_id = 1, assigned_at = '2026-11-21T01:00:00.000Z', last_followup_at = '2026-11-24T03:00:00.000Z',
       national_id = 'NAT-77', tracking_id = '1234567', national_status = 'Dalam Proses' WHERE id = 1`);
  sql(
    `INSERT INTO report_events (report_id, kind, at, recorded_at, actor, note) VALUES (1, 'followup', '2026-11-23T03:00:00.000Z', ?, 'Siti', 'Sudah disurvei')`,
    now,
  );
  sql(
    `INSERT INTO report_events (report_id, kind, at, recorded_at, actor, note) VALUES (1, 'followup', '2026-11-24T03:00:00.000Z', ?, 'Siti', 'Ditambal, selesai')`,
    now,
  );
  sql(`UPDATE reports SET status = 'rejected', status_reason = 'duplicate', closed_at = '2026-11-26T01:00:00.000Z' WHERE id = 3`);
});

describe('lapor export', () => {
  it('writes CSV to stdout with the documented header and no identity columns', async () => {
    const r = await run(['export'], { db, now });
    expect(r.code).toBe(0);
    const header = r.stdout.split('\r\n')[0]!.split(',');
    expect(header).toEqual(exportColumns.filter((c) => !c.pii).map((c) => c.key));
    const rows = csv(r.stdout);
    expect(rows.map((x) => x.ticket)).toEqual(['PPU-2026-000001', 'PPU-2026-000002', 'PPU-2026-000003']);
    expect(rows[0]).toMatchObject({
      status: 'followed_up',
      channel: 'letter',
      unit: 'DPUPR',
      unit_name: 'Dinas Pekerjaan Umum, Tata Ruang',
      officer: 'Andi Pratama',
      national_id: 'NAT-77',
      tracking_id: '1234567',
      national_status: 'Dalam Proses',
      last_followup: 'Ditambal, selesai',
      last_followup_at: '2026-11-24T03:00:00.000Z',
      received_at: '2026-11-20T02:00:00.000Z',
      incident_date: '2026-11-10',
      region: '64.09.04',
      anonymous: 'false',
      confidential: 'false',
      description: 'Lubang "besar", di jalan poros\nsejak Oktober',
    });
    expect(rows[0]!.verify_by).toMatch(/^2026-11-\d\d$/);
    expect(rows[2]).toMatchObject({ status: 'rejected', status_reason: 'duplicate', anonymous: 'true' });
    for (const secret of ['Budi', '6409014502900003', '+6281234567890', 'Rahasia', 'budi@example.id', 'RT 3']) expect(r.stdout).not.toContain(secret);
  });

  it('neutralises formulas in free text, reversibly', async () => {
    const rows = csv((await run(['export'], { db, now })).stdout);
    expect(rows[1]!.title).toBe(`'=HYPERLINK("http://x") lampu`);
    expect(rows[1]!.description).toBe("''=already quoted and -5 more");
    expect(rows[2]!.description).toBe("'+62 tanya jadwal imunisasi anak");
    expect(restoreFormula(rows[1]!.description!)).toBe("'=already quoted and -5 more");
  });

  it('names columns in Indonesian with --header id', async () => {
    const r = await run(['export', '--header', 'id'], { db, now });
    const header = r.stdout.split('\r\n')[0]!;
    expect(header.startsWith('tiket,id_nasional,id_pelacakan,status,status_nasional,klasifikasi,saluran,judul,uraian,kategori,tanggal_diterima')).toBe(true);
    expect(header.split(',').map((h) => columnByHeader(h)?.key)).toEqual(exportColumns.filter((c) => !c.pii).map((c) => c.key));
  });

  it('identity only with --include-pii, confidential only with --include-confidential, each audited without the data', async () => {
    const pii = await run(['export', '--include-pii', '--reason', 'Inspektorat', '--status', 'followed_up,recorded'], { db, now });
    expect(pii.code).toBe(0);
    const rows = csv(pii.stdout);
    expect(rows[0]).toMatchObject({
      reporter_name: 'Budi',
      nik: '6409014502900003',
      phone: '+6281234567890',
      email: 'budi@example.id',
      address: 'RT 3, Sepaku',
    });
    expect(rows[1]).toMatchObject({ confidential: 'true', reporter_name: '', phone: '' });
    expect(pii.stdout).not.toContain('Rahasia');

    const noReason = await run(['export', '--include-pii', '--include-confidential'], { db, now });
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('--reason');
    const all = csv((await run(['export', '--include-pii', '--include-confidential', '--reason', 'Ombudsman'], { db, now })).stdout);
    expect(all[1]).toMatchObject({ reporter_name: 'Rahasia Sekali', phone: '+6281300001111' });
    expect(all[2]).toMatchObject({ anonymous: 'true', reporter_name: '', nik: '', phone: '' });

    const audit = query<{ action: string; actor: string; details: string }>(
      db,
      "SELECT action, actor, details FROM audit_log WHERE action = 'report.export' ORDER BY id",
    );
    expect(audit).toHaveLength(2);
    const first = JSON.parse(audit[0]!.details) as Record<string, unknown>;
    expect(first).toMatchObject({
      format: 'csv',
      count: 2,
      include_confidential: false,
      destination: 'stdout',
      reason: 'Inspektorat',
      filters: { status: ['followed_up', 'recorded'] },
    });
    expect(first.columns).toContain('nik');
    expect(JSON.parse(audit[1]!.details)).toMatchObject({ count: 3, include_confidential: true });
    for (const a of audit) for (const secret of ['Budi', '6409014502900003', 'Rahasia', '0812']) expect(a.details).not.toContain(secret);
    // An export without identity is not a reveal.
    await run(['export'], { db, now });
    expect(query(db, "SELECT count(*) AS n FROM audit_log WHERE action = 'report.export'")).toEqual([{ n: 2 }]);
  });

  it('round-trips: what lapor add reads from our export is what was stored', async () => {
    const rows = csv((await run(['export', '--include-pii', '--include-confidential', '--reason', 'pindah server'], { db, now })).stdout);
    const copy = tempDb();
    await run(['init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar'], { db: copy, now });
    await run(['unit', 'add', 'DPUPR', '--name', 'Dinas'], { db: copy, now });
    for (const row of rows) {
      const fields: Record<string, string> = {};
      for (const [header, value] of Object.entries(row)) {
        const column = columnByHeader(header)!;
        if (column.field && value !== '') fields[column.field] = column.freeText ? restoreFormula(value) : value;
      }
      const r = await run(['add', '--json', '-', '--allow-duplicate'], { db: copy, now, stdin: JSON.stringify(fields) });
      expect(r.code, r.stderr).toBe(0);
    }
    const cols = `classification, channel, title, description, category, received_at, received_date, incident_date, location, region_code, ref,
      anonymous, confidential, reporter_name, reporter_nik, reporter_phone, reporter_email, reporter_address, (SELECT code FROM units WHERE id = unit_id) AS unit`;
    expect(query(copy, `SELECT ${cols} FROM reports ORDER BY id`)).toEqual(query(db, `SELECT ${cols} FROM reports ORDER BY id`));
  });

  it('writes --out files 0600 through a temporary file, the format following the extension', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'reports.json');
    const r = await run(['export', '--out', out], { db, now });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['reports.json']);
    const rows = JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown>[];
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatchObject({ title: '=HYPERLINK("http://x") lampu', confidential: true, anonymous: false, officer: null });
    expect(Object.keys(rows[0]!)).toEqual(exportColumns.filter((c) => !c.pii).map((c) => c.key));

    const nd = path.join(dir, 'reports.ndjson');
    await run(['export', '--out', nd, '--header', 'id'], { db, now });
    const lines = fs
      .readFileSync(nd, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.tiket)).toEqual(['PPU-2026-000001', 'PPU-2026-000002', 'PPU-2026-000003']);
  });

  it('filters as lapor list does', async () => {
    const tickets = async (...args: string[]) => csv((await run(['export', ...args], { db, now })).stdout).map((x) => x.ticket);
    expect(await tickets('--unit', 'DPUPR')).toEqual(['PPU-2026-000001']);
    expect(await tickets('--channel', 'telepon,tatap-muka')).toEqual(['PPU-2026-000002', 'PPU-2026-000003']);
    expect(await tickets('--since', '25/11/2026', '--search', 'vaksin')).toEqual(['PPU-2026-000003']);
    const empty = await run(['export', '--status', 'done'], { db, now });
    expect(empty.stdout.split('\r\n')).toHaveLength(2);
  });

  it('Open311 GeoReport v2 requests, never with identity', async () => {
    const r = await run(['export', '--format', 'open311'], { db, now });
    expect(r.code).toBe(0);
    const requests = JSON.parse(r.stdout) as Record<string, string | null>[];
    expect(requests[0]).toEqual({
      service_request_id: 'PPU-2026-000001',
      status: 'open',
      status_notes: 'followed_up',
      service_name: 'Infrastruktur',
      service_code: 'Infrastruktur',
      description: 'Jalan berlubang di Sepaku',
      agency_responsible: 'Dinas Pekerjaan Umum, Tata Ruang',
      requested_datetime: '2026-11-20T10:00:00+08:00',
      updated_datetime: expect.stringMatching(/^2026-11-\d\dT\d\d:\d\d:\d\d\+08:00$/),
      expected_datetime: expect.stringMatching(/^20\d\d-\d\d-\d\dT23:59:59\+08:00$/),
      address: 'Jl. Poros km 5',
    });
    expect(requests[2]).toMatchObject({ status: 'closed', status_notes: 'rejected: duplicate', expected_datetime: null });
    expect(r.stdout).not.toContain('Budi');
  });

  it('refuses flag combinations that make no sense, before writing anything (exit 2)', async () => {
    const dir = tempDir();
    for (const args of [
      ['--include-confidential'],
      ['--reason', 'x'],
      ['--incremental', 'nightly'],
      ['--incremental', '../etc', '--out', path.join(dir, 'x.csv')],
      ['--full'],
      ['--format', 'open311', '--include-pii'],
      ['--format', 'open311', '--header', 'id'],
      ['--format', 'lapor-xml'],
      ['--header', 'fr'],
      ['--status', 'lost'],
      ['--out', path.join(dir, 'missing', 'x.csv')],
      ['--out', db],
    ]) {
      const r = await run(['export', ...args], { db, now });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr.length).toBeGreaterThan(0);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(query(db, 'SELECT count(*) AS n FROM reports')).toEqual([{ n: 3 }]);
  });

  it('shows the columns and examples in --help', async () => {
    const r = await run(['export', '--help'], { db, now });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--incremental <name>');
    expect(r.stdout).toContain('[reporter_name]');
    expect(r.stdout).toContain('lapor export --incremental nightly');
  });
});
