/** `lapor sync status`: queued, in flight, failed, last success, next retry. */

import type { AppContext } from '../../context.js';
import type { IO } from '../../io/io.js';
import { formatOf } from '../shared.js';
import { renderRecord, renderRows, type OutputFormat, type RecordField } from '../../io/render.js';
import { humanDateTime } from '../../domain/dates.js';
import { lockHolder, outboxSummary, runInfo, type LockHolder, type OutboxSummary, type RunInfo } from '../../store/sync-repo.js';
import { mastersInfo } from '../../store/national-repo.js';
import { reportsToPoll } from '../../store/sync-pull-repo.js';
import { mismatchCount } from '../../store/mismatch-repo.js';
import { pollCutoffs } from '../../domain/national-reconcile.js';
import { decodeReason } from '../../sync/reason.js';
import { reasonText, syncConfig } from './common.js';

type Problem = OutboxSummary['problems'][number] & { reason: string };

/** Everything the status shows, read from the local database. */
interface Status {
  url: string;
  summary: OutboxSummary;
  runs: RunInfo[];
  holder: LockHolder | undefined;
  masters: ReturnType<typeof mastersInfo>;
  dueToPoll: number;
  /** Reports whose local and national statuses disagree (`--mismatches` lists them). */
  mismatches: number;
  problems: Problem[];
  /** An ISO time as people read it (agency time with WIB/WITA/WIT). */
  local: (iso: string | null) => string | null;
}

function readStatus(ctx: AppContext): Status {
  const db = ctx.db();
  const tz = ctx.settings().timezone;
  const config = syncConfig(ctx, {}, false);
  const summary = outboxSummary(db);
  const runs = runInfo(db);
  const holder = lockHolder(db);
  const masters = mastersInfo(db);
  const dueToPoll = reportsToPoll(db, pollCutoffs(ctx.clock(), config.pollHours, false)).length;
  const local = (iso: string | null) => (iso ? humanDateTime(iso, tz) : null);
  const problems = summary.problems.map((p) => ({ ...p, reason: reasonText(ctx, decodeReason(p.error)) }));
  return { url: config.url, summary, runs, holder, masters, dueToPoll, mismatches: mismatchCount(db), problems, local };
}

function statusJson({ url, summary, runs, holder, masters, dueToPoll, mismatches, problems }: Status): unknown {
  return {
    url: url || null,
    queued: summary.counts.queued,
    in_flight: summary.counts.in_flight,
    failed: summary.counts.failed,
    done: summary.counts.done,
    cancelled: summary.counts.cancelled,
    next_retry_at: summary.nextRetryAt,
    due_to_poll: dueToPoll,
    mismatches,
    running: holder ? { pid: holder.pid, host: holder.host, since: holder.acquiredAt } : null,
    runs: runs.map((r) => ({
      kind: r.kind,
      last_run_at: r.lastRunAt,
      last_ok: r.lastOk,
      last_success_at: r.lastSuccessAt,
      last_done: r.lastDone,
      last_failed: r.lastFailed,
    })),
    masters: { institutions: masters.institutions, categories: masters.categories, fetched_at: masters.fetchedAt },
    problems: problems.map((p) => ({
      op: p.id,
      ticket: p.ticket,
      kind: p.kind,
      state: p.state,
      attempts: p.attempts,
      reason: p.reason,
      next_attempt_at: p.nextAttemptAt,
    })),
  };
}

/** The outbox counts and the next retry. */
function queueFields(io: IO, { url, summary, dueToPoll, local }: Status): RecordField[] {
  return [
    { key: 'url', label: 'sync.field.url', value: url || io.t('sync.notSet') },
    { key: 'queued', label: 'sync.field.queued', value: summary.counts.queued, freeText: false },
    { key: 'in_flight', label: 'sync.field.inFlight', value: summary.counts.in_flight, freeText: false },
    {
      key: 'failed',
      label: 'sync.field.failed',
      value: summary.counts.failed,
      display: summary.counts.failed ? io.chalk.red(String(summary.counts.failed)) : '0',
      freeText: false,
    },
    { key: 'done', label: 'sync.field.done', value: summary.counts.done, freeText: false },
    { key: 'cancelled', label: 'sync.field.cancelled', value: summary.counts.cancelled, freeText: false },
    // Times: ISO 8601 in CSV, agency time on a terminal.
    { key: 'next_retry_at', label: 'sync.field.nextRetry', value: summary.nextRetryAt ?? '-', display: local(summary.nextRetryAt) ?? '-', freeText: false },
    { key: 'due_to_poll', label: 'sync.field.dueToPoll', value: dueToPoll, freeText: false },
  ];
}

