/** `lapor sync pull`: poll national statuses, follow-ups and replies. */

import type { AppContext } from '../../context.js';
import { nowIso } from '../shared.js';
import { pullReports, type PullResult } from '../../sync/pull.js';
import type { NationalClient } from '../../sync/client.js';
import { finishRun, startRun } from '../../store/sync-repo.js';
import { reportsToPoll } from '../../store/sync-pull-repo.js';
import { visible } from '../../io/safe-text.js';
import { openClient, progressLine, pullDeps, syncConfig, ticketsOf, withSyncLock, type SyncConfig, type SyncFlags } from './common.js';
import { summarize } from './summary.js';

/** Polls the national system and records the run; shared by `sync pull` and `sync`. */
export async function pullStage(ctx: AppContext, config: SyncConfig, client: NationalClient, flags: SyncFlags): Promise<PullResult> {
  const db = ctx.db();
  const run = startRun(db, 'pull', nowIso(ctx));
  const progress = progressLine(ctx, 'pull');
  let result: PullResult | undefined;
  try {
    const tickets = ticketsOf(flags);
    result = await pullReports(pullDeps(ctx, config, client, progress.update), { force: flags.force === true, pollHours: config.pollHours, ...(tickets ? { tickets } : {}) });
    return result;
  } finally {
    progress.end();
    const failed = result?.results.filter((r) => r.outcome === 'failed').length ?? 0;
    const done = result ? result.results.length - failed : 0;
    finishRun(db, run, { ok: result !== undefined && failed === 0 && !result.authFailed, done, failed, ...(result ? {} : { error: 'interrupted' }) }, nowIso(ctx));
  }
}

/** --dry-run: which reports would be polled now. */
export function printPollPlan(ctx: AppContext, flags: SyncFlags, emitJson = true): unknown[] {
  const config = syncConfig(ctx, flags, false);
  const checkedBefore = flags.force ? undefined : new Date(ctx.clock().getTime() - config.pollHours * 3600_000).toISOString();
  const tickets = ticketsOf(flags);
  const targets = reportsToPoll(ctx.db(), { ...(checkedBefore ? { checkedBefore } : {}), ...(tickets ? { tickets } : {}) });
  const json = targets.map((t) => ({ ticket: t.ticket, national_id: t.nationalId, status: t.status, requests: [`GET /complaints/${t.nationalId}/complaint`, `GET /complaints/${t.nationalId}/followups`] }));
  if (flags.format === 'json') {
    if (emitJson) ctx.io.out(JSON.stringify(json, null, 2));
  } else {
    for (const t of targets) ctx.io.out(visible(`${t.ticket}  GET /complaints/${t.nationalId}/complaint  GET /complaints/${t.nationalId}/followups`));
  }
  ctx.io.say('sync.dryRun.pull', { count: targets.length });
  return json;
}

export async function runPullCommand(ctx: AppContext, flags: SyncFlags): Promise<void> {
  if (flags.dryRun) return void printPollPlan(ctx, flags);
  const config = syncConfig(ctx, flags);
  const { client, close } = await openClient(ctx, config);
  try {
    const result = await withSyncLock(ctx, () => pullStage(ctx, config, client, flags));
    summarize(ctx, flags.format, undefined, result);
  } finally {
    close();
  }
}
