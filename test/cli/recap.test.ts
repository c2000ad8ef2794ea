import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, tempDb, tempDir, query } from '../helpers/cli.js';

// Every step is typed in on Friday 15 Jan 2027 from paper records (back-dated with --at), WITA.
const now = new Date('2027-01-15T09:00:00+08:00');
let db = '';
const tickets: Record<string, string> = {};

async function ok(args: string[]) {
  const r = await run(args, { db, now });
  if (r.code !== 0) throw new Error(`${args.join(' ')} -> ${r.code}\n${r.stderr}`);
  return r;
}

async function add(name: string, unit: string | null, receivedAt: string, extra: string[] = []) {
  const unitArgs = unit ? ['--unit', unit] : [];
  const r = await ok([
    'add',
    '--channel',
    'surat',
    '--title',
    `Laporan ${name} tentang jalan`,
    '--description',
    'Uraian yang cukup panjang untuk laporan',
    '--received-at',
    receivedAt,
    '--allow-duplicate',
    ...unitArgs,
    ...extra,
  ]);
  tickets[name] = r.stdout.trim();
}

const step = (verb: string, name: string, at: string, ...rest: string[]) => ok([verb, tickets[name]!, ...rest, '--at', at]);
const note = ['--note', 'Sudah ditangani di lapangan'];

/**
 * The fixture (hand-counted answers in the tests below):
 * A DPUPR/Andi  received Fri 27 Nov; verify+assign 30 Nov; follow-up 3 Dec; close 4 Dec;
 *               reopen 5 Jan; follow-up 7 Jan; close 8 Jan (a re-opened report, done twice).
 * B DPUPR/Andi  received Tue 22 Dec; verify+assign 23 Dec; follow-up Thu 31 Dec (over 24 Dec cuti
 *               bersama and 25 Dec Christmas: 4 working days).
 * C DPUPR/Andi  received Mon 28 Dec; verify+assign 29 Dec; follow-up Fri 8 Jan (1 Jan is a holiday,
 *               fixed-date rule for 2027: 7 working days, late); reply 11 Jan re-opens; follow-up 12 Jan (1 day).
 * D DINKES      received 10 Dec; rejected 11 Dec; reopened 14 Dec; verified 16 Dec (2 days from the reopening).
 * E DINKES      received Wed 30 Dec; nothing since (verify by 5 Jan: overdue now).
 *               (D is overdue now too: its follow-up deadline runs from the reopening.)
 * G DINKES      received 15 Dec; forwarded 16 Dec.
 * F (no unit)   received 1 Jan 2027 00:30 WITA (31 Dec 16:30 UTC): January, by the agency's clock.
 */
