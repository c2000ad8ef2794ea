/** `lapor followup`: a tindak lanjut, `--final` starts the auto-close clock. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { examples, requireReport } from '../shared.js';
import { addTransitionOptions, requireNote, runTransition, type TransitionFlags } from './transition.js';
import { prepareAttachmentFor } from '../../app/attachments.js';

interface FollowupFlags extends TransitionFlags {
  final?: boolean;
  attach?: string[];
}

export function defineFollowup(program: Command, ctx: AppContext): void {
  const command = program
    .command('followup')
    .description(ctx.io.t('help.followup'))
    .argument('<ticket>', ctx.io.t('help.arg.ticket'))
    .option('--final', ctx.io.t('help.opt.final'))
    .option('--attach <file...>', ctx.io.t('help.opt.attach'))
    .addHelpText('after', examples(ctx, 'help.followup.examples'));
  addTransitionOptions(command, ctx, 'required').action(async (ticket: string, opts: FollowupFlags) => {
    const report = await requireReport(ctx, ticket);
    const note = await requireNote(ctx, opts.note);
    // Files are checked and copied into the store first; their rows join the event's transaction.
    const files = (opts.attach ?? []).map((file) => prepareAttachmentFor(ctx, file));
    await runTransition(
      ctx,
      report.ticket,
      {
        event: { type: 'followup', final: opts.final === true },
        at: opts.at,
        note,
        officerId: report.workflow.officerId,
        details: files.length ? { attachments: files.map((f) => f.filename) } : undefined,
        attachments: files,
      },
      opts.format,
    );
  });
}
