import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDb, tempDir } from '../helpers/cli.js';

/* Issue 11 item 12: inspectors read the audit trail with `lapor audit`, not with sqlite3. */

const at = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`).toISOString();

async function agencyWithTrail() {
  const db = tempDb();
  const ok = async (args: string[], now = at('2026-11-30')) => {
    const r = await run(args, { db, now });
    if (r.code !== 0) throw new Error(`${args.join(' ')} -> ${r.code}\n${r.stderr}`);
    return r;
  };
  await ok(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti']);
  const add = async (extra: string[], now: string) =>
    (
      await ok(
        [
          'add',
          '--channel',
          'surat',
          '--title',
          'Lampu jalan mati',
          '--description',
          'Lampu jalan mati di RT 3',
          '--phone',
          '0813-1111-2222',
          '--allow-duplicate',
          ...extra,
        ],
        now,
      )
    ).stdout.trim();
  const open = await add(['--reporter-name', 'Budi Santoso'], at('2026-11-30'));
  const secret = await add(['--reporter-name', 'Ani Rahasia', '--confidential'], at('2026-12-01'));
  await ok(['show', secret, '--reveal', '--reason', 'pemeriksaan inspektorat', '--as', 'Inspektur Joko'], at('2026-12-02', '10:15'));
  await ok(['export', '--include-pii', '--out', path.join(tempDir(), 'pii.csv')], at('2026-12-03'));
  return { db, ok, open, secret };
}

interface Entry {
  at: string;
  actor: string;
  action: string;
  ticket: string | null;
  details: Record<string, unknown>;
}
const entries = (stdout: string) => JSON.parse(stdout) as Entry[];

describe('lapor audit', () => {
  it('lists who saw or exported personal data, newest first, with aliases for the actions', async () => {
    const { ok, secret } = await agencyWithTrail();
    const list = entries((await ok(['audit', '--action', 'reveal,export-pii', '--format', 'json'])).stdout);
    expect(list.map((e) => e.action)).toEqual(['report.export', 'report.reveal']);
    expect(list[1]).toMatchObject({ ticket: secret, details: { reason: 'pemeriksaan inspektorat', confidential: true } });
    expect(list[0]!.details).toMatchObject({ count: 2, include_confidential: false });
  });

  it('filters by actor (any case), ticket and time, a date meaning the whole local day', async () => {
    const { ok, secret, open } = await agencyWithTrail();
    const joko = entries((await ok(['audit', '--actor', 'inspektur joko', '--format', 'json'])).stdout);
    expect(joko.map((e) => [e.actor, e.action])).toEqual([['Inspektur Joko', 'report.reveal']]);
    const about = entries((await ok(['audit', '--ticket', secret.toLowerCase(), '--format', 'json'])).stdout);
    expect(about.map((e) => e.action)).toEqual(['report.reveal', 'report.add']);
    // 2 December WITA: only the reveal at 10:15; --until 1 December takes that whole day.
    const day = entries((await ok(['audit', '--since', '2026-12-02', '--until', '2026-12-02', '--format', 'json'])).stdout);
    expect(day.map((e) => e.action)).toEqual(['report.reveal']);
    const before = entries((await ok(['audit', '--until', '01/12/2026', '--action', 'add', '--format', 'json'])).stdout);
    expect(before.map((e) => e.ticket)).toEqual([secret, open]);
  });

  it('shows a confidential reporter under the policy: no name, no phone, in every format', async () => {
    const { ok, secret } = await agencyWithTrail();
    for (const format of ['json', 'csv', 'table']) {
      const out = (await ok(['audit', '--ticket', secret, '--format', format])).stdout;
      expect(out).not.toContain('Ani');
      expect(out).not.toMatch(/1111|2222/);
    }
    const all = (await ok(['audit', '--format', 'csv'])).stdout;
    expect(all).toContain('Budi Santoso');
    expect(all).not.toContain('0813-1111-2222');
  });

  it('limits the table and says how many more there are; Indonesian labels with --lang id', async () => {
    const { ok } = await agencyWithTrail();
    const r = await ok(['audit', '--limit', '2', '--format', 'table', '--lang', 'id']);
    expect(r.stdout).toContain('data pribadi diekspor');
    expect(r.stdout).toContain('data pribadi ditampilkan');
    expect(r.stdout).not.toContain('dicatat');
    expect(r.stderr).toMatch(/2 dari \d+ entri/);
    const none = await ok(['audit', '--since', '2027-01-01', '--format', 'table']);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('No audit entries match.');
  });

  it('refuses an unknown action, a bad date and a bad limit with exit 2, naming the flag', async () => {
    const { db } = await agencyWithTrail();
    const action = await run(['audit', '--action', 'peek'], { db });
    expect(action.code).toBe(2);
    expect(action.stderr).toContain("'peek'");
    expect(action.stderr).toContain('export-pii');
    const date = await run(['audit', '--since', '31/02/2026'], { db });
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--since');
    expect((await run(['audit', '--limit', '0'], { db })).code).toBe(2);
  });
});
