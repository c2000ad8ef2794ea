import { describe, expect, it } from 'vitest';
import { query } from '../helpers/cli.js';
import { agency, day, reportRow, type Agency } from './helpers.js';

/*
 * Reconciliation (issue 14, items 1 and 2): what the national side does arrives through the
 * lifecycle, and what the lifecycle cannot reach is listed as a disagreement. The national side is
 * played through the simulator's control endpoints, over HTTP, as an admin trying lapor would.
 */

/** POST /__sim/complaints/ID/(status|followups): the national side acts. */
async function national(a: Agency, id: number, what: 'status' | 'followups', body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${a.sim.url}/__sim/complaints/${id}/${what}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.ok).toBe(true);
}

/** An agency whose simulator's clock the test moves, with one report assigned locally and sent nationally. */
async function assignedCase(): Promise<{ a: Agency; t: string; id: number; setSimNow: (iso: string) => void }> {
  let simNow = new Date(day('2026-11-30', '12:00'));
  const a = await agency({ now: () => simNow });
  await a.ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
  await a.ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
  const t = await a.addReport();
  await a.ok(['verify', t], { now: day('2026-11-30') });
  await a.ok(['assign', t, 'Andi Pratama'], { now: day('2026-11-30', '10:00') });
  await a.ok(['sync'], { now: day('2026-11-30', '12:00') });
  return { a, t, id: Number(reportRow(a.db, t).national_id), setSimNow: (iso) => (simNow = new Date(iso)) };
}

type Event = { kind: string; note: string | null; national_id: string | null; from_status: string; to_status: string; actor: string; details: string };
const events = (db: string, ticket: string) =>
  query<Event>(
    db,
    'SELECT e.kind, e.note, e.national_id, e.from_status, e.to_status, e.actor, e.details FROM report_events e JOIN reports r ON r.id = e.report_id WHERE r.ticket = ? ORDER BY e.id',
    ticket,
  );

describe('national follow-ups count in the local lifecycle', () => {
  it("the institution's follow-up on the national site is a follow-up here: status, time, deadlines, lapor due", async () => {
    const { a, t, id, setSimNow } = await assignedCase();
    setSimNow(day('2026-12-02', '10:00'));
    await national(a, id, 'followups', { content: 'Jalan sudah ditambal', author_type: 'institution', is_final: 0 });
    const r = await a.lapor(['sync', 'pull', '--force', '--format', 'json'], { now: day('2026-12-02', '11:00') });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).changes).toEqual([{ ticket: t, from: 'assigned', to: 'followed_up', added: 1, reopened: false }]);
    expect(reportRow(a.db, t)).toMatchObject({ status: 'followed_up', last_followup_at: day('2026-12-02', '10:00'), last_followup_final: 0 });
    const step = events(a.db, t).at(-1)!;
    expect(step).toMatchObject({ kind: 'followup', note: 'Jalan sudah ditambal', from_status: 'assigned', to_status: 'followed_up', actor: 'SP4N-LAPOR!' });
    expect(step.national_id).not.toBeNull();
    expect(JSON.parse(step.details)).toMatchObject({ source: 'national', author: 'institution' });
    // Answered on 2 December: not late on the 17th (its follow-up deadline was 7 December).
    const due = JSON.parse((await a.ok(['due', '--format', 'json'], { now: day('2026-12-17') })).stdout) as { ticket: string; due_kind: string }[];
    expect(due.filter((row) => row.ticket === t && row.due_kind === 'followup')).toEqual([]);
    // Not sent back, not added twice.
    expect(query(a.db, "SELECT count(*) AS n FROM outbox WHERE state <> 'done'")).toEqual([{ n: 0 }]);
    await a.ok(['sync', 'pull', '--force'], { now: day('2026-12-03') });
    expect(events(a.db, t).filter((e) => e.kind === 'followup')).toHaveLength(1);
  });

  it('a final national follow-up starts the auto-close clock: close --auto closes it on its date', async () => {
    const { a, t, id, setSimNow } = await assignedCase();
    setSimNow(day('2026-12-02', '10:00'));
    await national(a, id, 'followups', { content: 'Selesai diperbaiki', author_type: 'institution', is_final: 1 });
    await a.ok(['sync', 'pull', '--force'], { now: day('2026-12-02', '11:00') });
    // Ten working days after Wednesday 2 December.
    expect(reportRow(a.db, t)).toMatchObject({ status: 'followed_up', last_followup_final: 1, auto_close_on: '2026-12-16' });
    const closed = await a.ok(['close', '--auto', '--format', 'json'], { now: day('2026-12-17') });
    expect(JSON.parse(closed.stdout)).toMatchObject({ closed: [expect.objectContaining({ ticket: t })] });
    expect(reportRow(a.db, t).status).toBe('done');
  });
});

