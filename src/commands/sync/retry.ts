/** `lapor sync retry`: queue failed operations again. */

import type { AppContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { requireReport } from '../shared.js';
import { requeue } from '../../store/sync-repo.js';

/** Failed operations back to the queue (after the admin fixed the cause); the next push sends them. */
export async function runRetry(ctx: AppContext, ticket: string | undefined, opts: { allFailed?: boolean }): Promise<void> {
  if ((ticket === undefined) === (opts.allFailed !== true)) throw new UsageError('sync.retryWhat');
  const reportId = ticket === undefined ? undefined : (await requireReport(ctx, ticket)).id;
  const count = requeue(ctx.db(), reportId);
  ctx.io.out(String(count));
  ctx.io.say(count ? 'sync.requeued' : 'sync.nothingToRetry', { count });
}
