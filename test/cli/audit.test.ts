import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDb, tempDir } from '../helpers/cli.js';

/*
 * Issue 11 item 12: `lapor audit`, the audit trail for inspectors: filters, the read formats, and
 * personal data in details as domain/pii.ts shows it (under each report's current flags).
 */

interface Entry {
  id: number;
  at: string;
  actor: string;
  action: string;
  ticket: string | null;
  details: Record<string, unknown>;
}

async function setup() {
  const db = tempDb();
  const ok = async (args: string[], now = '2026-11-27T01:00:00.000Z', as?: string) => {
    const r = await run(as ? ['--as', as, ...args] : args, { db, now });
    if (r.code !== 0) throw new Error(`${args.join(' ')} -> ${r.code}\n${r.stderr}`);
    return r;
  };
  await ok(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti']);
  const reporter = ['--reporter-name', 'Budi Santoso', '--nik', '6409044107900003', '--phone', '081234567890'];
  const open = (await ok(['add', '--channel', 'surat', '--title', 'Jalan rusak', '--description', 'Lubang besar di jalan', ...reporter])).stdout.trim();
  const later = (
    await ok(['add', '--channel', 'surat', '--title', 'Pungli di kantor', '--description', 'Ada pungutan liar', '--reporter-name', 'Ani Lestari', '--yes'])
  ).stdout.trim();
  await ok(['show', open, '--reveal', '--reason', 'Permintaan inspektorat'], '2026-11-30T02:00:00.000Z', 'Rudi');
  await ok(['edit', later, '--confidential'], '2026-12-01T02:00:00.000Z');
  await ok(['export', '--include-pii', '--out', path.join(tempDir(), 'x.csv')], '2026-12-02T02:00:00.000Z');
  await ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR'], '2026-12-03T02:00:00.000Z');
  const audit = async (...args: string[]) => {
    const r = await run(['audit', '--format', 'json', ...args], { db, now: '2026-12-04T02:00:00.000Z' });
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as Entry[];
  };
  return { db, open, later, audit };
}

describe('lapor audit', () => {
  it('lists the trail oldest first; details hide personal data as pii.ts decides, under the current flags', async () => {
    const { open, later, audit } = await setup();
    const all = await audit();
    expect(all.map((e) => e.action)).toEqual(['config.set', 'report.add', 'report.add', 'report.reveal', 'report.edit', 'report.export', 'unit.add']);
    const added = all.filter((e) => e.action === 'report.add');
    expect(added[0]).toMatchObject({ ticket: open, details: { reporter_name: 'Budi Santoso', nik: '6409********0003', phone: '+62812****7890' } });
    // Written before the report became confidential: the name is not shown now.
    expect(added[1]).toMatchObject({ ticket: later, details: { reporter_name: '(confidential)' } });
    expect(JSON.stringify(all)).not.toContain('Ani Lestari');
    expect(JSON.stringify(all)).not.toContain('6409044107900003');
  });

  it('filters by action (short names, repeatable or comma-separated), actor, ticket, since and limit', async () => {
    const { open, audit } = await setup();
    expect((await audit('--action', 'reveal,export-pii')).map((e) => e.action)).toEqual(['report.reveal', 'report.export']);
    expect((await audit('--action', 'reveal', '--action', 'unit.add')).map((e) => e.action)).toEqual(['report.reveal', 'unit.add']);
    expect(await audit('--actor', 'rudi')).toMatchObject([{ action: 'report.reveal', actor: 'Rudi', details: { reason: 'Permintaan inspektorat' } }]);
    expect((await audit('--ticket', open.toLowerCase())).map((e) => e.action)).toEqual(['report.add', 'report.reveal']);
    // 2 Dec in WITA starts at 1 Dec 16:00 UTC.
    expect((await audit('--since', '2026-12-02')).map((e) => e.action)).toEqual(['report.export', 'unit.add']);
    expect((await audit('--limit', '2')).map((e) => e.action)).toEqual(['report.export', 'unit.add']);
  });

  it('renders a table and CSV like the other read commands; a bad --since is exit 4; nothing found says so', async () => {
    const { db } = await setup();
    const table = await run(['audit', '--action', 'reveal', '--format', 'table'], { db });
    expect(table.stdout).toContain('personal data shown');
    expect(table.stdout).toContain('reason=Permintaan inspektorat');
    const csv = await run(['audit', '--action', 'reveal', '--format', 'csv'], { db });
    expect(csv.stdout.split('\r\n')[0]).toBe('at,actor,action,ticket,details');
    expect((await run(['audit', '--since', '31/02/2026'], { db })).code).toBe(4);
    const none = await run(['audit', '--actor', 'Nobody', '--format', 'table'], { db, env: { LAPOR_LANG: 'id' } });
    expect(none.stderr).toContain('Tidak ada entri audit');
  });
});
