/** What the sync waits with, draws jitter from and sends through: real in production, virtual in tests. */

import type { HttpTransportOptions, Transport } from './transport.js';
import { realSleep, type Sleep } from './pool.js';

/**
 * What the sync waits with, draws jitter from and sends through. Production uses the real ones;
 * tests pass a sleep that only records the asked delays (so backoff and Retry-After are asserted
 * in milliseconds of test time) while requests still cross real HTTP to the local simulator.
 */
export interface SyncRuntime {
  sleep: Sleep;
  /** Jitter of the backoff, in [0, 1). */
  random: () => number;
  /** Milliseconds the shared pause is measured on; it must advance with `sleep`. */
  monotonic: () => number;
  /** The transport of one run, closed when the run ends. */
  openTransport(opts: HttpTransportOptions): Promise<Transport & { close(): void }>;
}

export const realRuntime: SyncRuntime = {
  sleep: realSleep,
  random: Math.random,
  monotonic: Date.now,
  async openTransport(opts) {
    // node:https alone costs ~25 ms of start-up: loaded only when a command goes to the network.
    const { createHttpTransport } = await import('./transport.js');
    return createHttpTransport(opts);
  },
};
