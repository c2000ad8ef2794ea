/** Plain `lapor sync`: push, then pull, under one lock. */

import type { AppContext } from '../../context.js';
import { openClient, syncConfig, withSyncLock, type SyncFlags } from './common.js';
import { printPlan } from './plan.js';
import { printPollPlan, pullStage, pushStage } from './stages.js';
import { summarize } from './summary.js';

/** `lapor sync`: push, then pull, under one lock. A refused credential stops before the pull. */
export async function runSync(ctx: AppContext, flags: SyncFlags): Promise<void> {
  if (flags.dryRun) {
    const push = printPlan(ctx, flags, false);
    const pull = printPollPlan(ctx, flags, false);
    if (flags.format === 'json') ctx.io.out(JSON.stringify({ push, pull }, null, 2));
    return;
  }
  const config = syncConfig(ctx, flags);
  const { client, close } = await openClient(ctx, config);
  try {
    const { push, pull } = await withSyncLock(ctx, async () => {
      const push = await pushStage(ctx, config, client, flags);
      const pull = push.authFailed || push.unreachable ? undefined : await pullStage(ctx, config, client, flags);
      return { push, pull };
    });
    summarize(ctx, flags.format, push, pull);
  } finally {
    close();
  }
}
