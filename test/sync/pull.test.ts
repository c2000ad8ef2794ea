import { describe, expect, it } from 'vitest';
import { query } from '../helpers/cli.js';
import { agency, day, reportRow, type Agency } from './helpers.js';

/** An agency with one report sent nationally and handled locally up to `followed_up`. */
async function followedUpCase(): Promise<{ a: Agency; t: string; id: number }> {
  const a = await agency();
  await a.ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
  await a.ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
  const t = await a.addReport();
  await a.ok(['verify', t], { now: day('2026-11-30') });
  await a.ok(['assign', t, 'Andi Pratama', '--note', 'Catatan lokal: tinjau lokasi'], { now: day('2026-11-30', '10:00') });
  await a.ok(['respond', t, '--note', 'Sedang ditinjau'], { now: day('2026-12-01') });
  await a.ok(['followup', t, '--note', 'Lubang ditimbun'], { now: day('2026-12-02') });
  await a.ok(['sync'], { now: day('2026-12-02', '12:00') });
  return { a, t, id: Number(reportRow(a.db, t).national_id) };
}

type Event = { kind: string; note: string | null; national_id: string | null; from_status: string | null; to_status: string | null; actor: string };
const events = (db: string, ticket: string) =>
  query<Event>(
    db,
    'SELECT e.kind, e.note, e.national_id, e.from_status, e.to_status, e.actor FROM report_events e JOIN reports r ON r.id = e.report_id WHERE r.ticket = ? ORDER BY e.id',
    ticket,
  );

