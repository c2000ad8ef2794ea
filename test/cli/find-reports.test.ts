import { describe, expect, it, beforeAll } from 'vitest';
import { run, tempDb, query } from '../helpers/cli.js';

// `lapor list --status` (Indonesian and national names), --officer, --reporter and --ticket.
const now = '2026-11-27T02:00:00Z';
let db: string;

async function ok(args: string[], at = now): Promise<string> {
  const r = await run(args, { db, now: at });
  if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

async function tickets(...args: string[]): Promise<string[]> {
  const r = await run(['list', ...args, '--format', 'json'], { db, now });
  if (r.code !== 0) throw new Error(`list ${args.join(' ')}: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { ticket: string }[]).map((x) => x.ticket).sort();
}

const reporter = (name: string, extra: string[] = []) => ['--channel', 'surat', '--description', 'Uraian laporan', '--reporter-name', name, ...extra];

beforeAll(async () => {
  db = tempDb();
  await ok(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti']);
  await ok(['unit', 'add', 'DPUPR', '--name', 'Dinas Pekerjaan Umum']);
  await ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR', '--nip', '198503152010011002']);
  await ok(['officer', 'add', '--name', 'Rina Wulandari', '--unit', 'DPUPR']);
  // 1: Budi by NIK and phone; 2: Budiman; 3: Budi Santoso, confidential; 4: anonymous; 5: Ani by phone.
  await ok(['add', '--title', 'Jalan berlubang', ...reporter('Budi', ['--nik', '6409014502900003', '--phone', '081234567890'])], '2026-11-20T02:00:00Z');
  await ok(['add', '--title', 'Lampu mati', ...reporter('budiman')], '2026-11-21T02:00:00Z');
  await ok(['add', '--title', 'Air keruh', ...reporter('Budi Santoso', ['--phone', '+62 812-3456-7890', '--confidential'])], '2026-11-22T02:00:00Z');
  await ok(['add', '--title', 'Pungutan liar', '--channel', 'surat', '--description', 'Tanpa nama', '--anonymous'], '2026-11-23T02:00:00Z');
  await ok(['add', '--title', 'Sampah menumpuk', ...reporter('Ani', ['--phone', '0813 1111 2222'])], '2026-11-24T02:00:00Z');
  await ok(['verify', 'PPU-2026-000001'], '2026-11-25T02:00:00Z');
  await ok(['assign', 'PPU-2026-000001', 'Andi Pratama'], '2026-11-25T03:00:00Z');
  await ok(['verify', 'PPU-2026-000002'], '2026-11-25T02:00:00Z');
  await ok(['assign', 'PPU-2026-000002', 'Rina Wulandari'], '2026-11-25T03:00:00Z');
  await ok(['verify', 'PPU-2026-000005'], '2026-11-25T02:00:00Z');
  await ok(['reject', 'PPU-2026-000004', '--reason', 'tidak-jelas'], '2026-11-25T02:00:00Z');
});

describe('lapor list --status with Indonesian and national names', () => {
  it('takes English codes, Indonesian words and national names (which may stand for several statuses)', async () => {
    expect(await tickets('--status', 'assigned')).toEqual(['PPU-2026-000001', 'PPU-2026-000002']);
    expect(await tickets('--status', 'didisposisikan')).toEqual(['PPU-2026-000001', 'PPU-2026-000002']);
    expect(await tickets('--status', 'Tercatat')).toEqual(['PPU-2026-000003']);
    expect(await tickets('--status', 'Belum Terverifikasi')).toEqual(['PPU-2026-000003']);
    expect(await tickets('--status', 'terverifikasi,ditolak')).toEqual(['PPU-2026-000004', 'PPU-2026-000005']);
    // National 'Dalam Proses' is assigned, in progress and followed up alike.
    expect(await tickets('--status', 'DALAM PROSES')).toEqual(['PPU-2026-000001', 'PPU-2026-000002']);
    expect(await tickets('--status', 'in progress')).toEqual([]);
  });

  it('an unknown name is a usage error naming the flag, in both languages', async () => {
    const en = await run(['list', '--status', 'hilang'], { db, now });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("--status: unknown status 'hilang'");
    const id = await run(['list', '--status', 'hilang', '--lang', 'id'], { db, now });
    expect(id.stderr).toContain("--status: status 'hilang' tidak dikenal");
  });
});

describe('lapor list --officer', () => {
  it('finds an officer by id, NIP (spaces allowed) or unique name', async () => {
    expect(await tickets('--officer', 'Andi Pratama')).toEqual(['PPU-2026-000001']);
    expect(await tickets('--officer', '19850315 201001 1 002')).toEqual(['PPU-2026-000001']);
    expect(await tickets('--officer', '2')).toEqual(['PPU-2026-000002']);
  });

  it('an unknown officer is exit 2 (a flag that steers a command); an ambiguous name lists the candidates (exit 2)', async () => {
    const missing = await run(['list', '--officer', 'Nobody'], { db, now });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    await ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
    const twice = await run(['list', '--officer', 'andi pratama'], { db, now });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('#1 Andi Pratama');
  });
});

describe('lapor list --reporter', () => {
  it('finds by exact NIK, by phone in any spelling, or by the start of the name', async () => {
    expect(await tickets('--reporter', '6409014502900003')).toEqual(['PPU-2026-000001']);
    expect(await tickets('--reporter', '6409 0145 0290 0003')).toEqual(['PPU-2026-000001']);
    expect(await tickets('--reporter', '0813-1111-2222')).toEqual(['PPU-2026-000005']);
    expect(await tickets('--reporter', '+62 813 1111 2222')).toEqual(['PPU-2026-000005']);
    expect(await tickets('--reporter', 'ani')).toEqual(['PPU-2026-000005']);
    expect(await tickets('--reporter', 'an')).toEqual(['PPU-2026-000005']);
    expect(await tickets('--reporter', 'Sampah')).toEqual([]);
    // Full-text search looks at titles and descriptions only: --reporter is the way to a name.
    expect(await tickets('--search', 'Ani')).toEqual([]);
  });

  it('a confidential match is not listed without a reason, and is audited either way', async () => {
    const r = await run(['list', '--reporter', 'BUDI', '--format', 'json'], { db, now });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { ticket: string }[]).map((x) => x.ticket).sort()).toEqual(['PPU-2026-000001', 'PPU-2026-000002']);
    expect(r.stderr).toContain('1 confidential report of this reporter is not listed');
    expect(r.stdout).not.toContain('Santoso');
    const withheld = query<{ details: string }>(db, "SELECT details FROM audit_log WHERE action = 'report.reporter_match' AND ticket = 'PPU-2026-000003'");
    expect(withheld.map((a) => JSON.parse(a.details) as unknown)).toEqual([{ matched_on: 'name', listed: false, reason: null }]);

    const phone = await run(['list', '--reporter', '0812 3456 7890', '--reason', 'pelapor menelepon', '--format', 'json', '--lang', 'id'], { db, now });
    expect(phone.code).toBe(0);
    const rows = JSON.parse(phone.stdout) as { ticket: string; reporter: { name: string | null; hidden: string | null } }[];
    expect(rows.map((x) => x.ticket).sort()).toEqual(['PPU-2026-000001', 'PPU-2026-000003']);
    // Listed, but its identity stays masked: a reveal is `show --reveal --reason`.
    expect(rows.find((x) => x.ticket === 'PPU-2026-000003')!.reporter).toMatchObject({ name: null, hidden: 'confidential' });
    const audits = query<{ details: string }>(db, "SELECT details FROM audit_log WHERE action = 'report.reporter_match' ORDER BY id");
    expect(JSON.parse(audits.at(-1)!.details)).toEqual({ matched_on: 'phone', listed: true, reason: 'pelapor menelepon' });
    const history = await run(['history', 'PPU-2026-000003', '--format', 'table'], { db, now });
    expect(history.stdout + history.stderr).toContain('found by a search on its reporter');
  });

  it('the warning and errors are in Indonesian too', async () => {
    const r = await run(['list', '--reporter', 'budi santoso', '--lang', 'id', '--format', 'json'], { db, now });
    expect(r.stdout.trim()).toBe('[]');
    expect(r.stderr).toContain('1 laporan rahasia dari pelapor ini tidak ditampilkan');
    const bad = await run(['list', '--reporter', '0812', '--lang', 'id'], { db, now });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--reporter: '0812' bukan nomor telepon yang sah");
    const reason = await run(['list', '--reason', 'ingin tahu'], { db, now });
    expect(reason.code).toBe(2);
    expect(reason.stderr).toContain('--reason is for --reporter');
  });
});

describe('lapor list --ticket', () => {
  it('takes ranges and single tickets, in any case, comma-separated', async () => {
    expect(await tickets('--ticket', 'PPU-2026-000002..PPU-2026-000004')).toEqual(['PPU-2026-000002', 'PPU-2026-000003', 'PPU-2026-000004']);
    expect(await tickets('--ticket', 'ppu-2026-000001, PPU-2026-000004..ppu-2026-000099')).toEqual(['PPU-2026-000001', 'PPU-2026-000004', 'PPU-2026-000005']);
    expect(await tickets('--ticket', 'PPU-2026-000002..PPU-2026-000005', '--status', 'verified')).toEqual(['PPU-2026-000005']);
  });

  it('a malformed or reversed range is a usage error (exit 2), in both languages', async () => {
    const bad = await run(['list', '--ticket', 'PPU-2026-1..PPU-2026-000002'], { db, now });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--ticket: 'PPU-2026-1..PPU-2026-000002' is not a ticket");
    const reversed = await run(['list', '--ticket', 'PPU-2026-000009..PPU-2026-000002', '--lang', 'id'], { db, now });
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('--ticket: rentang PPU-2026-000009..PPU-2026-000002 berakhir sebelum awalnya');
  });
});
