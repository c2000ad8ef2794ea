import { describe, expect, it } from 'vitest';
import { query } from '../helpers/cli.js';
import { agency, copiesByTicket, day, outbox, reportRow, type Agency } from './helpers.js';
import type { FaultKind } from '../../src/sync/simulator/server.js';
import { createHttpTransport, type HttpTransportOptions } from '../../src/sync/transport.js';
import type { SyncRuntime } from '../../src/sync/runtime.js';

/**
 * The real node:http transport with its timeout cut to 100 ms, so a hanging server costs no
 * seconds; the options the sync asked for are kept to assert the configured timeout.
 */
function quickTimeouts(asked: HttpTransportOptions[]): Pick<SyncRuntime, 'openTransport'> {
  return {
    async openTransport(opts) {
      asked.push(opts);
      return createHttpTransport({ ...opts, timeoutMs: 100 });
    },
  };
}

/** Every report exactly once nationally, and its national id stored locally. */
function expectExactlyOnce(a: Agency, tickets: string[]): void {
  expect(copiesByTicket(a.sim)).toEqual(new Map(tickets.map((t) => [t, 1])));
  for (const t of tickets) {
    const national = [...a.sim.state.complaints.values()].find((c) => c.body.external_ref === t)!;
    expect(reportRow(a.db, t).national_id).toBe(String(national.id));
  }
}

