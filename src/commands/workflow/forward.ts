/** `lapor forward`: another agency's authority. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { forwardTarget } from '../../app/directory.js';
import { examples } from '../shared.js';
import { addTransitionOptions, runTransition, type TransitionFlags } from './transition.js';
import { checkText } from '../../domain/text.js';
import { normalizeTicket } from '../../domain/report.js';

interface ForwardFlags extends TransitionFlags {
  to?: string;
  reason?: string;
}

export function defineForward(program: Command, ctx: AppContext): void {
  const command = program
    .command('forward')
    .description(ctx.io.t('help.forward'))
    .argument('<ticket>', ctx.io.t('help.arg.ticket'))
    .option('--to <agency>', ctx.io.t('help.opt.forwardTo'))
    .option('--reason <text>', ctx.io.t('help.opt.forwardReason'))
    .addHelpText('after', examples(ctx, 'help.forward.examples'));
  addTransitionOptions(command, ctx, 'none').action(async (ticket: string, opts: ForwardFlags) => {
    const to = checkText(opts.to, 'to', { required: true, min: 2, max: 200 }).value;
    if (to === undefined) throw new UsageError('error.missingFlag', { field: 'to', flag: '--to' });
    const reason = checkText(opts.reason, 'reason', { required: true, min: 3, max: 2000 }).value;
    if (reason === undefined) throw new UsageError('error.missingFlag', { field: 'reason', flag: '--reason' });
    const details = forwardTarget(ctx, to);
    // A forwarding that never reached the national system is replaced, not refused as "already forwarded".
    const { replaceForward } = await import('../../app/sync-queue.js');
    const replaced = replaceForward(ctx, { ticket, to, details, note: reason });
    if (replaced) return void ctx.io.say('sync.forwardReplaced', { ticket: normalizeTicket(ticket), to });
    await runTransition(ctx, ticket, { event: { type: 'forward' }, at: opts.at, note: reason, details }, opts.format);
  });
}
