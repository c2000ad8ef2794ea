import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDb, tempDir, query } from '../helpers/cli.js';

/*
 * Issue 11 item 13: verify, assign, close and reject take several tickets or --from FILE|-; each
 * report is its own step; a summary of what was done and refused; exit 4 when any was refused.
 */

const day = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`).toISOString();

async function setup(count: number) {
  const db = tempDb();
  const ok = async (args: string[], at = day('2026-11-27'), stdin?: string) => {
    const r = await run(args, { db, now: at, stdin });
    if (r.code !== 0) throw new Error(`${args.join(' ')} -> ${r.code}\n${r.stderr}`);
    return r;
  };
  await ok(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti']);
  await ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
  await ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
  const tickets: string[] = [];
  for (let i = 1; i <= count; i++)
    tickets.push(
      (await ok(['add', '--channel', 'surat', '--title', `Jalan berlubang nomor ${i}`, '--description', 'Lubang besar di jalan poros'])).stdout.trim(),
    );
  return { db, ok, tickets };
}

const statusOf = (db: string) => query<{ ticket: string; status: string }>(db, 'SELECT ticket, status FROM reports ORDER BY id').map((r) => r.status);

describe('lifecycle steps on several reports', () => {
  it('verify T1 T2 T3: each its own step; a refused one is named with its reason, the others are stored; exit 4', async () => {
    const { db, ok, tickets } = await setup(3);
    const [t1, t2, t3] = tickets as [string, string, string];
    await ok(['verify', t2]);
    const r = await run(['verify', t1, t2, t3, 'PPU-2026-999999', '--format', 'json'], { db, now: day('2026-11-30') });
    expect(r.code).toBe(4);
    const result = JSON.parse(r.stdout) as { done: { ticket: string; to: string }[]; refused: { ticket: string; reason: string; exit_code: number }[] };
    expect(result.done.map((d) => [d.ticket, d.to])).toEqual([
      [t1, 'verified'],
      [t3, 'verified'],
    ]);
    expect(result.refused.map((x) => [x.ticket, x.exit_code])).toEqual([
      [t2, 4],
      ['PPU-2026-999999', 3],
    ]);
    expect(result.refused[0]!.reason).toContain(`Cannot verify report ${t2}`);
    expect(r.stderr).toContain(`${t1}: recorded -> verified`);
    expect(r.stderr).toContain(`${t2}: refused: Cannot verify`);
    expect(r.stderr).toContain('2 reports done, 2 refused');
    expect(statusOf(db)).toEqual(['verified', 'verified', 'verified']);
    expect(query(db, "SELECT count(*) AS n FROM report_events WHERE kind = 'verify'")).toEqual([{ n: 3 }]);
  });

  it('assign --from FILE OFFICER and --from - read one ticket a line, skipping blank lines and # comments', async () => {
    const { db, ok, tickets } = await setup(3);
    const [t1, t2, t3] = tickets as [string, string, string];
    await ok(['verify', t1, t2, t3], day('2026-11-30'));
    const file = path.join(tempDir(), 'disposisi.txt');
    fs.writeFileSync(file, `# disposisi Senin\n${t1}\n\n  ${t2}  \r\n`);
    const r = await ok(['assign', '--from', file, 'Andi Pratama'], day('2026-11-30', '10:00'));
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('2 reports done, none refused.');
    const id = await run(['assign', '--from', '-', 'Andi Pratama'], {
      db,
      now: day('2026-11-30', '11:00'),
      stdin: `${t3}\n# akhir\n`,
      env: { LAPOR_LANG: 'id' },
    });
    expect(id.code).toBe(0);
    expect(id.stderr).toContain('1 laporan selesai diproses');
    expect(query(db, 'SELECT status, officer_id FROM reports ORDER BY id')).toEqual(Array(3).fill({ status: 'assigned', officer_id: 1 }));
  });

  it('reject and close take several tickets; the time order refuses one, the others go on', async () => {
    const { db, ok, tickets } = await setup(3);
    const [t1, t2, t3] = tickets as [string, string, string];
    await ok(['verify', t2], day('2026-11-30'));
    const r = await run(['reject', t1, t2, '--reason', 'vague', '--at', '2026-11-28 10:00'], { db, now: day('2026-12-01') });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`${t2}: refused: ${t2}: this step cannot be dated 2026-11-28 10:00`);
    expect(statusOf(db)).toEqual(['rejected', 'verified', 'recorded']);
    const close = await run(['close', t2, t3], { db, now: day('2026-12-01') });
    expect(close.code).toBe(4);
    expect(close.stderr).toContain('0 reports done, 2 refused');
  });

  it('one ticket keeps its output; no ticket at all is a usage error', async () => {
    const { db, tickets } = await setup(1);
    const r = await run(['verify', tickets[0]!, '--format', 'json'], { db, now: day('2026-11-30') });
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout) as object)).toEqual(['ticket', 'from', 'to', 'event_id', 'at']);
    expect(r.stderr.trim()).toBe(`${tickets[0]}: recorded -> verified`);
    expect((await run(['verify'], { db })).code).toBe(2);
    expect((await run(['reject', '--reason', 'vague'], { db })).code).toBe(2);
    expect((await run(['assign', 'Andi Pratama'], { db })).code).toBe(2);
    expect((await run(['close', '--auto', '--from', '-'], { db })).code).toBe(2);
    const empty = await run(['verify', '--from', '-'], { db, stdin: '# nothing\n\n' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--from FILE');
  });
});