describe('faults on the way: each kind is survived without duplicates or losses', () => {
  // The wait before the one retry each needs: the first backoff of the real policy (base 1000 ms,
  // jitter pinned to 0.5: 500 + 0.5 x 500), or the server's Retry-After of 3 s where it is longer.
  const kinds: [FaultKind, number][] = [
    ['drop', 750],
    ['lostAck', 750],
    ['500', 750],
    ['502', 750],
    ['503', 3000],
    ['429', 3000],
    ['hang', 750],
  ];
  for (const [kind, wait] of kinds) {
    it(`${kind} on create and on follow-up`, async () => {
      const a = await agency({}, { 'national.timeout_seconds': '1' });
      await a.ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
      await a.ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
      const t = await a.addReport();
      await a.ok(['verify', t]);
      await a.ok(['assign', t, 'Andi Pratama']);
      await a.ok(['respond', t, '--note', 'Sedang ditinjau']);
      a.sim.inject({ operation: 'createComplaint', kind, retryAfter: 3 }, { operation: 'addFollowup', kind, retryAfter: 3 });
      const asked: HttpTransportOptions[] = [];
      const r = await a.lapor(['sync', 'push', '--format', 'json'], { runtime: quickTimeouts(asked) });
      expect(r.code, r.stderr).toBe(0);
      expect(asked).toEqual([{ timeoutMs: 1000, deadlineMs: 1000, maxBytes: 4 * 1024 * 1024, maxSockets: 4 }]);
      expect(a.time.slept).toEqual([wait, wait]);
      expect(a.sim.stats.faults[kind]).toBe(2);
      expectExactlyOnce(a, [t]);
      const [complaint] = [...a.sim.state.complaints.values()];
      expect(complaint!.followups.map((f) => f.content)).toEqual(['Sedang ditinjau']);
      // Each operation needed exactly one extra try.
      expect(outbox(a.db).map((o) => [o.kind, o.state, o.attempts])).toEqual([
        ['create', 'done', 2],
        ['followup', 'done', 2],
      ]);
    });
  }

  it('a Retry-After longer than a run waits is honoured: deferred, shown with its time, sent by a later run', async () => {
    const a = await agency();
    const t = await a.addReport();
    a.sim.inject({ operation: 'createComplaint', kind: '503', retryAfter: 3600 });
    const first = await a.lapor(['sync', 'push', '--format', 'json'], { now: day('2026-11-27', '10:00') });
    expect(first.code).toBe(5);
    expect(JSON.parse(first.stdout).failures[0]).toMatchObject({ ticket: t, code: 'sync.reason.throttled' });
    const status = JSON.parse((await a.ok(['sync', 'status', '--format', 'json'])).stdout);
    expect(status).toMatchObject({ queued: 1, failed: 0, next_retry_at: '2026-11-27T03:00:00.000Z' });
    // Before that time a run leaves it alone (and says it waits); after it, it goes.
    const early = await a.lapor(['sync', 'push', '--format', 'json'], { now: day('2026-11-27', '10:30') });
    expect(JSON.parse(early.stdout)).toMatchObject({ pushed: 0, waiting: 1, failed: 0 });
    expect(a.sim.stats.byOperation.createComplaint).toBe(1);
    expect((await a.lapor(['sync', 'push'], { now: day('2026-11-27', '11:01') })).code).toBe(0);
    expectExactlyOnce(a, [t]);
    // The hour was never waited inside a run.
    expect(a.time.slept).toEqual([]);
  });

  it('a persistent outage leaves everything queued with the reason; a later run delivers all, once', async () => {
    const a = await agency({}, { 'national.max_attempts': '2' });
    const tickets = [];
    for (let i = 0; i < 5; i++) tickets.push(await a.addReport());
    a.sim.inject({ kind: '500', times: 1000 });
    const down = await a.lapor(['sync', 'push', '--format', 'json', '--concurrency', '2']);
    expect(down.code).toBe(5);
    const summary = JSON.parse(down.stdout);
    expect(summary.failures).toHaveLength(5);
    expect(summary.failures[0].reason).toContain('HTTP 500');
    expect(outbox(a.db).every((o) => o.state === 'queued' && o.attempts === 2 && o.last_error !== null)).toBe(true);
    // One backoff per report between its two tries, then deferred rather than waited for.
    expect(a.time.slept).toEqual([750, 750, 750, 750, 750]);
    await a.sim.close();
    // The national service comes back (same data, new process is not needed: clear the faults).
    const b = await agency();
    // Point the old database at the new simulator and send.
    await a.ok(['config', 'set', 'national.url', b.sim.url]);
    const later = await a.lapor(['sync', 'push', '--force']);
    expect(later.code, later.stderr).toBe(0);
    expect(copiesByTicket(b.sim)).toEqual(new Map(tickets.map((t) => [t, 1])));
  });

  it('random faults at high rates: a few runs deliver every report and follow-up exactly once', async () => {
    const a = await agency(
      { seed: 7, dropRate: 0.1, failRate: 0.1, throttleRate: 0.05, lostAckRate: 0.15, retryAfterSec: 0 },
      { 'national.max_attempts': '3' },
    );
    await a.ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
    await a.ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
    const tickets = [];
    for (let i = 0; i < 24; i++) {
      const t = await a.addReport();
      tickets.push(t);
      if (i % 3 === 0) {
        await a.ok(['verify', t]);
        await a.ok(['assign', t, 'Andi Pratama']);
        await a.ok(['respond', t, '--note', `Tanggapan ${i}`]);
        await a.ok(['followup', t, '--note', `Tindak lanjut ${i}`]);
      }
    }
    let runs = 0;
    for (; runs < 10 && outbox(a.db).some((o) => o.state !== 'done'); runs++) await a.lapor(['sync', 'push', '--force']);
    expect(outbox(a.db).filter((o) => o.state !== 'done')).toEqual([]);
    expect(a.sim.stats.faults.lostAck ?? 0).toBeGreaterThan(0);
    // The retries backed off within the policy, on virtual time.
    expect(a.time.slept.length).toBeGreaterThan(0);
    expect(a.time.slept.every((ms) => ms >= 500 && ms <= 60_000)).toBe(true);
    expectExactlyOnce(a, tickets);
    for (const c of a.sim.state.complaints.values()) {
      const i = Number(/nomor (\d+)/.exec(String(c.body.title))![1]) - 1;
      expect(c.followups.map((f) => f.content)).toEqual(i % 3 === 0 ? [`Tanggapan ${i}`, `Tindak lanjut ${i}`] : []);
    }
    expect(query(a.db, "SELECT count(*) AS n FROM outbox WHERE state = 'done'")).toEqual([{ n: 24 + 8 * 2 }]);
  }, 60_000);
});
