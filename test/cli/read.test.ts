import { describe, expect, it, beforeAll } from 'vitest';
import { run, tempDb, query } from '../helpers/cli.js';

const now = '2026-11-27T02:00:00Z';
let db: string;

async function add(args: string[], at = now) {
  const r = await run(['add', ...args], { db, now: at });
  if (r.code !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

beforeAll(async () => {
  db = tempDb();
  await run(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'], { db, now });
  await run(['unit', 'add', 'DPUPR', '--name', 'Dinas Pekerjaan Umum'], { db, now });
  await add(
    [
      '--channel',
      'surat',
      '--title',
      'Jalan berlubang di Sepaku',
      '--description',
      'Lubang besar di jalan poros',
      '--unit',
      'dpupr',
      '--nik',
      '6409014502900003',
      '--phone',
      '081234567890',
      '--reporter-name',
      'Budi',
      '--address',
      'RT 3 Sepaku',
    ],
    '2026-11-20T02:00:00Z',
  );
  await add(
    [
      '--channel',
      'walk-in',
      '--title',
      'Lampu penerangan mati',
      '--description',
      '=HYPERLINK("x") lampu mati dua minggu',
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
      'Menanyakan jadwal imunisasi anak',
      '--classification',
      'informasi',
      '--anonymous',
    ],
    '2026-11-26T02:00:00Z',
  );
});

describe('lapor list', () => {
  it('prints JSON when piped, newest first, with identity masked', async () => {
    const r = await run(['list'], { db, now });
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { ticket: string; reporter: Record<string, string | null> }[];
    expect(rows.map((x) => x.ticket)).toEqual(['PPU-2026-000003', 'PPU-2026-000002', 'PPU-2026-000001']);
    expect(rows[2]!.reporter).toMatchObject({ name: 'Budi', nik: '6409********0003', phone: '+62812****7890', address: '***' });
    expect(rows[1]!.reporter).toMatchObject({ name: null, phone: null, hidden: 'confidential' });
    expect(r.stdout).not.toContain('Rahasia Sekali');
    expect(r.stdout).not.toContain('6409014502900003');
  });

  it('filters by status, channel (aliases), unit, dates and full text', async () => {
    const tickets = async (...args: string[]) =>
      (JSON.parse((await run(['list', ...args, '--format', 'json'], { db, now })).stdout) as { ticket: string }[]).map((x) => x.ticket);
    expect(await tickets('--channel', 'surat,telepon')).toEqual(['PPU-2026-000003', 'PPU-2026-000001']);
    expect(await tickets('--unit', 'DPUPR')).toEqual(['PPU-2026-000001']);
    expect(await tickets('--since', '25/11/2026')).toEqual(['PPU-2026-000003', 'PPU-2026-000002']);
    expect(await tickets('--until', '2026-11-20')).toEqual(['PPU-2026-000001']);
    expect(await tickets('--search', 'lubang')).toEqual(['PPU-2026-000001']);
    expect(await tickets('--search', 'imunisasi jadwal')).toEqual(['PPU-2026-000003']);
    expect(await tickets('--search', '"; DROP TABLE reports; --')).toEqual([]);
    expect(await tickets('--status', 'recorded', '--limit', '1', '--offset', '1')).toEqual(['PPU-2026-000002']);
  });

  it('usage errors name the flag (exit 2)', async () => {
    for (const args of [
      ['--status', 'lost'],
      ['--limit', 'ten'],
      ['--since', '2026-13-45'],
      ['--format', 'xml'],
      ['--channel', 'pigeon'],
    ]) {
      const r = await run(['list', ...args], { db, now });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
      expect(r.stdout).toBe('');
    }
  });

  it('CSV neutralises formulas in free text and keeps the header stable', async () => {
    const r = await run(['list', '--format', 'csv'], { db, now });
    const lines = r.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('ticket,received,status,channel,due,unit,title,reporter');
    expect(lines).toHaveLength(4);
  });

  it('a table on a terminal, without colour under NO_COLOR', async () => {
    const r = await run(['list'], { db, now, tty: true, env: { NO_COLOR: '1' } });
    expect(r.stdout).toMatch(/^Ticket +Received/m);
    expect(r.stdout).toContain('───');
    expect(r.stdout).toContain('(hidden: confidential)');
    expect(r.stdout).toContain('(anonymous)');
    expect(r.stdout).not.toContain('\u001b[');
    const colored = await run(['list'], { db, now, tty: true });
    expect(colored.stdout).toContain('\u001b[');
    const piped = await run(['list', '--format', 'table'], { db, now });
    expect(piped.stdout).not.toContain('\u001b[');
  });

  it('speaks Indonesian with --lang id or LAPOR_LANG', async () => {
    const a = await run(['list', '--format', 'table', '--lang', 'id'], { db, now });
    expect(a.stdout).toContain('Tiket');
    expect(a.stdout).toContain('tercatat');
    const b = await run(['show', 'PPU-2099-000001'], { db, now, env: { LAPOR_LANG: 'id' } });
    expect(b.code).toBe(3);
    expect(b.stderr).toContain('tidak ada');
    const c = await run(['show', 'PPU-2099-000001'], { db, now, env: { LANG: 'id_ID.UTF-8' } });
    expect(c.stderr).toContain('tidak ada');
  });
});

describe('lapor show', () => {
  it('masks personal data and reveals it only with --reveal, audited', async () => {
    const masked = await run(['show', 'ppu-2026-000001', '--format', 'json'], { db, now });
    expect(masked.code).toBe(0);
    const json = JSON.parse(masked.stdout) as { reporter: Record<string, string>; unit: string; received_local: string };
    expect(json.reporter.nik).toBe('6409********0003');
    expect(json.unit).toBe('DPUPR');
    expect(json.received_local).toBe('2026-11-20 10:00'); // WITA
    const revealed = await run(['show', 'PPU-2026-000001', '--reveal', '--reason', 'telepon balik', '--format', 'json'], { db, now });
    expect((JSON.parse(revealed.stdout) as { reporter: Record<string, string> }).reporter).toMatchObject({ nik: '6409014502900003', address: 'RT 3 Sepaku' });
    const audit = query<{ action: string; details: string }>(
      db,
      "SELECT action, details FROM audit_log WHERE ticket = 'PPU-2026-000001' AND action = 'report.reveal'",
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toContain('telepon balik');
  });

  it('shows a confidential reporter as hidden in the table view', async () => {
    const r = await run(['show', 'PPU-2026-000002', '--format', 'table'], { db, now });
    expect(r.stdout).toContain('(hidden: confidential)');
    expect(r.stdout).not.toContain('Rahasia Sekali');
  });

  it('an unknown ticket is exit 3', async () => {
    const r = await run(['show', 'PPU-2026-999999'], { db, now });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('lapor list --search');
  });
});
