import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { examples, nowIso } from '../shared.js';
import { pushOutbox, type PushResult } from '../../sync/push.js';
import type { NationalClient } from '../../sync/client.js';
import { finishRun, startRun } from '../../store/sync-repo.js';
import { addRunOptions, engineDeps, openClient, progressLine, syncConfig, ticketsOf, withSyncLock, type SyncConfig, type SyncFlags } from './common.js';
import { printPlan } from './plan.js';
import { summarize } from './summary.js';

export function definePush(sync: Command, ctx: AppContext): void {
  const command = sync.command('push').description(ctx.io.t('sync.help.push')).addHelpText('after', examples(ctx, 'sync.help.push.examples'));
  addRunOptions(command, ctx, { dryRun: true, force: 'sync.opt.forcePush', ticket: true }).action((flags: SyncFlags) => runPushCommand(ctx, flags));
}

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

async function runPushCommand(ctx: AppContext, flags: SyncFlags): Promise<void> {
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
