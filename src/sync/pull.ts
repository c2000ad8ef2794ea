/** Polls the national system for reports that are not final. */

import type { DeadlineEnv } from '../domain/deadlines.js';
import { applyPull, knownFollowupIds, markChecked, reportsToPoll, unconfirmedFollowupTexts, type PollTarget, type PulledFollowup } from '../store/sync-pull-repo.js';
import type { NationalError } from './client.js';
import { attempt } from './attempt.js';
import { Gate, runPool, type SyncRunDeps } from './pool.js';
import { reason, type Reason } from './reason.js';

/*
 * Polls the national system for every report that is not final: its status and its follow-ups.
 * Each report at most once per interval unless forced, a few at a time. Everything it learns is
 * written once (follow-ups by national id), so running it twice changes nothing the second time.
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
  reason?: Reason;
}

export interface PullResult {
  results: PullReportResult[];
  authFailed?: Reason;
}

export async function pullReports(deps: PullDeps, opts: { force: boolean; pollHours: number; tickets?: readonly string[] }): Promise<PullResult> {
  const { db, client, clock } = deps;
  const gate = new Gate(deps.monotonic, deps.sleep);
  const checkedBefore = opts.force ? undefined : new Date(clock().getTime() - opts.pollHours * 3600_000).toISOString();
  const targets = reportsToPoll(db, { checkedBefore, tickets: opts.tickets });
  const results: PullReportResult[] = [];
  let failed = 0;
  let authFailed: Reason | undefined;

  const tries = { policy: deps.policy, random: deps.random, sleep: deps.sleep, gate };
  const fetch = <T>(call: () => Promise<T>) => attempt(tries, call, { stop: () => authFailed !== undefined });

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
    const fresh: PulledFollowup[] = list.value
      .filter((f) => !known.has(f.id) && !(f.author !== 'reporter' && ours.has(f.content.trim())))
      .map((f) => ({ id: f.id, content: f.content, at: f.at ?? now, author: f.author }))
      .sort((a, b) => (a.at === b.at ? Number(a.id) - Number(b.id) : a.at < b.at ? -1 : 1));
    const input = { reportId: target.id, statusName: detail.value.statusName, followups: fresh, now };
    const outcome = applyPull(db, detail.value.trackingId ? { ...input, trackingId: detail.value.trackingId } : input, deps.deadlines);
    const changed = outcome.from !== outcome.to || outcome.added > 0;
    done({ ticket: target.ticket, outcome: changed ? 'updated' : 'unchanged', from: outcome.from, to: outcome.to, added: outcome.added, reopened: outcome.reopened });
  }

  await runPool(targets, deps.concurrency, pullOne, () => authFailed !== undefined);
  return authFailed ? { results, authFailed } : { results };
}