/** The last runs, the masters, and who is syncing now. */
function runFields(io: IO, { summary, runs, holder, masters, local }: Status): RecordField[] {
  const run = (kind: string) => runs.find((r) => r.kind === kind)!;
  // The last run as it went (a run with one failure among 35 sent is not "never"), then the last clean one.
  const lastRun = (kind: 'push' | 'pull') => {
    const r = run(kind);
    if (!r.lastRunAt) return io.t('sync.never');
    return io.t(`sync.lastRun.${kind}`, { at: local(r.lastRunAt)!, done: r.lastDone ?? 0, failed: r.lastFailed ?? 0, waiting: summary.counts.queued });
  };
  return [
    { key: 'last_push_run', label: 'sync.field.lastPushRun', value: lastRun('push'), freeText: false },
    {
      key: 'last_push',
      label: 'sync.field.lastPush',
      value: run('push').lastSuccessAt ?? io.t('sync.never'),
      display: local(run('push').lastSuccessAt) ?? io.t('sync.never'),
      freeText: false,
    },
    { key: 'last_pull_run', label: 'sync.field.lastPullRun', value: lastRun('pull'), freeText: false },
    {
      key: 'last_pull',
      label: 'sync.field.lastPull',
      value: run('pull').lastSuccessAt ?? io.t('sync.never'),
      display: local(run('pull').lastSuccessAt) ?? io.t('sync.never'),
      freeText: false,
    },
    {
      key: 'masters',
      label: 'sync.field.masters',
      value: masters.fetchedAt
        ? io.t('sync.mastersLine', { institutions: masters.institutions, categories: masters.categories, at: local(masters.fetchedAt)! })
        : io.t('sync.never'),
      freeText: false,
    },
    {
      key: 'running',
      label: 'sync.field.running',
      value: holder ? io.t('sync.runningLine', { pid: holder.pid, host: holder.host, since: local(holder.acquiredAt)! }) : '-',
      freeText: false,
    },
  ];
}

/** The operations that failed, wait for a retry, or were cancelled (table format only). */
async function renderProblems(io: IO, format: OutputFormat, problems: Problem[]): Promise<void> {
  io.out('');
  await renderRows(
    io,
    format,
    [
      { key: 'ticket', label: 'field.ticket', value: (p) => p.ticket },
      { key: 'kind', label: 'sync.field.kind', value: (p) => p.kind },
      {
        key: 'state',
        label: 'sync.field.state',
        value: (p) => p.state,
        display: (p, i) =>
          p.state === 'failed' ? i.chalk.red(i.t('sync.state.failed')) : p.state === 'cancelled' ? i.t('sync.state.cancelled') : i.t('sync.state.retrying'),
      },
      { key: 'attempts', label: 'sync.field.attempts', value: (p) => p.attempts },
      { key: 'reason', label: 'sync.field.reason', value: (p) => p.reason, freeText: true },
    ],
    problems,
  );
}

/** Queued, in flight, failed with reasons, last success, next retry: everything without the network. */
export async function runStatus(ctx: AppContext, opts: { format?: string }): Promise<void> {
  const { io } = ctx;
  const format = formatOf(ctx, opts);
  const status = readStatus(ctx);
  if (format === 'json') {
    io.out(JSON.stringify(statusJson(status), null, 2));
    return;
  }
  // Typed values (counts, times, our own sentences, the '-' placeholder): no formula quote in CSV.
  // The disagreement count comes last: CSV columns are only ever appended.
  const mismatches: RecordField = {
    key: 'mismatches',
    label: 'sync.field.mismatches',
    value: status.mismatches,
    display: status.mismatches ? io.chalk.yellow(String(status.mismatches)) : '0',
    freeText: false,
  };
  await renderRecord(io, format, [...queueFields(io, status), ...runFields(io, status), mismatches], {});
  if (status.problems.length && format === 'table') await renderProblems(io, format, status.problems);
}
