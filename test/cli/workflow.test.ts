import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDb, query } from '../helpers/cli.js';

// Friday 27 Nov 2026, 09:00 WITA.
const day = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`).toISOString();

async function setupCase() {
  const db = tempDb();
  const now = day('2026-11-27');
  const ok = async (args: string[], at = now) => {
    const r = await run(args, { db, now: at });
    if (r.code !== 0) throw new Error(`${args.join(' ')} -> ${r.code}\n${r.stderr}`);
    return r;
  };
  await ok(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti']);
  await ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
  await ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR', '--nip', '198503152010011002']);
  await ok(['officer', 'add', '--name', 'Rina Wulandari', '--unit', 'DPUPR']);
  const ticket = (
    await ok(['add', '--channel', 'surat', '--title', 'Jalan berlubang di Sepaku', '--description', 'Lubang besar di jalan poros sejak Oktober'])
  ).stdout.trim();
  return { db, ticket, ok };
}

const get = (db: string, ticket: string) => query<Record<string, unknown>>(db, 'SELECT * FROM reports WHERE ticket = ?', ticket)[0]!;

describe('the report lifecycle through the CLI', () => {
  it('a full case: add, verify, assign, respond, follow up, reply, re-open, final follow-up, auto-close', async () => {
    const { db, ticket, ok } = await setupCase();
    // Received Friday 27 Nov: 3 working days -> Wed 2 Dec.
    expect(get(db, ticket)).toMatchObject({
      status: 'recorded',
      verify_by: '2026-12-02',
      due_kind: 'verify',
      due_date: '2026-12-02',
      complete_by: '2027-01-26',
    });

    await ok(['verify', ticket], day('2026-11-30'));
    await ok(['assign', ticket, 'Andi Pratama', '--note', 'Mohon ditinjau'], day('2026-11-30', '10:00'));
    // Assigned Monday 30 Nov: 5 working days -> Mon 7 Dec.
    expect(get(db, ticket)).toMatchObject({ status: 'assigned', followup_by: '2026-12-07', due_kind: 'followup', due_date: '2026-12-07' });
    await ok(['assign', ticket, 'Rina Wulandari', '--note', 'Andi cuti'], day('2026-12-01'));
    await ok(['respond', ticket, '--note', 'Tim akan meninjau hari Kamis'], day('2026-12-01', '11:00'));
    await ok(['followup', ticket, '--note', 'Lubang ditimbun sementara'], day('2026-12-03'));
    expect(get(db, ticket)).toMatchObject({ status: 'followed_up', last_followup_final: 0, auto_close_on: null, due_kind: 'complete' });

    const reply = await ok(['reply', ticket, '--note', 'Pelapor: timbunan sudah hanyut'], day('2026-12-04'));
    expect(reply.stderr).toContain('re-opened');
    // The reply re-opens the report and restarts the unit's clock: Fri 4 Dec + 5 -> Fri 11 Dec.
    expect(get(db, ticket)).toMatchObject({ status: 'in_progress', followup_by: '2026-12-11', due_date: '2026-12-11' });

    await ok(['followup', ticket, '--note', 'Jalan diaspal ulang', '--final'], day('2026-12-09'));
    // Final follow-up Wed 9 Dec: 10 working days, skipping 24-25 Dec -> 23 Dec.
    expect(get(db, ticket)).toMatchObject({ status: 'followed_up', last_followup_final: 1, auto_close_on: '2026-12-23' });

    const early = await ok(['close', '--auto', '--format', 'json'], day('2026-12-22'));
    expect(JSON.parse(early.stdout)).toEqual({ closed: [], dry_run: false });
    const closed = await ok(['close', '--auto', '--format', 'json'], day('2026-12-23'));
    expect(JSON.parse(closed.stdout).closed).toEqual([{ ticket, auto_close_on: '2026-12-23' }]);
    expect(get(db, ticket)).toMatchObject({ status: 'done', due_date: null, due_kind: null });

    const history = JSON.parse((await ok(['history', ticket, '--format', 'json'])).stdout) as {
      kind: string;
      status_change: { from: string; to: string } | null;
      officer: string | null;
      actor: string;
    }[];
    expect(history.map((h) => h.kind)).toEqual(['report.add', 'verify', 'assign', 'assign', 'respond', 'followup', 'reply', 'followup', 'auto_close']);
    expect(history.map((h) => h.status_change?.to ?? null)).toEqual([
      null,
      'verified',
      'assigned',
      null,
      'in_progress',
      'followed_up',
      'in_progress',
      'followed_up',
      'done',
    ]);
    expect(history[3]!.officer).toBe('Rina Wulandari');
    expect(history.every((h) => h.actor === 'Siti')).toBe(true);

    // Responses and follow-ups are queued for the national system with their report.
    expect(query(db, 'SELECT kind FROM outbox ORDER BY id').map((r) => r.kind)).toEqual(['create', 'followup', 'followup', 'followup']);
  });

  it('an illegal transition is exit 4 naming the status and what is allowed', async () => {
    const { db, ticket } = await setupCase();
    const r = await run(['followup', ticket, '--note', 'terlalu cepat'], { db, now: day('2026-11-27', '10:00') });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('recorded');
    expect(r.stderr).toContain('verify');
    const id = await run(['close', ticket], { db, now: day('2026-11-27', '10:00'), env: { LAPOR_LANG: 'id' } });
    expect(id.code).toBe(4);
    expect(id.stderr).toContain('tercatat');
    expect(query(db, 'SELECT count(*) AS n FROM report_events')).toEqual([{ n: 0 }]);
  });

  it('back-dated entries: not before receipt, not in the future', async () => {
    const { db, ticket } = await setupCase();
    const before = await run(['verify', ticket, '--at', '26/11/2026'], { db, now: day('2026-11-30') });
    expect(before.code).toBe(4);
    expect(before.stderr).toContain('before');
    const future = await run(['verify', ticket, '--at', '2026-12-05 08:00'], { db, now: day('2026-11-30') });
    expect(future.code).toBe(4);
    const ok = await run(['verify', ticket, '--at', '27/11/2026 15:00'], { db, now: day('2026-11-30') });
    expect(ok.code).toBe(0);
    const [event] = query<{ at: string; recorded_at: string }>(db, 'SELECT at, recorded_at FROM report_events');
    expect(event).toEqual({ at: '2026-11-27T07:00:00.000Z', recorded_at: day('2026-11-30') });
  });

  it('reject, forward and reopen record reasons; done/rejected allow only reopen', async () => {
    const { db, ticket, ok } = await setupCase();
    expect((await run(['reject', ticket], { db, now: day('2026-11-27', '10:00') })).code).toBe(2);
    expect((await run(['reject', ticket, '--reason', 'boring'], { db, now: day('2026-11-27', '10:00') })).code).toBe(2);
    await ok(['reject', ticket, '--reason', 'tidak-jelas', '--note', 'Lokasi tidak disebutkan'], day('2026-11-27', '10:00'));
    expect(get(db, ticket)).toMatchObject({ status: 'rejected', status_reason: 'vague', due_date: null });
    const again = await run(['verify', ticket], { db, now: day('2026-11-27', '11:00') });
    expect(again.code).toBe(4);
    expect(again.stderr).toContain('lapor reopen');
    await ok(['reopen', ticket, '--reason', 'Pelapor melengkapi lokasi'], day('2026-11-30'));
    expect(get(db, ticket)).toMatchObject({ status: 'recorded', closed_at: null, due_kind: 'verify' });
    await ok(['forward', ticket, '--to', 'BPJS Kesehatan', '--reason', 'Urusan jaminan kesehatan'], day('2026-11-30', '10:00'));
    expect(get(db, ticket)).toMatchObject({ status: 'forwarded', forwarded_to: 'BPJS Kesehatan' });
    expect(query(db, "SELECT count(*) AS n FROM outbox WHERE kind = 'forward'")).toEqual([{ n: 1 }]);
  });

  it('a deactivated officer cannot get new reports; an unknown one is exit 3', async () => {
    const { db, ticket, ok } = await setupCase();
    await ok(['verify', ticket]);
    await ok(['officer', 'deactivate', 'Andi Pratama']);
    const r = await run(['assign', ticket, 'Andi Pratama'], { db, now: day('2026-11-27', '10:00') });
    expect(r.code).toBe(4);
    expect((await run(['assign', ticket, 'Nobody'], { db, now: day('2026-11-27', '10:00') })).code).toBe(3);
  });

  it('without --note and without a terminal, respond is exit 2 naming --note', async () => {
    const { db, ticket, ok } = await setupCase();
    await ok(['verify', ticket]);
    await ok(['assign', ticket, 'Rina Wulandari']);
    const r = await run(['respond', ticket], { db, now: day('2026-11-27', '10:00') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--note');
  });
});

describe('follow-up attachments', () => {
  it('--attach stores the files with the follow-up in one step, and a bad file stores nothing', async () => {
    const { db, ticket, ok } = await setupCase();
    await ok(['verify', ticket]);
    await ok(['assign', ticket, 'Andi Pratama']);
    const dir = path.dirname(db);
    const png = path.join(dir, 'foto.png');
    fs.writeFileSync(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]));
    const exe = path.join(dir, 'virus.exe');
    fs.writeFileSync(exe, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0)]));
    const bad = await run(['followup', ticket, '--note', 'Foto perbaikan', '--attach', png, exe], { db, now: day('2026-11-27', '11:00') });
    expect(bad.code).toBe(4);
    expect(bad.stderr).toContain('virus.exe');
    expect(query(db, 'SELECT count(*) AS n FROM report_events WHERE kind = ?', 'followup')).toEqual([{ n: 0 }]);
    await ok(['followup', ticket, '--note', 'Foto perbaikan', '--attach', png], day('2026-11-27', '11:00'));
    const rows = query<{ filename: string; mime: string; event_kind: string }>(
      db,
      'SELECT a.filename, a.mime, e.kind AS event_kind FROM attachments a JOIN report_events e ON e.id = a.event_id',
    );
    expect(rows).toEqual([{ filename: 'foto.png', mime: 'image/png', event_kind: 'followup' }]);
  });
});

describe('deadlines and the due list', () => {
  it('lapor due groups by officer with working days late; list --overdue and --due-within', async () => {
    const { db, ticket, ok } = await setupCase();
    const second = (
      await ok(['add', '--channel', 'sms', '--title', 'Lampu jalan mati total', '--description', 'Lampu jalan mati di Waru'], day('2026-11-30'))
    ).stdout.trim();
    await ok(['verify', ticket]);
    await ok(['assign', ticket, 'Andi Pratama'], day('2026-11-27', '10:00'));
    // Assigned Fri 27 Nov -> follow up by Fri 4 Dec. On Tue 8 Dec it is 2 working days late.
    const due = await run(['due', '--format', 'json'], { db, now: day('2026-12-08') });
    expect(due.code).toBe(0);
    const rows = JSON.parse(due.stdout) as { ticket: string; officer: string | null; days_late: number; due_kind: string }[];
    expect(rows).toEqual([
      expect.objectContaining({ ticket, officer: 'Andi Pratama', days_late: 2, due_kind: 'followup' }),
      // Received Mon 30 Nov -> verify by Thu 3 Dec; late 3 working days on Tue 8 Dec.
      expect.objectContaining({ ticket: second, officer: null, days_late: 3, due_kind: 'verify' }),
    ]);
    const table = await run(['due'], { db, now: day('2026-12-08'), tty: true, env: { NO_COLOR: '1' } });
    expect(table.stdout).toContain('Andi Pratama: 1 report, 1 late');
    expect(table.stdout).toContain('2 working days late');
    const mine = JSON.parse((await run(['due', '--officer', '198503152010011002', '--format', 'json'], { db, now: day('2026-12-08') })).stdout) as unknown[];
    expect(mine).toHaveLength(1);
    const overdue = JSON.parse((await run(['list', '--overdue', '--format', 'json'], { db, now: day('2026-12-03') })).stdout) as { ticket: string }[];
    expect(overdue.map((r) => r.ticket)).toEqual([]);
    const soon = JSON.parse((await run(['list', '--due-within', '1', '--format', 'json'], { db, now: day('2026-12-03') })).stdout) as { ticket: string }[];
    expect(soon.map((r) => r.ticket)).toEqual([second, ticket]);
  });

  it('changing the SLA policy recomputes stored deadlines', async () => {
    const { db, ticket, ok } = await setupCase();
    const r = await ok(['config', 'set', 'sla.verify_days', '5']);
    expect(r.stderr).toContain('recomputed');
    expect(get(db, ticket)).toMatchObject({ verify_by: '2026-12-04' });
  });

  it('show displays the officer and the current deadline', async () => {
    const { db, ticket, ok } = await setupCase();
    await ok(['verify', ticket]);
    await ok(['assign', ticket, 'Andi Pratama']);
    const r = await run(['show', ticket, '--format', 'table'], { db, now: day('2026-12-08'), env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain('Andi Pratama');
    expect(r.stdout).toMatch(/2026-12-04 \(follow-up, 2 working days late\)/);
  });
});
