/** What a sync run did, for a person (stderr) or a cron job (JSON), and its exit code. */

import type { AppContext } from '../../context.js';
import type { PushResult } from '../../sync/push.js';
import type { PullResult } from '../../sync/pull.js';
import { humanDateTime } from '../../domain/dates.js';
import { finishOrThrow, reasonText, type Failure, type Unreachable } from './common.js';

/** When the national system could not be reached: the detail and the earliest retry, in local time. */
function unreachableOf(ctx: AppContext, push: PushResult | undefined, pull: PullResult | undefined): Unreachable | undefined {
  const detail = push?.unreachable ?? pull?.unreachable;
  if (detail === undefined) return undefined;
  const next = (push?.results ?? [])
    .map((r) => r.nextAt)
    .filter((t): t is string => t !== undefined)
    .sort()[0];
  return { detail, next: next ? humanDateTime(next, ctx.settings().timezone) : '', nextAt: next ?? null };
}

/**
 * What a run did, for a person (stderr: one summary line, then one line per failed ticket with the
 * reason) or for a cron job (`--format json` on stdout). Then the exit: 6 auth, 5 failures.
 */
export function summarize(ctx: AppContext, format: string | undefined, push: PushResult | undefined, pull: PullResult | undefined): void {
  const { io } = ctx;
  const pushed = push?.results.filter((r) => r.outcome === 'sent') ?? [];
  const waiting = push?.results.filter((r) => r.outcome === 'waiting') ?? [];
  const failures: Failure[] = [
    ...(push?.results ?? [])
      .filter((r) => r.outcome === 'failed' || r.outcome === 'deferred' || r.outcome === 'stopped')
      .map((r) => ({ ticket: r.ticket, stage: 'push' as const, kind: r.kind, reason: r.reason })),
    ...(pull?.results ?? []).filter((r) => r.outcome === 'failed').map((r) => ({ ticket: r.ticket, stage: 'pull' as const, reason: r.reason })),
  ];
  const updated = pull?.results.filter((r) => r.outcome === 'updated') ?? [];
  const pulled = pull?.results.filter((r) => r.outcome !== 'failed') ?? [];
  const disagreeing = pulled.filter((r) => r.newMismatch);
  const authFailed = push?.authFailed ?? pull?.authFailed;
  const unreachable = unreachableOf(ctx, push, pull);
  // With the national system down every failure says the same: one message instead of a line each.
  const listed = unreachable ? failures.filter((f) => f.reason?.key !== 'sync.reason.transient') : failures;
  if (format === 'json') {
    io.out(
      JSON.stringify(
        {
          ok: failures.length === 0 && !authFailed,
          pushed: pushed.length,
          waiting: waiting.length,
          pulled: pulled.length,
          updated: updated.length,
          failed: failures.length,
          auth_failed: authFailed ? reasonText(ctx, authFailed) : null,
          unreachable: unreachable ? { detail: unreachable.detail, next_retry: unreachable.nextAt } : null,
          sent: pushed.map((r) => ({ ticket: r.ticket, kind: r.kind, national_id: r.nationalId ?? null })),
          changes: updated.map((r) => ({ ticket: r.ticket, from: r.from, to: r.to, added: r.added ?? 0, reopened: r.reopened ?? false })),
          bad_dates: updated.filter((r) => r.badDates).map((r) => ({ ticket: r.ticket, count: r.badDates })),
          new_mismatches: disagreeing.map((r) => ({ ticket: r.ticket, local: r.newMismatch!.local, national: r.newMismatch!.national })),
          failures: failures.map((f) => ({
            ticket: f.ticket,
            stage: f.stage,
            kind: f.kind ?? null,
            code: f.reason?.key ?? null,
            reason: reasonText(ctx, f.reason),
          })),
        },
        null,
        2,
      ),
    );
  } else {
    const parts: string[] = [];
    if (push) parts.push(io.t('sync.summary.push', { pushed: pushed.length, waiting: waiting.length }));
    if (pull) parts.push(io.t('sync.summary.pull', { pulled: pulled.length, updated: updated.length }));
    parts.push(io.t('sync.summary.failed', { failed: failures.length }));
    const line = parts.join(', ');
    io.err(failures.length || authFailed ? io.chalk.yellow(line) : io.chalk.green(line));
    for (const r of updated) {
      io.err(
        io.t(r.reopened ? 'sync.line.reopened' : r.from !== r.to ? 'sync.line.status' : 'sync.line.added', {
          ticket: r.ticket,
          from: r.from ?? '',
          to: r.to ?? '',
          added: r.added ?? 0,
        }),
      );
    }
    for (const r of updated) if (r.badDates) io.err(io.t('sync.line.badDates', { ticket: r.ticket, count: r.badDates }));
    for (const { ticket, newMismatch: m } of disagreeing) io.err(io.t('sync.line.mismatch', { ticket, local: m!.local, national: m!.national }));
    for (const f of listed) io.err(io.t('sync.line.failed', { ticket: f.ticket, what: f.kind ?? f.stage, reason: reasonText(ctx, f.reason) }));
  }
  finishOrThrow(authFailed, failures, unreachable);
}
