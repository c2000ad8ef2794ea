import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples, requireReport } from '../shared.js';
import { requeue } from '../../store/sync-repo.js';

export function defineRetry(sync: Command, ctx: AppContext): void {
  sync
    .command('retry')
    .description(ctx.io.t('sync.help.retry'))
    .argument('[ticket]', ctx.io.t('help.arg.ticket'))
    .option('--all-failed', ctx.io.t('sync.opt.allFailed'))
    .addHelpText('after', examples(ctx, 'sync.help.retry.examples'))
    .action((ticket: string | undefined, opts: { allFailed?: boolean }) => runRetry(ctx, ticket, opts));
}

/** Failed operations back to the queue (after the admin fixed the cause); the next push sends them. */
async function runRetry(ctx: AppContext, ticket: string | undefined, opts: { allFailed?: boolean }): Promise<void> {
  if ((ticket === undefined) === (opts.allFailed !== true)) throw new UsageError('sync.retryWhat');
  const reportId = ticket === undefined ? undefined : (await requireReport(ctx, ticket)).id;
  const count = requeue(ctx.db(), reportId);
  ctx.io.out(String(count));
  ctx.io.say(count ? 'sync.requeued' : 'sync.nothingToRetry', { count });
}
