import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/main.js';
import { run, terminal, tempDb, query, tempDir } from '../helpers/cli.js';

/** Waits until the screen shows `text` after `from`, then returns the new position. */
async function waitFor(screen: { text: string }, text: string, from: number): Promise<number> {
  for (let i = 0; i < 400; i++) {
    const at = screen.text.indexOf(text, from);
    if (at >= 0) return at + text.length;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`prompt '${text}' never appeared; screen:\n${screen.text.slice(from)}`);
}

describe('real inquirer prompts through a terminal-like stream', () => {
  it('on a fresh database asks the agency settings first, then records the report, rejecting a bad NIK until fixed', async () => {
    const db = tempDb();
    const { stdin, stdout, stderr } = terminal();
    const done = runCli(['add', '--lang', 'id'], {
      streams: { stdin, stdout, stderr },
      env: { LAPOR_DB: db, HOME: tempDir(), LANG: 'C' },
      clock: () => new Date('2026-11-27T02:00:00Z'),
    });
    let at = 0;
    const answer = async (prompt: string, keys: string) => {
      at = await waitFor(stderr, prompt, at);
      stdin.write(keys);
    };
    await answer('Pertama kali: atur instansi', '');
    await answer('Kode instansi', 'ppu\r');
    await answer('Nama instansi', 'Pemkab Penajam Paser Utara\r');
    await answer('Zona waktu kantor', 'WITA\r');
    await answer('Nama Anda', 'Siti\r');
    await answer('Klasifikasi', '\r'); // first choice: pengaduan
    await answer('Diterima melalui', '\x1b[B\r'); // second choice: surat
    await answer('Judul', 'Sampah menumpuk di pasar\r');
    await answer('Uraian', 'Sampah tidak diangkut selama seminggu\r');
    await answer('Kategori', '\r'); // (tidak ada)
    await answer('Diterima (', '\r'); // default: now
    await answer('Tanggal kejadian', '\r');
    await answer('Lokasi', 'Pasar Induk Penajam\r');
    await answer('Kode wilayah', '\r');
    await answer('Nomor sumber', '\r');
    await answer('Pelapor anonim', 'n\r');
    await answer('Nama pelapor', 'Wati\r');
    await answer('NIK, 16 digit', '123\r');
    at = await waitFor(stderr, 'NIK terdiri dari 16 digit', at);
    stdin.write('\x7f\x7f\x7f6409014502900003\r');
    await answer('No. HP', '\r');
    await answer('Email', '\r');
    await answer('Alamat', '\r');
    await answer('Rahasiakan', '\r');
    await answer('Simpan laporan ini', '\r');
    const code = await done;
    expect(stderr.text).toContain('Tersimpan PPU-2026-000001');
    expect(code).toBe(0);
    expect(stdout.text).toBe('PPU-2026-000001\n');
    expect(query(db, "SELECT value FROM settings WHERE key = 'timezone'")).toEqual([{ value: 'Asia/Makassar' }]);
    expect(query(db, 'SELECT title, channel, reporter_name, reporter_nik, confidential FROM reports')).toEqual([
      { title: 'Sampah menumpuk di pasar', channel: 'letter', reporter_name: 'Wati', reporter_nik: '6409014502900003', confidential: 0 },
    ]);
  });

  it('warns about a doubtful answer at its own prompt; "no" at the summary changes one field and comes back', async () => {
    const db = tempDb();
    const env = { LAPOR_DB: db, HOME: tempDir(), LANG: 'C' };
    expect((await run(['init', '--agency-code', 'PPU', '--timezone', 'WITA'], { db })).code).toBe(0);
    const { stdin, stdout, stderr } = terminal();
    const done = runCli(['add'], { streams: { stdin, stdout, stderr }, env, clock: () => new Date('2026-11-27T02:00:00Z') });
    let at = 0;
    const answer = async (prompt: string, keys: string) => {
      at = await waitFor(stderr, prompt, at);
      stdin.write(keys);
    };
    await answer('Classification', '\r');
    await answer('Received through', '\r');
    await answer('Title', 'Jalan rusak\r');
    await answer('Description', 'Lubang besar di jalan poros\r');
    await answer('Category', '\r');
    await answer('Received at', '\r');
    await answer('Incident date', '\r');
    await answer('Location', '\r');
    await answer('Region code', '99.01.01\r');
    // The doubt is said before the next question, not only at the end.
    const warned = await waitFor(stderr, 'region code 99.01.01 is not in the shipped region table', at);
    await answer('Source reference', '\r');
    expect(warned).toBeLessThan(at);
    await answer('Anonymous', '\r');
    await answer('Reporter name', 'Budi\r');
    await answer('NIK', '\r');
    await answer('Phone', '+60 12-345 6789\r');
    at = await waitFor(stderr, 'this is a foreign number (MY)', at);
    await answer('Email', '\r');
    await answer('Address', '\r');
    await answer('confidential', '\r');
    await answer('Save this report', 'n\r');
    await answer('Which field to change', '\x1b[B\x1b[B\r'); // the third: Title
    await answer('Title (short summary)', 'Jalan rusak parah\r'); // the answer so far is the default
    at = await waitFor(stderr, 'Jalan rusak parah', at);
    await answer('Save this report', '\r');
    expect(await done).toBe(0);
    expect(stdout.text).toBe('PPU-2026-000001\n');
    expect(query(db, 'SELECT title, region_code, reporter_name FROM reports')).toEqual([
      { title: 'Jalan rusak parah', region_code: '99.01.01', reporter_name: 'Budi' },
    ]);
    // Said once, at its prompt: not again when the report is checked as a whole.
    expect(stderr.text.split('is not in the shipped region table').length - 1).toBe(1);
  });

  it('Ctrl-C at a prompt cancels with exit 130 and stores nothing', async () => {
    const db = tempDb();
    const { stdin, stdout, stderr } = terminal();
    const done = runCli(['add'], { streams: { stdin, stdout, stderr }, env: { LAPOR_DB: db, HOME: tempDir(), LANG: 'C' } });
    await waitFor(stderr, 'Agency code', 0);
    stdin.write('\x03');
    expect(await done).toBe(130);
    expect(query(db, 'SELECT count(*) AS n FROM reports')).toEqual([{ n: 0 }]);
  });
});
