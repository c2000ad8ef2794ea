/** `lapor assign`: disposition to a liaison officer. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { examples } from '../shared.js';
import { addTransitionOptions, type TransitionFlags } from './transition.js';
import { addFromOption, isSingle, runSteps } from './bulk.js';
import { requireOfficer } from '../../app/directory.js';
import type { Officer } from '../../store/officers-repo.js';

export function defineAssign(program: Command, ctx: AppContext): void {
  const command = program
    .command('assign')
    .description(ctx.io.t('help.assign'))
    .usage('[options] <ticket...> <officer>')
    .argument('<ticket-or-officer...>', ctx.io.t('help.arg.assignTickets'))
    .addHelpText('after', examples(ctx, 'help.assign.examples'));
  addFromOption(command, ctx);
  addTransitionOptions(command, ctx, 'optional').action(async (args: string[], opts: TransitionFlags & { from?: string }) => {
    // The officer is the last argument: `assign T1 T2 OFFICER`, `assign --from list.txt OFFICER`.
    const officerRef = args.at(-1)!;
    const input = { tickets: args.slice(0, -1), from: opts.from, format: opts.format };
    if (input.tickets.length === 0 && input.from === undefined) throw new UsageError('workflow.assignWhom');
    let officer: Officer | undefined;
    // Refuses unknown (exit 3), deactivated officers and officers of deactivated units (exit 4):
    // after the report for one ticket (as always), before any report for several.
    const officerOnce = () => (officer ??= requireOfficer(ctx, officerRef, { usable: true }));
    if (!isSingle(input)) officerOnce();
    await runSteps(ctx, input, (report) => {
      const to = officerOnce();
      // The disposition decides the unit: the report moves to the officer's unit.
      return {
        event: { type: 'assign' },
        at: opts.at,
        note: opts.note,
        officerId: to.id,
        details: { officer: to.name, unit: to.unitCode, previous_officer: report.workflow.officerName ?? null },
        unitId: to.unitId,
      };
    });
  });
}
