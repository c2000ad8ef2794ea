import { describe, expect, it } from 'vitest';
import { run, tempDb, query } from '../helpers/cli.js';

/*
 * Issue 14, items 3-5: the reporter's reply window, the closing time of close --auto, and
 * re-assignment within a unit. Agency in WITA (UTC+8); the 2026 calendar (24-25 Dec off).
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
  await ok(['unit', 'add', 'DISHUB', '--name', 'Dinas Perhubungan']);
  await ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
  await ok(['officer', 'add', '--name', 'Rina Wulandari', '--unit', 'DPUPR']);
  await ok(['officer', 'add', '--name', 'Yusuf Hakim', '--unit', 'DISHUB']);
  const ticket = (
    await ok(['add', '--channel', 'surat', '--title', 'Jalan berlubang di Sepaku', '--description', 'Lubang besar di jalan poros sejak Oktober'])
  ).stdout.trim();
  await ok(['verify', ticket], day('2026-11-30'));
  // Assigned Monday 30 Nov: 5 working days -> Mon 7 Dec.
  await ok(['assign', ticket, 'Andi Pratama'], day('2026-11-30', '10:00'));
  return { db, ticket, ok };
}

/** Followed up with a final answer on Wed 9 Dec: auto-close on Wed 23 Dec. */
async function followedUp() {
  const c = await setupCase();
  await c.ok(['followup', c.ticket, '--note', 'Jalan diaspal ulang', '--final'], day('2026-12-09'));
  expect(get(c.db, c.ticket)).toMatchObject({ status: 'followed_up', auto_close_on: '2026-12-23' });
  return c;
}

const get = (db: string, ticket: string) => query<Record<string, unknown>>(db, 'SELECT * FROM reports WHERE ticket = ?', ticket)[0]!;
const lastEvent = (db: string) => query<Record<string, unknown>>(db, 'SELECT * FROM report_events ORDER BY id DESC LIMIT 1')[0]!;

describe('the reporter reply window (issue 14 item 3)', () => {
  it('a reply on the last day of the window still re-opens the report', async () => {
    const { db, ticket, ok } = await followedUp();
    const r = await ok(['reply', ticket, '--note', 'Pelapor: aspal sudah retak lagi'], day('2026-12-23', '16:00'));
    expect(r.stderr).toContain('re-opened');
    expect(get(db, ticket)).toMatchObject({ status: 'in_progress', reply_after_followup: 1, auto_close_on: null });
  });

  it('a reply after the window is history only, with a hint to reopen', async () => {
    const { db, ticket, ok } = await followedUp();
    // Monday 28 Dec: nobody ran close --auto yet, but the window ended on 23 Dec.
    const r = await ok(['reply', ticket, '--note', 'Pelapor: terima kasih, sudah bagus'], day('2026-12-28'));
    expect(r.stderr).not.toContain('re-opened');
    expect(r.stderr).toContain('2026-12-23');
    expect(r.stderr).toContain(`lapor reopen ${ticket}`);
    expect(get(db, ticket)).toMatchObject({ status: 'followed_up', reply_after_followup: 0, auto_close_on: '2026-12-23' });
    expect(lastEvent(db)).toMatchObject({ kind: 'reply', from_status: 'followed_up', to_status: 'followed_up' });
    expect(JSON.parse(lastEvent(db).details as string)).toMatchObject({ reply_effect: 'afterWindow' });
    const id = await run(['reply', ticket, '--note', 'Pelapor: sekali lagi terima kasih'], { db, now: day('2026-12-28', '10:00'), env: { LAPOR_LANG: 'id' } });
    expect(id.stderr).toContain('hanya dicatat sebagai riwayat');
  });

  it('a reply back-dated before the final follow-up is history only', async () => {
    const { db, ticket, ok } = await followedUp();
    const r = await ok(['reply', ticket, '--note', 'Pelapor: lubang makin besar', '--at', '2026-12-08 15:00'], day('2026-12-10'));
    expect(r.stderr).not.toContain('re-opened');
    expect(r.stderr).toContain('before the last follow-up');
    expect(get(db, ticket)).toMatchObject({ status: 'followed_up', auto_close_on: '2026-12-23', due_kind: 'complete' });
    expect(JSON.parse(lastEvent(db).details as string)).toMatchObject({ reply_effect: 'beforeFollowup' });
  });
});

describe('the closing time of close --auto (issue 14 item 4)', () => {
  it('closes at the end of the auto-close day and records when the command ran', async () => {
    const { db, ticket, ok } = await followedUp();
    // Run on Monday 4 Jan 2027, twelve days late.
    const r = await ok(['close', '--auto', '--format', 'json'], day('2027-01-04', '07:30'));
    expect(JSON.parse(r.stdout).closed).toEqual([{ ticket, auto_close_on: '2026-12-23' }]);
    // 23:59:59.999 WITA on Wed 23 Dec.
    expect(get(db, ticket)).toMatchObject({ status: 'done', closed_at: '2026-12-23T15:59:59.999Z' });
    expect(lastEvent(db)).toMatchObject({ kind: 'auto_close', at: '2026-12-23T15:59:59.999Z', recorded_at: day('2027-01-04', '07:30') });
  });

  it('run on the auto-close day itself, it closes at that moment, never in the future', async () => {
    const { db, ticket, ok } = await followedUp();
    await ok(['close', '--auto'], day('2026-12-23', '08:00'));
    expect(get(db, ticket)).toMatchObject({ status: 'done', closed_at: day('2026-12-23', '08:00') });
  });
});

describe('re-assignment and the follow-up clock (issue 14 item 5)', () => {
  it('within the same unit the clock keeps counting from the first disposition', async () => {
    const { db, ticket, ok } = await setupCase();
    await ok(['assign', ticket, 'Rina Wulandari', '--note', 'Andi cuti'], day('2026-12-03'));
    expect(get(db, ticket)).toMatchObject({ status: 'assigned', followup_by: '2026-12-07', due_date: '2026-12-07' });
    expect(JSON.parse(lastEvent(db).details as string)).toMatchObject({ clock_kept_from: day('2026-11-30', '10:00') });
    // Lateness is not erased: on Tue 8 Dec the report is one working day late.
    const due = JSON.parse((await ok(['due', '--format', 'json'], day('2026-12-08'))).stdout) as unknown;
    expect(JSON.stringify(due)).toContain('"days_late":1');
  });

  it('a move to another unit starts a new clock', async () => {
    const { db, ticket, ok } = await setupCase();
    await ok(['assign', ticket, 'Yusuf Hakim'], day('2026-12-03'));
    // Thu 3 Dec + 5 working days -> Thu 10 Dec.
    expect(get(db, ticket)).toMatchObject({ followup_by: '2026-12-10' });
  });

  it('sla.reassign_restarts_clock true restores the old rule', async () => {
    const { db, ticket, ok } = await setupCase();
    await ok(['config', 'set', 'sla.reassign_restarts_clock', 'true']);
    await ok(['assign', ticket, 'Rina Wulandari'], day('2026-12-03'));
    expect(get(db, ticket)).toMatchObject({ followup_by: '2026-12-10' });
  });
});
