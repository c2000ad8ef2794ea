import type { SyncRuntime } from '../../src/sync/runtime.js';

/** A sync runtime whose waits take no time: every asked delay is recorded, and its clock moves on by it. */
export interface VirtualTime extends Pick<SyncRuntime, 'sleep' | 'random' | 'monotonic'> {
  /** The delays asked for, in order (backoffs, Retry-After waits and shared pauses). */
  readonly slept: number[];
}

/**
 * `random` is fixed (0.5 by default) so the jittered backoff is known: with the default base of
 * 1000 ms the first retry waits 750 ms, the second 1500 ms. Concurrent sleeps each move the clock
 * on by their whole delay, so the clock runs ahead of what real time would show, never behind: a
 * shared pause can only end early here, never wait longer than it would for real.
 */
export function virtualTime(random = 0.5): VirtualTime {
  const slept: number[] = [];
  let ahead = 0;
  return {
    slept,
    random: () => random,
    monotonic: () => Date.now() + ahead,
    async sleep(ms) {
      slept.push(ms);
      ahead += ms;
      // Still a turn of the event loop, as a real timer is: sockets and other workers move on.
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}
