/** `lapor reply`: the reporter's reply received offline. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { examples } from '../shared.js';
import { addTransitionOptions, requireNote, runTransition, type TransitionFlags } from './transition.js';

export function defineReply(program: Command, ctx: AppContext): void {
  const command = program
    .command('reply')
    .description(ctx.io.t('help.reply'))
    .argument('<ticket>', ctx.io.t('help.arg.ticket'))
    .addHelpText('after', examples(ctx, 'help.reply.examples'));
  addTransitionOptions(command, ctx, 'required').action(async (ticket: string, opts: TransitionFlags) => {
    const note = await requireNote(ctx, opts.note);
    const result = await runTransition(ctx, ticket, { event: { type: 'reply' }, at: opts.at, note }, opts.format);
    if (result.from === 'followed_up') ctx.io.say('workflow.reopenedByReply', { ticket: result.report.ticket });
  });
}
