import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { run, tempDb, query } from '../helpers/cli.js';

/*
 * Issue 11 item 2: every lifecycle step is dated no earlier than the report's previous step or a
 * reply it would ignore; close --auto counts from the latest of the final follow-up and a later
 * reply. Agency in WITA (UTC+8).
 */

const day = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`).toISOString();

async function setupCase() {
  const db = tempDb();
  const ok = async (args: string[], at = day('2026-11-27')) => {
    const r = await run(args, { db, now: at });
    if (r.code !== 0) throw new Error(`${args.join(' ')} -> ${r.code}\n${r.stderr}`);
    return r;
  };
  await ok(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti']);
  await ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
  await ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
  const ticket = (
    await ok(['add', '--channel', 'surat', '--title', 'Jalan berlubang di Sepaku', '--description', 'Lubang besar di jalan poros sejak Oktober'])
  ).stdout.trim();
  await ok(['verify', ticket], day('2026-11-30'));
  return { db, ticket, ok };
}

const get = (db: string, ticket: string) => query<Record<string, unknown>>(db, 'SELECT * FROM reports WHERE ticket = ?', ticket)[0]!;
const events = (db: string) => query<{ kind: string }>(db, 'SELECT kind FROM report_events ORDER BY id').map((e) => e.kind);

describe('the time order of lifecycle steps', () => {
  it('an assignment dated before the verification is exit 4 naming the verification, in English and Indonesian', async () => {
    const { db, ticket } = await setupCase();
    const r = await run(['assign', ticket, 'Andi Pratama', '--at', '2026-11-28 10:00'], { db, now: day('2026-12-01') });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`${ticket}: this step cannot be dated 2026-11-28 10:00`);
    expect(r.stderr).toContain('(verified, 2026-11-30 09:00)');
    const id = await run(['assign', ticket, 'Andi Pratama', '--at', '2026-11-28 10:00'], { db, now: day('2026-12-01'), env: { LAPOR_LANG: 'id' } });
    expect(id.code).toBe(4);
    expect(id.stderr).toContain('(diverifikasi, 2026-11-30 09:00)');
    expect(events(db)).toEqual(['verify']);
    expect(get(db, ticket)).toMatchObject({ status: 'verified' });
  });

  it('the same minute as the previous step is not "before" it; the receipt rule keeps its message', async () => {
    const { db, ticket, ok } = await setupCase();
    await ok(['assign', ticket, 'Andi Pratama'], new Date('2026-11-30T09:00:40+08:00').toISOString());
    await ok(['respond', ticket, '--note', 'Sudah dicek', '--at', '2026-11-30 09:00'], day('2026-12-01'));
    expect(get(db, ticket)).toMatchObject({ status: 'in_progress' });
    const receipt = await run(['followup', ticket, '--note', 'Sudah dicek', '--at', '2026-11-20'], { db, now: day('2026-12-01') });
    expect(receipt.code).toBe(4);
    expect(receipt.stderr).toContain("--at '2026-11-20' is before");
  });

  it('a final follow-up back-dated before a reply is refused, so close --auto cannot ignore the reply', async () => {
    const { db, ticket, ok } = await setupCase();
    await ok(['assign', ticket, 'Andi Pratama'], day('2026-11-30', '10:00'));
    await ok(['respond', ticket, '--note', 'Akan dicek ke lokasi'], day('2026-12-01'));
    await ok(['reply', ticket, '--note', 'Pelapor: lubang makin besar'], day('2026-12-03'));
    const r = await run(['followup', ticket, '--final', '--note', 'Jalan diaspal', '--at', '2026-12-02 09:00'], { db, now: day('2026-12-21') });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("(reporter's reply, 2026-12-03 09:00)");
    expect(get(db, ticket)).toMatchObject({ status: 'in_progress', auto_close_on: null });
    // Nothing to close: the reply is not ignored.
    const closed = await run(['close', '--auto', '--format', 'json'], { db, now: day('2026-12-21') });
    expect(JSON.parse(closed.stdout)).toMatchObject({ closed: [] });
    // A reply itself may still be back-dated: it is history only (replyEffect decides).
    await ok(['followup', ticket, '--final', '--note', 'Jalan diaspal'], day('2026-12-04'));
    await ok(['reply', ticket, '--note', 'Pelapor: surat lama', '--at', '2026-12-02 08:00'], day('2026-12-07'));
    expect(get(db, ticket)).toMatchObject({ status: 'followed_up' });
  });

  it('a reopen dated before the close is refused; --format json prints nothing on a refusal', async () => {
    const { db, ticket, ok } = await setupCase();
    await ok(['reject', ticket, '--reason', 'vague'], day('2026-12-01'));
    const r = await run(['reopen', ticket, '--reason', 'Pelapor melengkapi', '--at', '2026-11-30 12:00', '--format', 'json'], { db, now: day('2026-12-02') });
    expect(r.code).toBe(4);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('(rejected, 2026-12-01 09:00)');
  });

  it('close --auto counts from a reply dated after a back-dated final follow-up (databases from before the rule)', async () => {
    const { db, ticket, ok } = await setupCase();
    await ok(['assign', ticket, 'Andi Pratama'], day('2026-11-30', '10:00'));
    await ok(['respond', ticket, '--note', 'Akan dicek ke lokasi'], day('2026-12-01'));
    await ok(['reply', ticket, '--note', 'Pelapor: lubang makin besar'], day('2026-12-03'));
    await ok(['followup', ticket, '--final', '--note', 'Jalan diaspal'], day('2026-12-04'));
    // What an older version stored for `followup --final --at "2026-12-02"` typed after the reply,
    // with the deadlines it computed (auto-close on Wed 16 Dec) and its fingerprint.
    const handle = new Database(db);
    handle.prepare('UPDATE reports SET last_followup_at = ?, auto_close_on = ? WHERE ticket = ?').run(day('2026-12-02'), '2026-12-16', ticket);
    handle.prepare("UPDATE settings SET value = 'older-version' WHERE key = 'internal.deadlines_fingerprint'").run();
    handle.close();
    // close --auto first recomputes deadlines computed by older rules: from the reply on Thu 3 Dec,
    // 10 working days -> Thu 17 Dec, so on the 16th nothing closes.
    const early = await run(['close', '--auto', '--format', 'json'], { db, now: day('2026-12-16', '18:00') });
    expect(JSON.parse(early.stdout)).toMatchObject({ closed: [] });
    expect(early.stderr).toContain('Deadlines recomputed for 1 report.');
    expect(get(db, ticket)).toMatchObject({ status: 'followed_up', auto_close_on: '2026-12-17' });
    const closed = await run(['close', '--auto', '--format', 'json'], { db, now: day('2026-12-17', '18:00') });
    expect(JSON.parse(closed.stdout)).toMatchObject({ closed: [{ ticket, auto_close_on: '2026-12-17' }] });
  });
});
