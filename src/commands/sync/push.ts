/** `lapor sync push`: send the outbox. */

import type { AppContext } from '../../context.js';
import { openClient, syncConfig, withSyncLock, type SyncFlags } from './common.js';
import { printPlan } from './plan.js';
import { pushStage } from './stages.js';
import { summarize } from './summary.js';

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
