/** `lapor reject`: reject or archive with a reason. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { rejectReasons } from '../../domain/lifecycle.js';
import { parseRejectReason } from '../../domain/vocabulary.js';
import { examples, requireReport } from '../shared.js';
import { addTransitionOptions, runTransition, type TransitionFlags } from './transition.js';

interface RejectFlags extends TransitionFlags {
  reason?: string;
  duplicateOf?: string;
}

export function defineReject(program: Command, ctx: AppContext): void {
  const command = program
    .command('reject')
    .description(ctx.io.t('help.reject'))
    .argument('<ticket>', ctx.io.t('help.arg.ticket'))
    .option('--reason <reason>', ctx.io.t('help.opt.rejectReason', { allowed: rejectReasons.join(', ') }))
    .option('--duplicate-of <ticket>', ctx.io.t('help.opt.duplicateOf'))
    .addHelpText('after', examples(ctx, 'help.reject.examples'));
  addTransitionOptions(command, ctx, 'optional').action(async (ticket: string, opts: RejectFlags) => {
    if (opts.reason === undefined) throw new UsageError('error.missingFlag', { field: 'reason', flag: '--reason' });
    const reason = parseRejectReason(opts.reason);
    if (!reason) throw new UsageError('workflow.badRejectReason', { value: opts.reason, allowed: rejectReasons.join(', ') });
    const original = opts.duplicateOf === undefined ? undefined : (await requireReport(ctx, opts.duplicateOf)).ticket;
    if (reason === 'duplicate' && original === undefined && !opts.note) throw new UsageError('workflow.duplicateNeedsOriginal');
    await runTransition(
      ctx,
      ticket,
      { event: { type: 'reject', reason }, at: opts.at, note: opts.note, details: original ? { duplicate_of: original } : undefined },
      opts.format,
    );
  });
}
