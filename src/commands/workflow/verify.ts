/** `lapor verify`: recorded to verified. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { examples } from '../shared.js';
import { addTransitionOptions, runTransition, type TransitionFlags } from './transition.js';

export function defineVerify(program: Command, ctx: AppContext): void {
  const command = program
    .command('verify')
    .description(ctx.io.t('help.verify'))
    .argument('<ticket>', ctx.io.t('help.arg.ticket'))
    .addHelpText('after', examples(ctx, 'help.verify.examples'));
  addTransitionOptions(command, ctx, 'optional').action(async (ticket: string, opts: TransitionFlags) => {
    await runTransition(ctx, ticket, { event: { type: 'verify' }, at: opts.at, note: opts.note }, opts.format);
  });
}
