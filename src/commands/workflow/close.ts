/** `lapor close`: by hand, or `--auto` for reports past their auto-close date. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples } from '../shared.js';
import { resultFormat } from '../../io/output-options.js';
import { addTransitionOptions, type TransitionFlags } from './transition.js';
import { addFromOption, runSteps } from './bulk.js';
import { autoClose } from '../../app/transitions.js';

interface CloseFlags extends TransitionFlags {
  auto?: boolean;
  dryRun?: boolean;
  from?: string;
}

export function defineClose(program: Command, ctx: AppContext): void {
  const command = program
    .command('close')
    .description(ctx.io.t('help.close'))
    .argument('[ticket...]', ctx.io.t('help.arg.tickets'))
    .option('--auto', ctx.io.t('help.opt.auto'))
    .option('--dry-run', ctx.io.t('help.opt.dryRunClose'))
    .addHelpText('after', examples(ctx, 'help.close.examples'));
  addFromOption(command, ctx);
  addTransitionOptions(command, ctx, 'optional').action(async (tickets: string[], opts: CloseFlags) => {
    if (opts.auto) {
      if (tickets.length > 0 || opts.from !== undefined) throw new UsageError('workflow.autoWithTicket');
      return runAutoClose(ctx, opts);
    }
    if (tickets.length === 0 && opts.from === undefined) throw new UsageError('workflow.closeWhat');
    await runSteps(ctx, { tickets, from: opts.from, format: opts.format }, () => ({ event: { type: 'close' }, at: opts.at, note: opts.note }));
  });
}

/** Closes every followed-up report whose auto-close date has come, and says which. */
async function runAutoClose(ctx: AppContext, opts: CloseFlags): Promise<void> {
  const { io } = ctx;
  const format = resultFormat(opts.format);
  const dryRun = opts.dryRun === true;
  const result = autoClose(ctx, { dryRun, note: (days) => io.t('workflow.autoCloseNote', { days }) });
  const closed = result.closed.map((c) => ({ ticket: c.ticket, auto_close_on: c.autoCloseOn }));
  if (format === 'json') io.out(JSON.stringify({ closed, dry_run: dryRun }));
  else for (const c of closed) io.out(c.ticket);
  io.say(dryRun ? 'workflow.autoCloseDry' : 'workflow.autoClosed', { count: closed.length, days: result.autoCloseDays });
}
