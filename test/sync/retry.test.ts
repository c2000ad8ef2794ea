import { describe, expect, it } from 'vitest';
import { backoffMs, classifyStatus, decide, defaultPolicy, parseRetryAfter } from '../../src/sync/retry.js';
import { Gate, runPool } from '../../src/sync/pool.js';
import { realRuntime } from '../../src/sync/runtime.js';

describe('retry policy (pure)', () => {
  it('classifies answers as the contract says', () => {
    expect([200, 201, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504].map(classifyStatus)).toEqual([
      undefined,
      undefined,
      'invalid',
      'auth',
      'auth',
      'notFound',
      'invalid',
      'invalid',
      'throttled',
      'transient',
      'transient',
      'throttled',
      'transient',
    ]);
  });

  it('backs off exponentially with equal jitter, capped', () => {
    // random() = 0 gives the fixed half, 1 the full ceiling.
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, 1000, 60_000, () => 0))).toEqual([500, 1000, 2000, 4000, 8000]);
    expect([1, 2, 3].map((n) => backoffMs(n, 1000, 60_000, () => 1))).toEqual([1000, 2000, 4000]);
    expect(backoffMs(20, 1000, 60_000, () => 1)).toBe(60_000);
    expect(backoffMs(20, 1000, 60_000, () => 0)).toBe(30_000);
    const draws = new Set(Array.from({ length: 50 }, (_, i) => backoffMs(3, 1000, 60_000, () => i / 50)));
    expect(draws.size).toBeGreaterThan(40);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-27T01:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 01:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('decides: fail on invalid/404, stop on auth, retry transient within the run, then defer', () => {
    const p = { ...defaultPolicy, maxAttempts: 3, baseMs: 100 };
    const r = () => 0.5;
    expect(decide({ kind: 'invalid', attemptInRun: 1, attemptsTotal: 1 }, p, r)).toEqual({ action: 'fail' });
    expect(decide({ kind: 'notFound', attemptInRun: 1, attemptsTotal: 1 }, p, r)).toEqual({ action: 'fail' });
    expect(decide({ kind: 'auth', attemptInRun: 1, attemptsTotal: 1 }, p, r)).toEqual({ action: 'stop' });
    expect(decide({ kind: 'transient', attemptInRun: 1, attemptsTotal: 1 }, p, r)).toEqual({ action: 'retry', delayMs: 75 });
    expect(decide({ kind: 'transient', attemptInRun: 2, attemptsTotal: 2 }, p, r)).toEqual({ action: 'retry', delayMs: 150 });
    // Third try of the run failed: leave it queued, next time later the more often it failed.
    const deferred = decide({ kind: 'transient', attemptInRun: 3, attemptsTotal: 9 }, p, r);
    expect(deferred).toEqual({ action: 'defer', delayMs: 0.75 * 100 * 2 ** 8 });
  });

  it('honours Retry-After: waits when short, defers to a later run when longer than the cap', () => {
    const p = { ...defaultPolicy, maxAttempts: 4, baseMs: 100, maxWaitMs: 5000 };
    expect(decide({ kind: 'throttled', attemptInRun: 1, attemptsTotal: 1, retryAfterMs: 2000 }, p, () => 0)).toEqual({ action: 'retry', delayMs: 2000 });
    expect(decide({ kind: 'throttled', attemptInRun: 1, attemptsTotal: 1, retryAfterMs: 120_000 }, p, () => 0)).toEqual({ action: 'defer', delayMs: 120_000 });
  });
});

describe('bounded concurrency and the shared pause', () => {
  it('never runs more than the limit at once and runs every item once', async () => {
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    await runPool(
      Array.from({ length: 25 }, (_, i) => i),
      4,
      async (i) => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 2));
        seen.push(i);
        running--;
      },
    );
    expect(peak).toBe(4);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it('a pause makes every worker wait for the rest of it', async () => {
    let now = 1000;
    const slept: number[] = [];
    const gate = new Gate(
      () => now,
      async (ms) => {
        slept.push(ms);
        now += ms;
      },
    );
    await gate.pass();
    gate.pause(300);
    now += 100;
    await gate.pass();
    await gate.pass();
    expect(slept).toEqual([200]);
  });
});

describe('the production runtime', () => {
  it('really waits, draws real jitter and sends over node:http (tests inject their own)', async () => {
    const started = performance.now();
    await realRuntime.sleep(30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    expect(realRuntime.random).toBe(Math.random);
    expect(realRuntime.monotonic).toBe(Date.now);
    const transport = await realRuntime.openTransport({ timeoutMs: 1000, maxSockets: 1 });
    // Nothing listens on port 9 of this host: the real socket's refusal, as a network error.
    await expect(transport({ method: 'GET', url: 'http://127.0.0.1:9/', headers: {} })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    transport.close();
  });
});
