/** Polls the national system for reports that are not final, here or there. */

import type { DeadlineEnv } from '../domain/deadlines.js';
import { pollCutoffs } from '../domain/national-reconcile.js';
import {
  applyPull,
  knownFollowupIds,
  markChecked,
  reportsToPoll,
  unconfirmedFollowupTexts,
  type PollTarget,
  type PulledFollowup,
} from '../store/sync-pull-repo.js';
import type { NationalError } from './client.js';
import type { NationalFollowup } from './payload.js';
import { attempt } from './attempt.js';
import { Breaker, Gate, runPool, type SyncRunDeps } from './pool.js';
import { reason, type Reason } from './reason.js';

/*
 * Polls the national system for every report that is not final: its status and its follow-ups;
 * and, less often, for those final here whose national record is not final yet (a disagreement
 * lapor must be able to show). Each report at most once per interval unless forced, a few at a
 * time. Everything it learns is written once (follow-ups by national id), so running it twice
 * changes nothing the second time.
 */

export interface PullDeps extends SyncRunDeps {
  deadlines: DeadlineEnv;
  onProgress?(done: number, total: number, failed: number): void;
}

export interface PullReportResult {
  ticket: string;
  outcome: 'updated' | 'unchanged' | 'failed';
  from?: string;
  to?: string;
  added?: number;
  reopened?: boolean;
  /** This check found the records disagreeing (they did not before): both statuses. */
  newMismatch?: { local: string; national: string };
  /** National dates not believed (before the report's receipt, or in the future): stored with the time of the pull. */
  badDates?: number;
  reason?: Reason;
}

export interface PullResult {
  results: PullReportResult[];
  authFailed?: Reason;
  /** Connection failures in a row stopped the run: the last one's detail. */
  unreachable?: string;
}

/** A day of slack for time zones and clocks; anything further out is the national side's mistake. */
const dayMs = 24 * 3600_000;

/**
 * New follow-ups once each (a list naming one id twice is a conflicting answer: the first wins),
 * with dates before the report's receipt or in the future replaced by `now` and counted.
 */
export function freshFollowups(
  list: readonly NationalFollowup[],
  known: ReadonlySet<string>,
  ours: ReadonlySet<string>,
  target: { receivedAt: string },
  now: string,
): { fresh: PulledFollowup[]; badDates: number } {
  const seen = new Set(known);
  const earliest = new Date(Date.parse(target.receivedAt.slice(0, 10)) - dayMs).toISOString();
  const latest = new Date(Date.parse(now) + dayMs).toISOString();
  let badDates = 0;
  const fresh: PulledFollowup[] = [];
  for (const f of list) {
    if (seen.has(f.id) || (f.author !== 'reporter' && ours.has(f.content.trim()))) continue;
    seen.add(f.id);
    const believable = f.at !== undefined && f.at >= earliest && f.at <= latest;
    if (f.at !== undefined && !believable) badDates++;
    fresh.push({ id: f.id, content: f.content, at: believable ? f.at! : now, author: f.author, ...(f.isFinal ? { isFinal: true } : {}) });
  }
  fresh.sort((a, b) => (a.at === b.at ? Number(a.id) - Number(b.id) : a.at < b.at ? -1 : 1));
  return { fresh, badDates };
}

export async function pullReports(deps: PullDeps, opts: { force: boolean; pollHours: number; tickets?: readonly string[] }): Promise<PullResult> {
  const { db, client, clock } = deps;
  const gate = new Gate(deps.monotonic, deps.sleep);
  const targets = reportsToPoll(db, { ...pollCutoffs(clock(), opts.pollHours, opts.force), tickets: opts.tickets });
  const results: PullReportResult[] = [];
  let failed = 0;
  let authFailed: Reason | undefined;
  const breaker = new Breaker(deps.maxConnectionFailures);
  const stopped = () => authFailed !== undefined || breaker.tripped !== undefined;

  const tries = { policy: deps.policy, random: deps.random, sleep: deps.sleep, gate, breaker };
  const fetch = <T>(call: () => Promise<T>) => attempt(tries, call, { stop: stopped });

  async function pullOne(target: PollTarget): Promise<void> {
    const done = (r: PullReportResult) => {
      results.push(r);
      if (r.outcome === 'failed') failed++;
      deps.onProgress?.(results.length, targets.length, failed);
    };
    const fail = (error: NationalError) => {
      const why = reason(`sync.reason.${error.kind}`, { detail: error.detail });
      if (error.kind === 'auth') authFailed ??= why;
      // An unknown complaint is checked again only after the interval, like any other.
      if (error.kind === 'notFound') markChecked(db, target.id, clock().toISOString());
      done({ ticket: target.ticket, outcome: 'failed', reason: why });
    };
    const detail = await fetch(() => client.detail(target.nationalId));
    if (!detail.ok) return fail(detail.error);
    const list = await fetch(() => client.followups(target.nationalId));
    if (!list.ok) return fail(list.error);

    const now = clock().toISOString();
    const known = knownFollowupIds(db, target.id);
    const ours = unconfirmedFollowupTexts(db, target.id);
    const { fresh, badDates } = freshFollowups(list.value, known, ours, target, now);
    const { statusName, trackingId, reason: rejectReason } = detail.value;
    const input = { reportId: target.id, statusName, followups: fresh, now, ...(trackingId ? { trackingId } : {}), ...(rejectReason ? { rejectReason } : {}) };
    const outcome = applyPull(db, input, deps.deadlines);
    const changed = outcome.from !== outcome.to || outcome.added > 0;
    done({
      ticket: target.ticket,
      outcome: changed ? 'updated' : 'unchanged',
      from: outcome.from,
      to: outcome.to,
      added: outcome.added,
      reopened: outcome.reopened,
      ...(outcome.mismatch?.since === now ? { newMismatch: { local: outcome.mismatch.local, national: outcome.mismatch.national } } : {}),
      ...(badDates ? { badDates } : {}),
    });
  }

  await runPool(targets, deps.concurrency, pullOne, stopped);
  return { results, ...(authFailed ? { authFailed } : {}), ...(breaker.tripped ? { unreachable: breaker.tripped } : {}) };
}
