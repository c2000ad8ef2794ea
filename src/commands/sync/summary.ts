/** What a sync run did, for a person (stderr) or a cron job (JSON), and its exit code. */

import type { AppContext } from '../../context.js';
import type { PushResult } from '../../sync/push.js';
import type { PullResult } from '../../sync/pull.js';
import { finishOrThrow, reasonText, type Failure } from './common.js';

/**
 * What a run did, for a person (stderr: one summary line, then one line per failed ticket with the
 * reason) or for a cron job (`--format json` on stdout). Then the exit: 6 auth, 5 failures.
 */
export function summarize(ctx: AppContext, format: string | undefined, push: PushResult | undefined, pull: PullResult | undefined): void {
  const { io } = ctx;
  const pushed = push?.results.filter((r) => r.outcome === 'sent') ?? [];
  const waiting = push?.results.filter((r) => r.outcome === 'waiting') ?? [];
  const failures: Failure[] = [
    ...(push?.results ?? []).filter((r) => r.outcome === 'failed' || r.outcome === 'deferred' || r.outcome === 'stopped').map((r) => ({ ticket: r.ticket, stage: 'push' as const, kind: r.kind, reason: r.reason })),
    ...(pull?.results ?? []).filter((r) => r.outcome === 'failed').map((r) => ({ ticket: r.ticket, stage: 'pull' as const, reason: r.reason })),
  ];
  const updated = pull?.results.filter((r) => r.outcome === 'updated') ?? [];
  const pulled = pull?.results.filter((r) => r.outcome !== 'failed') ?? [];
  const authFailed = push?.authFailed ?? pull?.authFailed;
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
          sent: pushed.map((r) => ({ ticket: r.ticket, kind: r.kind, national_id: r.nationalId ?? null })),
          changes: updated.map((r) => ({ ticket: r.ticket, from: r.from, to: r.to, added: r.added ?? 0, reopened: r.reopened ?? false })),
          failures: failures.map((f) => ({ ticket: f.ticket, stage: f.stage, kind: f.kind ?? null, code: f.reason?.key ?? null, reason: reasonText(ctx, f.reason) })),
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
      io.err(io.t(r.reopened ? 'sync.line.reopened' : r.from !== r.to ? 'sync.line.status' : 'sync.line.added', { ticket: r.ticket, from: r.from ?? '', to: r.to ?? '', added: r.added ?? 0 }));
    }
    for (const f of failures) io.err(io.t('sync.line.failed', { ticket: f.ticket, what: f.kind ?? f.stage, reason: reasonText(ctx, f.reason) }));
  }
  finishOrThrow(authFailed, failures);
}
