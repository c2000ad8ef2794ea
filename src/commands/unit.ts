/** `lapor unit add|list|edit`: the units (OPD, kelurahan, ...) reports are assigned to. */

import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { addFormatOption, examples, formatOf } from './shared.js';
import { renderRows } from '../io/render.js';
import { listUnits, type Unit } from '../store/units-repo.js';
import { addUnit, editUnit } from '../app/units.js';

export function defineUnit(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  const unit = program.command('unit').description(t('help.unit')).addHelpText('after', examples(ctx, 'help.unit.examples'));
  unit
    .command('add')
    .description(t('help.unit.add'))
    .argument('<code>', t('help.arg.unitCode'))
    .requiredOption('--name <name>', t('help.opt.unitName'))
    .action((code: string, opts: { name: string }) => {
      const added = addUnit(ctx, code, opts.name);
      ctx.io.out(added.code);
      ctx.io.say('unit.added', { code: added.code, name: added.name });
    });
  addFormatOption(unit.command('list').description(t('help.unit.list')).option('--all', t('help.opt.allUnits')), ctx).action(
    async (opts: { format?: string; all?: boolean }) => {
      const format = formatOf(ctx, opts);
      const units = listUnits(ctx.db()).filter((u) => opts.all || u.active);
      if (units.length === 0 && format === 'table') return ctx.io.say('unit.none');
      await renderRows<Unit>(
        ctx.io,
        format,
        [
          { key: 'code', label: 'field.code', value: (u) => u.code },
          { key: 'name', label: 'field.name', value: (u) => u.name, freeText: true },
          { key: 'active', label: 'field.active', value: (u) => u.active, display: (u, io) => io.t(u.active ? 'common.yes' : 'common.no') },
        ],
        units,
      );
    },
  );
  unit
    .command('edit')
    .description(t('help.unit.edit'))
    .argument('<code>', t('help.arg.unitCode'))
    .option('--name <name>', t('help.opt.unitName'))
    .option('--code <code>', t('help.opt.unitNewCode'))
    .option('--active', t('help.opt.unitActive'))
    .option('--no-active', t('help.opt.unitInactive'))
    .action((code: string, opts: { name?: string; code?: string; active?: boolean }) => {
      const edited = editUnit(ctx, code, opts);
      ctx.io.say('unit.updated', { code: edited });
    });
}
