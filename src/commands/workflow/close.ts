/** `lapor close`: by hand, or `--auto` for reports past their auto-close date. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples, today, nowIso, deadlineEnv } from '../shared.js';
import { resultFormat } from '../../io/output-options.js';
import { addTransitionOptions, runTransition, type TransitionFlags } from './transition.js';
import { applyTransition, dueForAutoClose } from '../../store/workflow-repo.js';

interface CloseFlags extends TransitionFlags {
  auto?: boolean;
  dryRun?: boolean;
}

export function defineClose(program: Command, ctx: AppContext): void {
  const command = program
    .command('close')
    .description(ctx.io.t('help.close'))
    .argument('[ticket]', ctx.io.t('help.arg.ticket'))
    .option('--auto', ctx.io.t('help.opt.auto'))
    .option('--dry-run', ctx.io.t('help.opt.dryRunClose'))
    .addHelpText('after', examples(ctx, 'help.close.examples'));
  addTransitionOptions(command, ctx, 'optional').action(async (ticket: string | undefined, opts: CloseFlags) => {
    if (opts.auto) {
      if (ticket !== undefined) throw new UsageError('workflow.autoWithTicket');
      return runAutoClose(ctx, opts);
    }
    if (ticket === undefined) throw new UsageError('workflow.closeWhat');
    await runTransition(ctx, ticket, { event: { type: 'close' }, at: opts.at, note: opts.note }, opts.format);
  });
}

/** Closes every followed-up report whose auto-close date has come, and says which. */
async function runAutoClose(ctx: AppContext, opts: CloseFlags): Promise<void> {
  const { io } = ctx;
  const due = dueForAutoClose(ctx.db(), today(ctx));
  const closed: { ticket: string; auto_close_on: string }[] = [];
  const env = deadlineEnv(ctx);
  const days = env.policy.autoCloseDays;
  for (const report of due) {
    if (!opts.dryRun) {
      applyTransition(
        ctx.db(),
        { reportId: report.id, event: { type: 'autoClose' }, at: nowIso(ctx), recordedAt: nowIso(ctx), actor: ctx.actor(), note: io.t('workflow.autoCloseNote', { days }) },
        env,
      );
    }
    closed.push({ ticket: report.ticket, auto_close_on: report.autoCloseOn });
  }
  if (resultFormat(opts.format) === 'json') io.out(JSON.stringify({ closed, dry_run: opts.dryRun === true }));
  else for (const c of closed) io.out(c.ticket);
  io.say(opts.dryRun ? 'workflow.autoCloseDry' : 'workflow.autoClosed', { count: closed.length, days });
}
