/** `lapor sync cancel TICKET|OP --reason`: drop queued or failed operations for good. */

import type { AppContext } from '../../context.js';
import { cancelOperations } from '../../app/sync-queue.js';

export async function runCancel(ctx: AppContext, target: string, opts: { reason?: string }): Promise<void> {
  const ops = cancelOperations(ctx, target, opts.reason);
  ctx.io.out(String(ops.length));
  if (ops.length) ctx.io.say('sync.cancelled', { count: ops.length });
  else ctx.io.warn('sync.nothingToCancel', { target });
}