describe('sync pull', () => {
  it('a throttled or failing poll is retried after the Retry-After or the backoff', async () => {
    const a = await agency();
    const t = await a.addReport();
    await a.ok(['sync', 'push']);
    a.sim.inject({ operation: 'getComplaint', kind: '503', retryAfter: 2 }, { operation: 'listFollowups', kind: '500' });
    const r = await a.lapor(['sync', 'pull', '--force', '--format', 'json'], { now: day('2026-11-28') });
    expect(r.code, r.stderr).toBe(0);
    // 2 s as the server asked (longer than the first backoff), then the first backoff (750 ms).
    expect(a.time.slept).toEqual([2000, 750]);
    expect(a.sim.stats.byOperation).toMatchObject({ getComplaint: 2, listFollowups: 2 });
    expect(reportRow(a.db, t).national_id).not.toBeNull();
  });

  it('a reporter reply re-opens a followed-up report, once; our own follow-ups do not come back', async () => {
    const { a, t, id } = await followedUpCase();
    expect(reportRow(a.db, t).status).toBe('followed_up');
    const before = events(a.db, t).length;
    a.sim.state.addFollowup(id, 'Timbunan sudah hanyut lagi', 'reporter');
    a.sim.state.addFollowup(id, 'Admin nasional: mohon dipercepat', 'admin');
    const r = await a.lapor(['sync', 'pull', '--force', '--format', 'json'], { now: day('2026-12-03') });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).changes).toEqual([{ ticket: t, from: 'followed_up', to: 'in_progress', added: 2, reopened: true }]);
    const added = events(a.db, t).slice(before);
    expect(added.map((e) => [e.kind, e.note, e.from_status, e.to_status])).toEqual([
      ['reply', 'Timbunan sudah hanyut lagi', 'followed_up', 'in_progress'],
      ['national_followup', 'Admin nasional: mohon dipercepat', 'in_progress', 'in_progress'],
    ]);
    expect(added.every((e) => e.national_id !== null && e.actor === 'SP4N-LAPOR!')).toBe(true);
    // The reply restarted the unit's clock: a follow-up deadline again.
    expect(reportRow(a.db, t)).toMatchObject({ status: 'in_progress', reply_after_followup: 1, due_kind: 'followup' });
    // Pulling again adds nothing.
    const again = await a.lapor(['sync', 'pull', '--force', '--format', 'json'], { now: day('2026-12-03', '10:00') });
    expect(JSON.parse(again.stdout)).toMatchObject({ pulled: 1, updated: 0 });
    expect(events(a.db, t)).toHaveLength(before + 2);
    // Nothing pulled goes back out.
    expect(query(a.db, "SELECT count(*) AS n FROM outbox WHERE state <> 'done'")).toEqual([{ n: 0 }]);
  });

  it('national decisions win for national states; local detail is kept; final reports are not polled', async () => {
    const { a, t, id } = await followedUpCase();
    // 'Dalam Proses' is behind our followed_up: kept.
    a.sim.state.setStatus(id, 'Dalam Proses');
    await a.ok(['sync', 'pull', '--force'], { now: day('2026-12-03') });
    expect(reportRow(a.db, t)).toMatchObject({ status: 'followed_up', national_status: 'Dalam Proses' });
    // 'Selesai' closes it here too.
    a.sim.state.setStatus(id, 'Selesai');
    const r = await a.lapor(['sync', 'pull', '--force'], { now: day('2026-12-04') });
    expect(r.stderr).toContain(`${t}: followed_up -> done (national)`);
    expect(reportRow(a.db, t)).toMatchObject({ status: 'done', national_status: 'Selesai', due_date: null });
    // Through the lifecycle: the close a `lapor close` would record, by the national side.
    expect(events(a.db, t).at(-1)).toMatchObject({ kind: 'close', from_status: 'followed_up', to_status: 'done', actor: 'SP4N-LAPOR!' });
    // Local notes are untouched.
    expect(events(a.db, t).find((e) => e.kind === 'assign')!.note).toBe('Catatan lokal: tinjau lokasi');
    // Final now: no longer polled.
    const requests = a.sim.stats.requests;
    await a.ok(['sync', 'pull', '--force'], { now: day('2026-12-05') });
    expect(a.sim.stats.requests).toBe(requests);
  });

  it('checks each report at most once per interval unless forced; unknown status names are kept verbatim', async () => {
    const a = await agency({}, { 'national.poll_hours': '3' });
    const t = await a.addReport();
    await a.ok(['sync', 'push']);
    const id = Number(reportRow(a.db, t).national_id);
    a.sim.state.setStatus(id, 'Menunggu Klarifikasi');
    const first = await a.lapor(['sync', 'pull', '--format', 'json'], { now: day('2026-11-27', '10:00') });
    expect(JSON.parse(first.stdout).pulled).toBe(1);
    expect(reportRow(a.db, t)).toMatchObject({ status: 'recorded', national_status: 'Menunggu Klarifikasi' });
    const soon = await a.lapor(['sync', 'pull', '--format', 'json'], { now: day('2026-11-27', '12:59') });
    expect(JSON.parse(soon.stdout).pulled).toBe(0);
    expect((await a.lapor(['sync', 'pull', '--dry-run'], { now: day('2026-11-27', '12:59') })).stderr).toContain('0 reports would be checked');
    // A check that finds nothing new changes nothing an incremental export would pick up again.
    const seq = reportRow(a.db, t).change_seq;
    const forced = await a.lapor(['sync', 'pull', '--force', '--format', 'json'], { now: day('2026-11-27', '12:59') });
    expect(JSON.parse(forced.stdout).pulled).toBe(1);
    expect(reportRow(a.db, t)).toMatchObject({ change_seq: seq, national_checked_at: day('2026-11-27', '12:59') });
    a.sim.state.setStatus(id, 'Terverifikasi');
    const later = await a.lapor(['sync', 'pull', '--format', 'json'], { now: day('2026-11-27', '16:00') });
    expect(JSON.parse(later.stdout).changes).toEqual([{ ticket: t, from: 'recorded', to: 'verified', added: 0, reopened: false }]);
  });

  it('a complaint unknown nationally is reported per ticket (exit 5); others are still pulled', async () => {
    const a = await agency();
    const t1 = await a.addReport();
    const t2 = await a.addReport();
    await a.ok(['sync', 'push']);
    a.sim.state.complaints.delete(Number(reportRow(a.db, t1).national_id));
    a.sim.state.setStatus(Number(reportRow(a.db, t2).national_id), 'Terverifikasi');
    const r = await a.lapor(['sync', 'pull', '--force', '--format', 'json']);
    expect(r.code).toBe(5);
    const out = JSON.parse(r.stdout);
    expect(out.failures).toEqual([expect.objectContaining({ ticket: t1, stage: 'pull', code: 'sync.reason.notFound' })]);
    expect(reportRow(a.db, t2).status).toBe('verified');
  });
});