beforeAll(async () => {
  db = tempDb();
  await ok(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti']);
  await ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
  await ok(['unit', 'add', 'DINKES', '--name', 'Dinas Kesehatan']);
  await ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
  // 1 January 2027 is a holiday by the fixed-date rule for years without a shipped decree.
  await add('A', 'DPUPR', '2026-11-27 09:00', ['--reporter-name', 'Budi Santoso', '--nik', '6409011203850001', '--phone', '0812-3456-7890']);
  await step('verify', 'A', '2026-11-30 09:00');
  await step('assign', 'A', '2026-11-30 10:00', 'Andi Pratama');
  await step('followup', 'A', '2026-12-03 10:00', ...note);
  await step('close', 'A', '2026-12-04 10:00');
  await step('reopen', 'A', '2027-01-05 10:00', '--reason', 'Pelapor datang lagi');
  await step('followup', 'A', '2027-01-07 10:00', ...note);
  await step('close', 'A', '2027-01-08 10:00');
  await add('B', 'DPUPR', '2026-12-22 09:00');
  await step('verify', 'B', '2026-12-23 09:00');
  await step('assign', 'B', '2026-12-23 10:00', 'Andi Pratama');
  await step('followup', 'B', '2026-12-31 10:00', ...note);
  await add('C', 'DPUPR', '2026-12-28 09:00');
  await step('verify', 'C', '2026-12-29 09:00');
  await step('assign', 'C', '2026-12-29 10:00', 'Andi Pratama');
  await step('followup', 'C', '2027-01-08 10:00', ...note);
  await step('reply', 'C', '2027-01-11 10:00', ...note);
  await step('followup', 'C', '2027-01-12 10:00', ...note);
  await add('D', 'DINKES', '2026-12-10 09:00');
  await step('reject', 'D', '2026-12-11 09:00', '--reason', 'vague');
  await step('reopen', 'D', '2026-12-14 09:00', '--reason', 'Pelapor melengkapi');
  await step('verify', 'D', '2026-12-16 09:00');
  await add('E', 'DINKES', '2026-12-30 09:00');
  await add('G', 'DINKES', '2026-12-15 09:00');
  await step('forward', 'G', '2026-12-16 09:00', '--to', 'BPJS Kesehatan', '--reason', 'Urusan jaminan kesehatan');
  await add('F', null, '2027-01-01 00:30');
  // H and I: assigned to Andi on Tue 5 Jan, follow-up due 12 Jan, 3 working days late on 15 Jan.
  await ok([
    'add',
    '--channel',
    'phone',
    '--title',
    'Lampu jalan mati, hubungi 0812-9999-8888',
    '--description',
    'Lampu jalan mati sejak seminggu',
    '--received-at',
    '2027-01-04 09:00',
    '--unit',
    'DPUPR',
  ]);
  tickets.H = (await ok(['list', '--format', 'json', '--limit', '1'])).stdout.match(/PPU-\d{4}-\d{6}/)![0];
  await ok([
    'add',
    '--channel',
    'phone',
    '--title',
    'Pungutan liar di kantor desa',
    '--description',
    'Diminta uang untuk surat keterangan',
    '--received-at',
    '2027-01-04 10:00',
    '--unit',
    'DPUPR',
    '--confidential',
    '--reporter-name',
    'Siti Aminah',
    '--phone',
    '0813-1111-2222',
  ]);
  tickets.I = (await ok(['list', '--format', 'json', '--limit', '1'])).stdout.match(/PPU-\d{4}-\d{6}/)![0];
  for (const name of ['H', 'I']) {
    await step('verify', name, '2027-01-04 11:00');
    await step('assign', name, '2027-01-05 09:00', 'Andi Pratama');
  }
}, 120_000);

interface Json {
  period: { from: string; to: string };
  previous_period: { from: string; to: string };
  groups: { group: string | null; current: Record<string, unknown>; previous: Record<string, unknown> }[];
  total: { current: Record<string, unknown>; previous: Record<string, unknown> };
}

async function recap(...args: string[]): Promise<Json> {
  return JSON.parse((await ok(['recap', ...args, '--format', 'json'])).stdout) as Json;
}
const group = (j: Json, key: string | null) => j.groups.find((g) => g.group === key)!;
const days = (median: number | null, p90: number | null, count: number) => ({ count, median, p90 });

describe('lapor recap figures (hand-counted fixture)', () => {
  it('December by unit: receipts by receipt date, steps by their own date, open/overdue now', async () => {
    const j = await recap('--month', '2026-12');
    expect(j.period).toMatchObject({ from: '2026-12-01', to: '2026-12-31' });
    expect(j.previous_period).toMatchObject({ from: '2026-11-01', to: '2026-11-30' });
    expect(group(j, 'DPUPR').current).toMatchObject({
      received: 2,
      verified: 2,
      assigned: 2,
      responded: 2,
      followed_up: 2,
      done: 1,
      rejected: 0,
      forwarded: 0,
      open_now: 2,
      overdue_now: 0,
      on_time_share: 100,
    });
    expect(group(j, 'DPUPR').current.working_days).toEqual({ verify: days(1, 1, 2), response: days(4, 5, 2), followup: days(3, 4, 2) });
    expect(group(j, 'DINKES').current).toMatchObject({
      received: 3,
      verified: 1,
      assigned: 0,
      responded: 0,
      followed_up: 0,
      done: 0,
      rejected: 1,
      forwarded: 1,
      open_now: 2,
      overdue_now: 2,
      on_time_share: null,
    });
    // D's verification counts from its reopening (14 Dec), not from its receipt.
    expect(group(j, 'DINKES').current.working_days).toMatchObject({ verify: days(2, 2, 1) });
    expect(j.total.current).toMatchObject({
      received: 5,
      verified: 3,
      assigned: 2,
      responded: 2,
      followed_up: 2,
      done: 1,
      rejected: 1,
      forwarded: 1,
      open_now: 4,
      overdue_now: 2,
      on_time_share: 100,
    });
    expect((j.total.current.working_days as Record<string, unknown>).verify).toEqual(days(1, 2, 3));
    // November: A received, verified and assigned; it is done now.
    expect(group(j, 'DPUPR').previous).toMatchObject({ received: 1, verified: 1, assigned: 1, followed_up: 0, open_now: 0 });
    expect(group(j, null)).toBeUndefined();
  });

  it('January: the re-opened report, the late cycle and the re-opening reply; the 00:30 WITA receipt', async () => {
    const j = await recap('--month', '2027-01');
    expect(group(j, 'DPUPR').current).toMatchObject({
      received: 2,
      verified: 2,
      assigned: 2,
      open_now: 2,
      overdue_now: 2,
      responded: 1,
      followed_up: 2,
      done: 1,
      followups_measured: 3,
      followups_on_time: 2,
      on_time_share: 66.7,
    });
    expect(group(j, 'DPUPR').current.working_days).toMatchObject({ response: days(8, 8, 1), followup: days(2, 7, 3) });
    expect(group(j, null).current).toMatchObject({ received: 1, open_now: 1, overdue_now: 1 });
    expect(j.total.current).toMatchObject({ received: 3, followed_up: 2, overdue_now: 3, on_time_share: 66.7 });
    expect(j.total.previous).toMatchObject({ received: 5, on_time_share: 100 });
  });

  it('a year, and a range across the year boundary with the previous range of the same length', async () => {
    const y = await recap('--year', '2026');
    expect(y.previous_period).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(group(y, 'DPUPR').current).toMatchObject({ received: 3, verified: 3, assigned: 3, responded: 2, followed_up: 2, done: 1 });
    expect(y.total.current).toMatchObject({ received: 6, rejected: 1, forwarded: 1, on_time_share: 100 });
    const r = await recap('--from', '2026-12-28', '--to', '2027-01-08');
    expect(r.previous_period).toMatchObject({ from: '2026-12-16', to: '2026-12-27' });
    expect(r.total.current).toMatchObject({ received: 5, followed_up: 3, followups_measured: 3, followups_on_time: 2 });
    expect(r.total.previous).toMatchObject({ received: 1, verified: 2, assigned: 1, forwarded: 1 });
  });

  it('by officer and by channel', async () => {
    const o = await recap('--month', '2026-12', '--by', 'officer');
    expect(group(o, 'Andi Pratama').current).toMatchObject({ received: 2, followed_up: 2 });
    expect(group(o, null).current).toMatchObject({ received: 3, rejected: 1 });
    const c = await recap('--month', '2026-12', '--by', 'channel');
    expect(c.groups.map((g) => g.group)).toEqual(['letter']);
  });

  it('csv and the terminal table with its bar charts; no personal data anywhere', async () => {
    const csv = (await ok(['recap', '--month', '2026-12', '--format', 'csv'])).stdout;
    const [head, ...rows] = csv.trim().split(/\r?\n/);
    expect(head!.split(',').slice(0, 4)).toEqual(['group', 'received', 'verified', 'assigned']);
    expect(rows.at(-1)!.startsWith('Total,5,3,2,2,2,1,1,1,4,2,100,')).toBe(true);
    const table = (await run(['recap', '--month', '2026-12', '--format', 'table'], { db, now, env: { NO_COLOR: '1' } })).stdout;
    expect(table).toContain('Received (R) vs followed up (F)');
    expect(table).toMatch(/DINKES\s+R █+ 3/);
    expect(table).toContain('5 ▲+4');
    for (const out of [csv, table, JSON.stringify(await recap('--month', '2026-11'))]) {
      expect(out).not.toContain('Budi');
      expect(out).not.toContain('6409011203850001');
    }
  });

  it('refuses conflicting or malformed periods (exit 2)', async () => {
    expect((await run(['recap', '--month', '2026-13'], { db, now })).code).toBe(2);
    expect((await run(['recap', '--month', '2026-12', '--year', '2026'], { db, now })).code).toBe(2);
    expect((await run(['recap', '--from', '2026-12-10', '--to', '2026-12-01'], { db, now })).code).toBe(2);
    const help = (await run(['recap', '--help'], { db, now })).stdout;
    expect(help).toContain('a report belongs to the period it was received in');
  });

  it('the stored deadlines agree with the overdue count', () => {
    // D: the reopening started the follow-up clock (followup_by 21 Dec) and it is still unassigned.
    const late = query<{ ticket: string }>(db, "SELECT ticket FROM reports WHERE due_date < '2027-01-15' ORDER BY ticket");
    expect(late.map((r) => r.ticket).sort()).toEqual([tickets.D, tickets.E, tickets.F, tickets.H, tickets.I].sort());
  });

  it('html: one self-contained file (no script, no network), owner-only, in the user language', async () => {
    const file = path.join(tempDir(), 'rekap.html');
    const r = await run(['recap', '--month', '2026-12', '--format', 'html', '--out', file], { db, now, env: { LAPOR_LANG: 'id' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Rekap ditulis');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const html = fs.readFileSync(file, 'utf8');
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('Pemkab PPU');
    expect(html).toContain('Periode 2026-12-01 s.d. 2026-12-31');
    expect(html).toContain('<svg');
    expect(html).toContain('@page { size: A4');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)|<link|@import|url\(/);
    // The overdue list: tickets per officer, no titles.
    expect(html).toContain(tickets.E);
    expect(html).not.toContain('Laporan E tentang jalan');
    expect(html).not.toContain('Budi');
  });

  it('html renders in headless Chromium on A4 (skipped without chromium)', async (t) => {
    const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((c) => spawnSync('which', [c]).status === 0);
    if (!chromium) return t.skip('chromium is not installed: the HTML was not rendered');
    const dir = tempDir();
    const file = path.join(dir, 'rekap.html');
    await ok(['recap', '--month', '2026-12', '--format', 'html', '--out', file]);
    const pdf = path.join(dir, 'rekap.pdf');
    const flags = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${path.join(dir, 'profile')}`,
    ];
    spawnSync(chromium, [...flags, `--print-to-pdf=${pdf}`, '--no-pdf-header-footer', `file://${file}`], { timeout: 60_000 });
    const bytes = fs.readFileSync(pdf).toString('latin1');
    expect(bytes.startsWith('%PDF')).toBe(true);
    // A4 is 595 x 842 points; the sections break onto their own pages.
    expect(bytes).toMatch(/MediaBox \[0 0 59[45]\.\d* 841\.\d*\]/);
    expect((bytes.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(3);
  }, 90_000);

  it('xlsx: a workbook with the figures as numbers, the previous period, the trend and the overdue list', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    expect((await run(['recap', '--month', '2026-12', '--format', 'xlsx'], { db, now })).code).toBe(2);
    expect((await run(['recap', '--month', '2026-12', '--format', 'json', '--out', 'x.json'], { db, now })).code).toBe(2);
    const file = path.join(tempDir(), 'rekap.xlsx');
    await ok(['recap', '--month', '2026-12', '--format', 'xlsx', '--out', file]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const parts = unzipSync(fs.readFileSync(file));
    const workbook = strFromU8(parts['xl/workbook.xml']!);
    expect(workbook).toContain('name="2026-12-01 2026-12-31"');
    expect(workbook).toContain('name="2026-11-01 2026-11-30"');
    const all = Object.entries(parts)
      .filter(([n]) => n.endsWith('.xml'))
      .map(([, b]) => strFromU8(b))
      .join('\n');
    expect(all).toContain('DINKES');
    expect(all).toContain(tickets.E);
    expect(all).not.toContain('Budi');
    // The total row of December: received 5 as a number cell.
    const sheet1 = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(sheet1).toMatch(/<c r="B4"[^>]*><v>5<\/v><\/c>/);
  });

  it('--letters: one reminder per officer with late reports; masked titles; a folder of 0600 files', async () => {
    const r = await run(['recap', '--letters'], { db, now, env: { LAPOR_LANG: 'id' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Kepada Yth. Andi Pratama');
    expect(r.stdout).toContain('Dinas PUPR');
    expect(r.stdout).toContain(`${tickets.H}  Lampu jalan mati, hubungi ***`);
    expect(r.stdout).toContain('tenggat tindak lanjut 2027-01-12, terlambat 3 hari kerja');
    expect(r.stdout).toContain(`${tickets.I}  (judul tidak ditampilkan: pelapor dirahasiakan)`);
    for (const secret of ['0812-9999-8888', 'Pungutan', 'Siti Aminah', '0813', 'Budi']) expect(r.stdout).not.toContain(secret);
    // Unassigned late reports (D, E, F) get no letter: there is nobody to write to.
    expect(r.stdout).not.toContain(tickets.E);
    const dir = path.join(tempDir(), 'surat');
    const w = await run(['recap', '--letters', '--out', dir], { db, now });
    expect(w.stderr).toContain('1 letter written');
    expect(fs.readdirSync(dir)).toEqual(['01-andi-pratama.txt']);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, '01-andi-pratama.txt')).mode & 0o777).toBe(0o600);
  });

  it('--evidence: the year bundle with recaps, the report list with steps, and checksums that verify', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const { createHash } = await import('node:crypto');
    expect((await run(['recap', '--evidence', '--year', '2026'], { db, now })).code).toBe(2);
    const file = path.join(tempDir(), 'bukti-2026.zip');
    const r = await run(['recap', '--evidence', '--year', '2026', '--out', file], { db, now });
    expect(r.code).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const parts = unzipSync(fs.readFileSync(file));
    const names = Object.keys(parts).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        'rekap-2026.html',
        'rekap-2026.xlsx',
        'bulanan/rekap-2026-01.html',
        'bulanan/rekap-2026-12.html',
        'laporan-2026.csv',
        'langkah-2026.csv',
        'manifest.json',
        'SHA256SUMS',
      ]),
    );
    expect(names.filter((n) => n.startsWith('bulanan/'))).toHaveLength(12);
    for (const line of strFromU8(parts.SHA256SUMS!).trim().split('\n')) {
      const [sum, name] = line.split('  ');
      expect(createHash('sha256').update(parts[name!]!).digest('hex')).toBe(sum);
    }
    const reports = strFromU8(parts['laporan-2026.csv']!).trim().split('\r\n');
    expect(reports).toHaveLength(1 + 6); // A, B, C, D, E, G were received in 2026
    const steps = strFromU8(parts['langkah-2026.csv']!);
    expect(steps).toContain(`${tickets.C},followup,2027-01-08 10:00,Andi Pratama,assigned,followed_up`);
    const everything = Object.values(parts)
      .map((b) => strFromU8(b))
      .join('\n');
    for (const secret of ['Budi', '6409011203850001', 'Laporan A tentang', 'Siti Aminah']) expect(everything).not.toContain(secret);
  });
});
