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
    const { ticket: tk, workflow } = result.report;
    if (result.reply === 'reopens') ctx.io.say('workflow.reopenedByReply', { ticket: tk });
    else if (result.reply === 'afterWindow') ctx.io.say('workflow.replyAfterWindow', { ticket: tk, date: workflow.autoCloseOn ?? '' });
    else if (result.reply === 'beforeFollowup') ctx.io.say('workflow.replyBeforeFollowup', { ticket: tk });
  });
}
