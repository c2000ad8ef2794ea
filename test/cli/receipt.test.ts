import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run, tempDb, tempDir } from '../helpers/cli.js';
import { agency } from '../sync/helpers.js';

/* Issue 11 item 14: the receipt (tanda terima) the citizen takes home from the counter. */

// Tuesday 1 December 2026, 09:30 WITA (01:30 UTC): the receipt shows the agency's time.
const now = new Date('2026-12-01T09:30:00+08:00').toISOString();

async function counter() {
  const db = tempDb();
  const ok = async (args: string[]) => {
    const r = await run(args, { db, now });
    if (r.code !== 0) throw new Error(`${args.join(' ')} -> ${r.code}\n${r.stderr}`);
    return r;
  };
  await ok([
    'init',
    '--agency-code',
    'PPU',
    '--agency-name',
    'Pemerintah Kabupaten Penajam Paser Utara',
    '--timezone',
    'Asia/Makassar',
    '--admin-name',
    'Siti',
  ]);
  const add = async (extra: string[] = []) =>
    (
      await ok([
        'add',
        '--channel',
        'walk-in',
        '--title',
        'Jalan rusak di Sepaku dekat SD Negeri 003 yang berlubang sejak Oktober',
        '--description',
        'Lubang besar di jalan poros Sepaku sejak Oktober, sudah dua kali pengendara motor jatuh pada malam hari karena tidak ada penerangan jalan, mohon segera diperbaiki sebelum musim hujan tiba',
        '--reporter-name',
        'Budi Santoso',
        '--phone',
        '0812-3456-7890',
        '--nik',
        '6409012512860001',
        '--allow-duplicate',
        ...extra,
      ])
    ).stdout.trim();
  return { db, ok, add };
}

const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));

describe('lapor receipt', () => {
  it('prints a 42-column text receipt with the ticket, local time, channel, deadlines and how to follow', async () => {
    const { ok, add } = await counter();
    const ticket = await add();
    const text = (await ok(['receipt', ticket])).stdout;
    expect(widest(text)).toBeLessThanOrEqual(42);
    expect(text).toContain('COMPLAINT RECEIPT');
    expect(text).toContain('Pemerintah Kabupaten Penajam Paser Utara');
    expect(text).toMatch(new RegExp(`Ticket\\s+: ${ticket}`));
    expect(text).toContain('2026-12-01 09:30 WITA');
    expect(text).toContain('walk-in');
    expect(text).toContain('Budi Santoso');
    // Received Tue 1 Dec: verification within 3 working days, completion within 60 days.
    expect(text).toContain('Verified by 2026-12-04');
    expect(text).toContain('within 5 working days after it is');
    expect(text).toContain('Completed by 2027-01-30 *');
    expect(text).toContain('* may still move');
    expect(text).toContain(`Quote ticket ${ticket}`);
    // The summary is the description shortened at a word, never the reporter's identity.
    expect(text).toContain('mohon segera');
    expect(text).not.toContain('musim hujan tiba');
    expect(text).not.toMatch(/6409|0812|3456/);
  });

  it('fits 58 mm paper with --width 32 and speaks Indonesian with --lang id', async () => {
    const { ok, add } = await counter();
    const ticket = await add();
    const text = (await ok(['receipt', ticket, '--width', '32', '--lang', 'id'])).stdout;
    expect(widest(text)).toBeLessThanOrEqual(32);
    expect(text).toContain('TANDA TERIMA LAPORAN');
    expect(text).toContain('No. tiket:\n  ' + ticket);
    expect(text).toContain('Diverifikasi paling lambat');
    expect(text).toContain('tatap muka');
  });

  it('withholds a confidential reporter and shows none of an anonymous one', async () => {
    const { ok, add } = await counter();
    const secret = await add(['--confidential']);
    const text = (await ok(['receipt', secret])).stdout;
    expect(text).toContain('(hidden: confidential)');
    expect(text).not.toContain('Budi');
  });

  it('writes an A4 HTML page readable by its owner only, refuses to replace it without --force', async () => {
    const { db, ok, add } = await counter();
    const ticket = await add(['--title', 'Lampu <script>alert(1)</script> mati']);
    const file = path.join(tempDir(), 'tanda-terima.html');
    const r = await ok(['receipt', ticket, '--html', '--out', file, '--lang', 'id']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const html = fs.readFileSync(file, 'utf8');
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('Lampu &lt;script&gt;alert(1)&lt;/script&gt; mati');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Petugas penerima');
    const again = await run(['receipt', ticket, '--html', '--out', file], { db, now });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    await ok(['receipt', ticket, '--out', file, '--force']);
    expect(fs.readFileSync(file, 'utf8')).toContain('COMPLAINT RECEIPT');
  });

  it('add --receipt prints the ticket and then the receipt', async () => {
    const { add } = await counter();
    const out = await add(['--receipt']);
    const [ticket, ...receipt] = out.split('\n');
    expect(ticket).toMatch(/^PPU-2026-\d{6}$/);
    expect(receipt.join('\n')).toContain(`Ticket   : ${ticket}`);
  });

  it('refuses a bad width (exit 2) and an unknown ticket (exit 3)', async () => {
    const { db, add } = await counter();
    const ticket = await add();
    const bad = await run(['receipt', ticket, '--width', 'wide'], { db, now });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--width');
    expect((await run(['receipt', 'PPU-2026-999999'], { db, now })).code).toBe(3);
  });

  it('names the national tracking id once the report is synced', async () => {
    const a = await agency();
    const ticket = await a.addReport();
    await a.ok(['sync']);
    const shown = JSON.parse((await a.ok(['show', ticket, '--format', 'json'])).stdout) as { tracking_id: string | null };
    expect(shown.tracking_id).toBeTruthy();
    const text = (await a.ok(['receipt', ticket])).stdout;
    expect(text.replace(/\s+/g, ' ')).toContain(`tracking ID ${shown.tracking_id}`);
  });

  it('renders on one A4 page in headless Chromium (skipped without chromium)', async (t) => {
    const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((c) => spawnSync('which', [c]).status === 0);
    if (!chromium) return t.skip('chromium is not installed: the receipt HTML was not rendered');
    const { ok, add } = await counter();
    const ticket = await add();
    const dir = tempDir();
    const file = path.join(dir, 'tanda-terima.html');
    await ok(['receipt', ticket, '--html', '--out', file]);
    const pdf = path.join(dir, 'tanda-terima.pdf');
    const profile = `--user-data-dir=${path.join(dir, 'profile')}`;
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', profile];
    spawnSync(chromium, [...flags, `--print-to-pdf=${pdf}`, '--no-pdf-header-footer', `file://${file}`], { timeout: 60_000 });
    const bytes = fs.readFileSync(pdf).toString('latin1');
    expect(bytes.startsWith('%PDF')).toBe(true);
    expect(bytes).toMatch(/MediaBox \[0 0 59[45]\.\d* 841\.\d*\]/);
    expect((bytes.match(/\/Type \/Page\b/g) ?? []).length).toBe(1);
  }, 90_000);
});
