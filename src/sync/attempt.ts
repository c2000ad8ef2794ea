/** One request with the in-run retries of the policy. */

import { NationalError } from './client.js';
import { decide, type Decision, type RetryPolicy } from './retry.js';
import type { Breaker, Gate, Sleep } from './pool.js';

export type Attempt<T> = { ok: true; value: T } | { ok: false; decision: Decision; error: NationalError };

export interface AttemptDeps {
  policy: RetryPolicy;
  random: () => number;
  sleep: Sleep;
  /** Shared by all workers of a run: a 429/503 slows every one of them down. */
  gate: Gate;
  /** Shared by all workers of a run: connection failures in a row stop it. */
  breaker?: Breaker;
}

/**
 * One request with the in-run retries of the policy. `begin` runs before every try and returns the
 * total number of tries so far (the outbox counts them); `stop` ends the retrying early.
 */
export async function attempt<T>(deps: AttemptDeps, call: () => Promise<T>, hooks: { begin?: () => number; stop?: () => boolean } = {}): Promise<Attempt<T>> {
  for (let inRun = 1; ; inRun++) {
    await deps.gate.pass();
    const total = hooks.begin?.() ?? inRun;
    try {
      const value = await call();
      deps.breaker?.answered();
      return { ok: true, value };
    } catch (error) {
      if (!(error instanceof NationalError)) throw error;
      if (error.networkCode) deps.breaker?.failed(error.detail);
      else deps.breaker?.answered();
      const decision = decide({ kind: error.kind, attemptInRun: inRun, attemptsTotal: total, retryAfterMs: error.retryAfterMs }, deps.policy, deps.random);
      if (error.kind === 'throttled') deps.gate.pause(decision.action === 'retry' ? decision.delayMs : (error.retryAfterMs ?? 0));
      if (decision.action !== 'retry' || hooks.stop?.() || deps.breaker?.tripped) return { ok: false, decision, error };
      await deps.sleep(decision.delayMs);
    }
  }
}
