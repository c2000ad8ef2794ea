/** `lapor verify`: recorded to verified. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { examples } from '../shared.js';
import { addTransitionOptions, type TransitionFlags } from './transition.js';
import { addFromOption, runSteps } from './bulk.js';

export function defineVerify(program: Command, ctx: AppContext): void {
  const command = program
    .command('verify')
    .description(ctx.io.t('help.verify'))
    .argument('[ticket...]', ctx.io.t('help.arg.tickets'))
    .addHelpText('after', examples(ctx, 'help.verify.examples'));
  addFromOption(command, ctx);
  addTransitionOptions(command, ctx, 'optional').action(async (tickets: string[], opts: TransitionFlags & { from?: string }) => {
    await runSteps(ctx, { tickets, from: opts.from, format: opts.format }, () => ({ event: { type: 'verify' }, at: opts.at, note: opts.note }));
  });
}
