import { onTestFinished } from 'vitest';
import { run, tempDb, query, type RunResult } from '../helpers/cli.js';
import { startSimulator, type SimOptions, type Simulator } from '../../src/sync/simulator/server.js';
import type { SyncRuntime } from '../../src/sync/runtime.js';
import { virtualTime, type VirtualTime } from '../helpers/time.js';

/** The credentials the simulator expects by default; tests pass them like an admin would, in the environment. */
export const simEnv = { LAPOR_API_KEY: 'sim-key', LAPOR_API_TOKEN: 'sim-token' };

// Friday 27 Nov 2026, 09:00 WITA.
export const day = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`).toISOString();

export interface LaporOptions {
  now?: string;
  env?: NodeJS.ProcessEnv;
  /** Replaces parts of the agency's virtual runtime (e.g. the transport). */
  runtime?: Partial<SyncRuntime>;
}

export interface Agency {
  db: string;
  sim: Simulator;
  /** The waits of every in-process sync of this agency: recorded, not slept. */
  time: VirtualTime;
  /** Runs the CLI against this agency's database with the simulator's credentials. */
  lapor(args: string[], opts?: LaporOptions): Promise<RunResult>;
  /** Like lapor() but fails the test on a non-zero exit. */
  ok(args: string[], opts?: LaporOptions): Promise<RunResult>;
  addReport(fields?: Record<string, string>, flags?: string[]): Promise<string>;
}

/**
 * A fresh agency database pointed at a fresh simulator on 127.0.0.1. Its syncs run with the real
 * retry policy and real HTTP, on virtual time: no test waits for a backoff, and each can assert
 * the delays asked for in `time.slept`. A process spawned on its database waits for real.
 */
export async function agency(sim: SimOptions = {}, settings: Record<string, string> = {}): Promise<Agency> {
  const server = await startSimulator(sim);
  // Closed after the test (a test may have closed it itself). A hook of the test, not of this
  // module: test files share this module when vitest does not isolate them.
  onTestFinished(() => server.close());
  const db = tempDb();
  const time = virtualTime();
  const lapor = (args: string[], opts: LaporOptions = {}) =>
    run(args, { db, now: opts.now ?? day('2026-11-27'), env: { ...simEnv, ...opts.env }, runtime: { ...time, ...opts.runtime } });
  const ok = async (args: string[], opts: LaporOptions = {}) => {
    const r = await lapor(args, opts);
    if (r.code !== 0) throw new Error(`lapor ${args.join(' ')} -> ${r.code}\n${r.stderr}`);
    return r;
  };
  await ok(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti']);
  const all = { 'national.url': server.url, 'national.timeout_seconds': '2', ...settings };
  for (const [key, value] of Object.entries(all)) await ok(['config', 'set', key, value]);
  let n = 0;
  return {
    db,
    sim: server,
    time,
    lapor,
    ok,
    async addReport(fields = {}, flags = []) {
      n++;
      const base: Record<string, string> = {
        channel: 'surat',
        title: `Laporan nomor ${n} tentang jalan`,
        description: `Uraian laporan nomor ${n} yang cukup panjang`,
        ...fields,
      };
      const args = ['add', ...Object.entries(base).flatMap(([k, v]) => [`--${k}`, v]), '--allow-duplicate', ...flags];
      return (await ok(args)).stdout.trim();
    },
  };
}

export function outbox(db: string): { ticket: string; kind: string; state: string; attempts: number; idempotency_key: string; last_error: string | null }[] {
  return query(
    db,
    'SELECT r.ticket, o.kind, o.state, o.attempts, o.idempotency_key, o.last_error FROM outbox o JOIN reports r ON r.id = o.report_id ORDER BY o.id',
  );
}

export function reportRow(db: string, ticket: string): Record<string, unknown> {
  return query<Record<string, unknown>>(db, 'SELECT * FROM reports WHERE ticket = ?', ticket)[0]!;
}

/** How many national complaints carry each of our tickets: exactly one each is the goal. */
export function copiesByTicket(sim: Simulator): Map<string, number> {
  const copies = new Map<string, number>();
  for (const c of sim.state.complaints.values()) {
    const ref = String(c.body.external_ref);
    copies.set(ref, (copies.get(ref) ?? 0) + 1);
  }
  return copies;
}
