/** `lapor reopen`: open a done, rejected or forwarded report again. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples } from '../shared.js';
import { addTransitionOptions, runTransition, type TransitionFlags } from './transition.js';
import { checkText } from '../../domain/text.js';

interface ReopenFlags extends TransitionFlags {
  reason?: string;
}

export function defineReopen(program: Command, ctx: AppContext): void {
  const command = program
    .command('reopen')
    .description(ctx.io.t('help.reopen'))
    .argument('<ticket>', ctx.io.t('help.arg.ticket'))
    .option('--reason <text>', ctx.io.t('help.opt.reopenReason'))
    .addHelpText('after', examples(ctx, 'help.reopen.examples'));
  addTransitionOptions(command, ctx, 'none').action(async (ticket: string, opts: ReopenFlags) => {
    const reason = checkText(opts.reason, 'reason', { required: true, min: 3, max: 2000 }).value;
    if (reason === undefined) throw new UsageError('error.missingFlag', { field: 'reason', flag: '--reason' });
    await runTransition(ctx, ticket, { event: { type: 'reopen' }, at: opts.at, note: reason }, opts.format);
  });
}
