/** `lapor assign`: disposition to a liaison officer. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { examples, requireReport } from '../shared.js';
import { addTransitionOptions, runTransition, type TransitionFlags } from './transition.js';
import { requireOfficer } from '../../app/directory.js';

export function defineAssign(program: Command, ctx: AppContext): void {
  const command = program
    .command('assign')
    .description(ctx.io.t('help.assign'))
    .argument('<ticket>', ctx.io.t('help.arg.ticket'))
    .argument('<officer>', ctx.io.t('help.arg.officer'))
    .addHelpText('after', examples(ctx, 'help.assign.examples'));
  addTransitionOptions(command, ctx, 'optional').action(async (ticket: string, officerRef: string, opts: TransitionFlags) => {
    const report = await requireReport(ctx, ticket);
    // Refuses unknown (exit 3), deactivated officers and officers of deactivated units (exit 4).
    const officer = requireOfficer(ctx, officerRef, { usable: true });
    // The disposition decides the unit: the report moves to the officer's unit.
    await runTransition(
      ctx,
      report.ticket,
      {
        event: { type: 'assign' },
        at: opts.at,
        note: opts.note,
        officerId: officer.id,
        details: { officer: officer.name, unit: officer.unitCode, previous_officer: report.workflow.officerName ?? null },
        unitId: officer.unitId,
      },
      opts.format,
    );
  });
}
