/** A bounded-concurrency pool and the run dependencies push and pull share. */

import type { DB } from '../store/database.js';
import type { NationalClient } from './client.js';
import type { RetryPolicy } from './retry.js';

/** Runs `work` over `items` with at most `concurrency` at once; stops taking new items once `stopped()` is true. */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
  stopped: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stopped()) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}

export type Sleep = (ms: number) => Promise<void>;

/** What pushing and pulling both run on. */
export interface SyncRunDeps {
  db: DB;
  client: NationalClient;
  policy: RetryPolicy;
  concurrency: number;
  random: () => number;
  sleep: Sleep;
  /** Stamps what is stored. */
  clock: () => Date;
  /** Milliseconds the waits are measured on; separate from `clock`, which stamps what is stored. */
  monotonic: () => number;
  /** Connection failures in a row after which the run stops (national.max_connection_failures). */
  maxConnectionFailures?: number;
}

/**
 * Counts connection failures in a row (no answer at all) across the workers of a run. When the
 * national system is down, the run stops after a few instead of trying every operation in turn.
 */
export class Breaker {
  private inARow = 0;
  /** The last failure's detail once the breaker tripped. */
  tripped: string | undefined;
  constructor(private readonly limit: number = Number.POSITIVE_INFINITY) {}

  failed(detail: string): void {
    if (++this.inARow >= this.limit) this.tripped ??= detail;
  }

  answered(): void {
    this.inARow = 0;
  }
}

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A shared "not before" time: when the national system says slow down (429/503 with Retry-After),
 * every worker waits, not only the one that was told.
 */
export class Gate {
  private until = 0;
  constructor(
    private readonly now: () => number,
    private readonly sleep: Sleep,
  ) {}

  pause(ms: number): void {
    this.until = Math.max(this.until, this.now() + ms);
  }

  /** One wait for the pause known now; a pause set meanwhile is caught at the next request. */
  async pass(): Promise<void> {
    const wait = this.until - this.now();
    if (wait > 0) await this.sleep(wait);
  }
}
