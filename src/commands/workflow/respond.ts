/** `lapor respond`: the officer's first response. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { examples } from '../shared.js';
import { addTransitionOptions, requireNote, runTransition, type TransitionFlags } from './transition.js';

export function defineRespond(program: Command, ctx: AppContext): void {
  const command = program
    .command('respond')
    .description(ctx.io.t('help.respond'))
    .argument('<ticket>', ctx.io.t('help.arg.ticket'))
    .addHelpText('after', examples(ctx, 'help.respond.examples'));
  addTransitionOptions(command, ctx, 'required').action(async (ticket: string, opts: TransitionFlags) => {
    const note = await requireNote(ctx, opts.note);
    await runTransition(ctx, ticket, { event: { type: 'respond' }, at: opts.at, note }, opts.format);
  });
}
