/** `lapor sync pull`: poll national statuses, follow-ups and replies. */

import type { AppContext } from '../../context.js';
import { openClient, syncConfig, withSyncLock, type SyncFlags } from './common.js';
import { printPollPlan, pullStage } from './stages.js';
import { summarize } from './summary.js';

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
