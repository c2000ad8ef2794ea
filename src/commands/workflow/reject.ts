/** `lapor reject`: reject or archive with a reason. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { rejectReasons } from '../../domain/lifecycle.js';
import { parseRejectReason } from '../../domain/vocabulary.js';
import { examples, requireReport } from '../shared.js';
import { addTransitionOptions, type TransitionFlags } from './transition.js';
import { addFromOption, runSteps } from './bulk.js';

interface RejectFlags extends TransitionFlags {
  reason?: string;
  duplicateOf?: string;
  from?: string;
}

export function defineReject(program: Command, ctx: AppContext): void {
  const command = program
    .command('reject')
    .description(ctx.io.t('help.reject'))
    .argument('[ticket...]', ctx.io.t('help.arg.tickets'))
    .option('--reason <reason>', ctx.io.t('help.opt.rejectReason', { allowed: rejectReasons.join(', ') }))
    .option('--duplicate-of <ticket>', ctx.io.t('help.opt.duplicateOf'))
    .addHelpText('after', examples(ctx, 'help.reject.examples'));
  addFromOption(command, ctx);
  addTransitionOptions(command, ctx, 'optional').action(async (tickets: string[], opts: RejectFlags) => {
    if (tickets.length === 0 && opts.from === undefined) throw new UsageError('workflow.noTickets');
    if (opts.reason === undefined) throw new UsageError('error.missingFlag', { field: 'reason', flag: '--reason' });
    const reason = parseRejectReason(opts.reason);
    if (!reason) throw new UsageError('workflow.badRejectReason', { value: opts.reason, allowed: rejectReasons.join(', ') });
    const original = opts.duplicateOf === undefined ? undefined : (await requireReport(ctx, opts.duplicateOf)).ticket;
    if (reason === 'duplicate' && original === undefined && !opts.note) throw new UsageError('workflow.duplicateNeedsOriginal');
    await runSteps(ctx, { tickets, from: opts.from, format: opts.format }, () => ({
      event: { type: 'reject', reason },
      at: opts.at,
      note: opts.note,
      details: original ? { duplicate_of: original } : undefined,
    }));
  });
}
