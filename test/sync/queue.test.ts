import { describe, expect, it } from 'vitest';
import { query } from '../helpers/cli.js';
import { agency, copiesByTicket, outbox } from './helpers.js';

/** Steering the queue: cancelling, a run that stops when nothing answers, a status that tells the truth. */
describe('steering the sync queue', () => {
  it('with the national system down a run stops after a few connection failures with one message (exit 5)', async () => {
    const a = await agency({}, { 'national.max_connection_failures': '3' });
    const tickets = [];
    for (let i = 0; i < 6; i++) tickets.push(await a.addReport());
    await a.sim.close();
    const r = await a.lapor(['sync']);
    expect(r.code).toBe(5);
    expect(r.stderr.match(/could not be reached/g)).toHaveLength(1);
    expect(r.stderr).toContain('ECONNREFUSED');
    expect(r.stderr).toMatch(/next retry is due \d{4}-\d{2}-\d{2}/);
    // No line per ticket repeating the same refusal.
    for (const t of tickets) expect(r.stderr).not.toContain(`${t} create`);
    const tries = outbox(a.db).reduce((n, o) => n + o.attempts, 0);
    expect(tries).toBeGreaterThanOrEqual(3);
    // Old: every report tried max_attempts times (24 tries); now the run stops once 3 failed in a row.
    expect(tries).toBeLessThanOrEqual(8);
    expect(outbox(a.db).every((o) => o.state === 'queued')).toBe(true);
    const json = JSON.parse((await a.lapor(['sync', 'push', '--format', 'json', '--force'])).stdout);
    expect(json.unreachable.detail).toContain('ECONNREFUSED');
  });

  it('a pull with the national system down stops the same way: one message, exit 5', async () => {
    const a = await agency({}, { 'national.max_connection_failures': '2', 'national.max_attempts': '1' });
    const tickets = [];
    for (let i = 0; i < 5; i++) tickets.push(await a.addReport());
    await a.ok(['sync', 'push']);
    await a.sim.close();
    const r = await a.lapor(['sync', 'pull', '--force']);
    expect(r.code).toBe(5);
    expect(r.stderr.match(/could not be reached/g)).toHaveLength(1);
    for (const t of tickets) expect(r.stderr).not.toContain(t);
  });

  it('sync cancel drops a failed operation, audited; show and status say so; the report no longer fails every run', async () => {
    const a = await agency();
    const good = await a.addReport();
    const bad = await a.addReport({ category: 'Infrastruktur' });
    expect((await a.lapor(['sync', 'push'])).code).toBe(5);
    expect((await a.lapor(['sync', 'cancel', bad])).code).toBe(2);
    const cancel = await a.lapor(['sync', 'cancel', bad, '--reason', 'dikirim manual di situs nasional']);
    expect(cancel.code, cancel.stderr).toBe(0);
    expect(cancel.stdout).toBe('1\n');
    expect(query(a.db, "SELECT actor, ticket, details FROM audit_log WHERE action = 'sync.cancel'")).toEqual([
      { actor: 'Siti', ticket: bad, details: JSON.stringify({ kind: 'create', reason: 'dikirim manual di situs nasional' }) },
    ]);
    const status = JSON.parse((await a.ok(['sync', 'status', '--format', 'json'])).stdout);
    expect(status).toMatchObject({ failed: 0, done: 1, cancelled: 1, queued: 0 });
    expect(status.problems[0]).toMatchObject({ ticket: bad, state: 'cancelled' });
    expect(status.problems[0].reason).toContain('dikirim manual di situs nasional');
    const show = JSON.parse((await a.ok(['show', bad, '--lang', 'en', '--format', 'json'])).stdout);
    expect(show.national_sync).toBe('create not sent, cancelled by Siti: dikirim manual di situs nasional');
    // Every later run is clean again, and nothing was sent for it.
    expect((await a.lapor(['sync', 'push'])).code).toBe(0);
    expect(copiesByTicket(a.sim)).toEqual(new Map([[good, 1]]));
    // A sent operation cannot be cancelled.
    const sent = await a.lapor(['sync', 'cancel', good, '--reason', 'salah']);
    expect(sent.stdout).toBe('0\n');
    expect(sent.stderr).toContain('Nothing to cancel');
  });

  it('sync cancel OP drops one queued operation by its number; an unknown number is exit 3', async () => {
    const a = await agency();
    const t = await a.addReport();
    const [op] = query<{ id: number }>(a.db, 'SELECT id FROM outbox');
    expect((await a.lapor(['sync', 'cancel', '999', '--reason', 'x'])).code).toBe(3);
    expect((await a.lapor(['sync', 'cancel', String(op!.id), '--reason', 'duplikat'])).code).toBe(0);
    expect((await a.lapor(['sync', 'push'])).code).toBe(0);
    expect(copiesByTicket(a.sim).get(t)).toBeUndefined();
  });

  it('sync status tells the truth about the last run: sent, failed, waiting, when', async () => {
    const a = await agency();
    for (let i = 0; i < 3; i++) await a.addReport();
    await a.addReport({ category: 'Infrastruktur' });
    expect((await a.lapor(['sync', 'push'])).code).toBe(5);
    const text = await a.ok(['sync', 'status', '--lang', 'en', '--format', 'table']);
    expect(text.stdout).toMatch(/Last push\s+2026-11-27 09:00 WITA: sent 3, failed 1, waiting 0/);
    const json = JSON.parse((await a.ok(['sync', 'status', '--format', 'json'])).stdout);
    expect(json.runs.find((r: { kind: string }) => r.kind === 'push')).toMatchObject({ last_ok: false, last_done: 3, last_failed: 1 });
  });

  it('a new forward --to replaces a forwarding that failed; the report syncs again and other reports were never blocked', async () => {
    const a = await agency();
    const t = await a.addReport();
    const other = await a.addReport();
    // Entered before the master lists were fetched: the target cannot be resolved at push time.
    await a.ok(['forward', t, '--to', 'Kementerian Jalan Raya', '--reason', 'Jalan nasional, kewenangan pusat']);
    const first = await a.lapor(['sync', 'push', '--format', 'json']);
    expect(first.code).toBe(5);
    expect(JSON.parse(first.stdout).failures).toEqual([expect.objectContaining({ ticket: t, kind: 'forward' })]);
    expect(copiesByTicket(a.sim).get(other)).toBe(1);
    await a.ok(['sync', 'masters']);
    const again = await a.lapor(['forward', t, '--to', 'Kementerian Pekerjaan Umum', '--reason', 'Jalan nasional, kewenangan pusat', '--lang', 'en']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('replaced by a forwarding to Kementerian Pekerjaan Umum');
    const pushed = await a.lapor(['sync', 'push']);
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(
      outbox(a.db)
        .filter((o) => o.kind === 'forward')
        .map((o) => o.state),
    ).toEqual(['done', 'done']);
    expect(query(a.db, "SELECT count(*) AS n FROM audit_log WHERE action = 'sync.retarget'")).toEqual([{ n: 1 }]);
    // A forwarding that went through is not replaced: the lifecycle refuses a second one.
    expect((await a.lapor(['forward', t, '--to', 'Kementerian Pekerjaan Umum', '--reason', 'Sekali lagi saja'])).code).not.toBe(0);
  });
});