describe('national status changes go through the lifecycle', () => {
  it('steps with a legal path are taken (marked national); the others are listed as disagreements', async () => {
    const a = await agency();
    const [verified, inProcess, finished, rejected, archived] = [
      await a.addReport(),
      await a.addReport(),
      await a.addReport(),
      await a.addReport(),
      await a.addReport(),
    ];
    await a.ok(['sync', 'push']);
    const idOf = (t: string) => Number(reportRow(a.db, t).national_id);
    await national(a, idOf(verified), 'status', { status_name: 'Terverifikasi' });
    await national(a, idOf(inProcess), 'status', { status_name: 'Dalam Proses' });
    await national(a, idOf(finished), 'status', { status_name: 'Selesai' });
    await national(a, idOf(rejected), 'status', { status_name: 'Ditolak', reason: 'Bukan kewenangan pelayanan publik' });
    await national(a, idOf(archived), 'status', { status_name: 'Diarsipkan' });
    const r = await a.lapor(['sync', 'pull', '--force'], { now: day('2026-11-28') });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${finished}: recorded here, Selesai nationally; the records disagree`);

    const status = (t: string) => reportRow(a.db, t).status;
    expect([verified, inProcess, finished, rejected, archived].map(status)).toEqual(['verified', 'recorded', 'recorded', 'rejected', 'rejected']);
    const last = (t: string) => events(a.db, t).at(-1)!;
    expect(last(verified)).toMatchObject({ kind: 'verify', actor: 'SP4N-LAPOR!' });
    expect(JSON.parse(last(verified).details)).toMatchObject({ source: 'national', national_status: 'Terverifikasi' });
    expect(last(rejected)).toMatchObject({ kind: 'reject', note: 'Bukan kewenangan pelayanan publik', actor: 'SP4N-LAPOR!' });
    expect(JSON.parse(last(archived).details)).toMatchObject({ source: 'national', national_status: 'Diarsipkan', national_reason: null, reason: 'other' });

    // The reason, or that none was given, in both languages.
    const history = async (t: string, lang: string) => (await a.ok(['history', t, '--format', 'csv', '--lang', lang])).stdout;
    expect(await history(rejected, 'en')).toContain('Bukan kewenangan pelayanan publik');
    expect(await history(archived, 'en')).toContain('(not given)');
    expect(await history(archived, 'id')).toContain('(tidak disebutkan)');

    // Both statuses and since when, as table, JSON and CSV.
    const listed = await a.ok(['sync', 'status', '--mismatches', '--format', 'json'], { now: day('2026-11-28', '10:00') });
    expect(JSON.parse(listed.stdout)).toEqual([
      { ticket: inProcess, national_id: String(idOf(inProcess)), local_status: 'recorded', national_status: 'Dalam Proses', since: day('2026-11-28') },
      { ticket: finished, national_id: String(idOf(finished)), local_status: 'recorded', national_status: 'Selesai', since: day('2026-11-28') },
    ]);
    const csv = (await a.ok(['sync', 'status', '--mismatches', '--format', 'csv'])).stdout.split(/\r?\n/);
    expect(csv[0]).toBe('ticket,national_id,local_status,national_status,since');
    expect(csv[1]).toContain(`${inProcess},${idOf(inProcess)},recorded,Dalam Proses,`);
    const table = await a.ok(['sync', 'status', '--mismatches', '--format', 'table', '--lang', 'id']);
    expect(table.stdout).toContain('Status lokal');
    expect(table.stdout).toContain(finished);
    expect(JSON.parse((await a.ok(['sync', 'status', '--format', 'json'])).stdout)).toMatchObject({ mismatches: 2 });
    const doctor = JSON.parse((await a.lapor(['sync', 'doctor', '--format', 'json'])).stdout) as { check: string; verdict: string; detail: string }[];
    expect(doctor.find((c) => c.check === 'mismatches')).toEqual({
      check: 'mismatches',
      verdict: 'warn',
      detail: expect.stringContaining('2 reports disagree'),
    });

    // Acting here ends a disagreement: the national verification, then the local one.
    await national(a, idOf(inProcess), 'status', { status_name: 'Terverifikasi' });
    await a.ok(['sync', 'pull', '--force'], { now: day('2026-11-29') });
    expect(status(inProcess)).toBe('verified');
    expect(JSON.parse((await a.ok(['sync', 'status', '--mismatches', '--format', 'json'])).stdout).map((m: { ticket: string }) => m.ticket)).toEqual([
      finished,
    ]);
  });

  it('a national rejection cannot undo a follow-up given here: a disagreement, not a silent rejection', async () => {
    const { a, t, id } = await assignedCase();
    await a.ok(['followup', t, '--note', 'Sudah ditinjau'], { now: day('2026-12-01') });
    await national(a, id, 'status', { status_name: 'Ditolak' });
    await a.ok(['sync', 'pull', '--force'], { now: day('2026-12-02') });
    expect(reportRow(a.db, t)).toMatchObject({ status: 'followed_up', national_status: 'Ditolak' });
    expect(JSON.parse((await a.ok(['sync', 'status', '--mismatches', '--format', 'json'])).stdout)).toEqual([
      expect.objectContaining({ ticket: t, local_status: 'followed_up', national_status: 'Ditolak' }),
    ]);
  });
});

describe('locally final reports are checked until the national record is final too', () => {
  it('a local close the national record does not show is listed at once and checked at a lower rate', async () => {
    const { a, t, id } = await assignedCase();
    await a.ok(['followup', t, '--note', 'Lubang ditimbun'], { now: day('2026-12-01') });
    await a.ok(['sync'], { now: day('2026-12-01', '12:00') });
    expect(reportRow(a.db, t).national_status).toBe('Dalam Proses');
    await a.ok(['close', t], { now: day('2026-12-02') });
    const listed = JSON.parse((await a.ok(['sync', 'status', '--mismatches', '--format', 'json'])).stdout);
    expect(listed).toEqual([expect.objectContaining({ ticket: t, local_status: 'done', national_status: 'Dalam Proses', since: day('2026-12-02') })]);

    const pulled = async (now: string) => JSON.parse((await a.ok(['sync', 'pull', '--format', 'json'], { now })).stdout).pulled as number;
    // Checked once after the local change, then once a day (8 x national.poll_hours), not every 3 hours.
    expect(await pulled(day('2026-12-02', '12:00'))).toBe(1);
    expect(await pulled(day('2026-12-02', '16:00'))).toBe(0);
    expect(await pulled(day('2026-12-03', '12:30'))).toBe(1);
    // Nationally closed too: they agree, and it is no longer checked.
    await national(a, id, 'status', { status_name: 'Selesai' });
    expect(await pulled(day('2026-12-04', '13:00'))).toBe(1);
    expect(JSON.parse((await a.ok(['sync', 'status', '--mismatches', '--format', 'json'])).stdout)).toEqual([]);
    expect(await pulled(day('2026-12-10'))).toBe(0);
  });
});
