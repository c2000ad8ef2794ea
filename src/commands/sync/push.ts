/** `lapor sync push`: send the outbox. */

import type { AppContext } from '../../context.js';
import { nowIso } from '../shared.js';
import { pushOutbox, type PushResult } from '../../sync/push.js';
import type { NationalClient } from '../../sync/client.js';
import { finishRun, startRun } from '../../store/sync-repo.js';
import { engineDeps, openClient, progressLine, syncConfig, ticketsOf, withSyncLock, type SyncConfig, type SyncFlags } from './common.js';
import { printPlan } from './plan.js';
import { summarize } from './summary.js';

/** Sends the outbox and records the run; shared by `sync push` and `sync`. */
export async function pushStage(ctx: AppContext, config: SyncConfig, client: NationalClient, flags: SyncFlags): Promise<PushResult> {
  const db = ctx.db();
  const run = startRun(db, 'push', nowIso(ctx));
  const progress = progressLine(ctx, 'push');
  let result: PushResult | undefined;
  try {
    const tickets = ticketsOf(flags);
    result = await pushOutbox(engineDeps(ctx, config, client, progress.update), { force: flags.force === true, ...(tickets ? { tickets } : {}) });
    return result;
  } finally {
    progress.end();
    const failed = result?.results.filter((r) => r.outcome === 'failed' || r.outcome === 'deferred' || r.outcome === 'stopped').length ?? 0;
    const sent = result?.results.filter((r) => r.outcome === 'sent').length ?? 0;
    finishRun(db, run, { ok: result !== undefined && failed === 0 && !result.authFailed, done: sent, failed, ...(result ? {} : { error: 'interrupted' }) }, nowIso(ctx));
  }
}

export async function runPushCommand(ctx: AppContext, flags: SyncFlags): Promise<void> {
  if (flags.dryRun) return void printPlan(ctx, flags);
  const config = syncConfig(ctx, flags);
  const { client, close } = await openClient(ctx, config);
  try {
    const result = await withSyncLock(ctx, () => pushStage(ctx, config, client, flags));
    summarize(ctx, flags.format, result, undefined);
  } finally {
    close();
  }
}
