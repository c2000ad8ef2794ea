/** `lapor unit add|list|edit`: the units (OPD, kelurahan, ...) reports are assigned to. */

import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { InvalidInputError, NotFoundError, UsageError } from '../errors.js';
import { addFormatOption, examples, formatOf, nowIso } from './shared.js';
import { renderRows } from '../io/render.js';
import { findUnit, insertUnit, listUnits, updateUnit, type Unit } from '../store/units-repo.js';
import { checkText } from '../domain/text.js';

const unitCode = /^[A-Za-z0-9][A-Za-z0-9.-]{1,19}$/;

function normalizeCode(value: string): string {
  const code = value.trim().toUpperCase();
  if (!unitCode.test(code)) throw new InvalidInputError('unit.badCode', { value });
  return code;
}

function normalizeName(value: string): string {
  const checked = checkText(value, 'name', { required: true, min: 2, max: 200 });
  if (checked.value === undefined) throw new InvalidInputError('error.invalidInput', { count: 1 }, checked.problems);
  return checked.value;
}

export function defineUnit(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  const unit = program.command('unit').description(t('help.unit')).addHelpText('after', examples(ctx, 'help.unit.examples'));
  unit
    .command('add')
    .description(t('help.unit.add'))
    .argument('<code>', t('help.arg.unitCode'))
    .requiredOption('--name <name>', t('help.opt.unitName'))
    .action((code: string, opts: { name: string }) => {
      const normalized = normalizeCode(code);
      if (findUnit(ctx.db(), normalized)) throw new InvalidInputError('unit.exists', { code: normalized });
      const added = insertUnit(ctx.db(), { code: normalized, name: normalizeName(opts.name) }, ctx.actor(), nowIso(ctx));
      ctx.io.out(added.code);
      ctx.io.say('unit.added', { code: added.code, name: added.name });
    });
  addFormatOption(unit.command('list').description(t('help.unit.list')).option('--all', t('help.opt.allUnits')), ctx).action(
    async (opts: { format?: string; all?: boolean }) => {
      const format = formatOf(ctx, opts);
      const units = listUnits(ctx.db()).filter((u) => opts.all || u.active);
      if (units.length === 0 && format === 'table') return ctx.io.say('unit.none');
      await renderRows<Unit>(ctx.io, format, [
        { key: 'code', label: 'field.code', value: (u) => u.code },
        { key: 'name', label: 'field.name', value: (u) => u.name, freeText: true },
        { key: 'active', label: 'field.active', value: (u) => u.active, display: (u, io) => io.t(u.active ? 'common.yes' : 'common.no') },
      ], units);
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
      const found = findUnit(ctx.db(), code);
      if (!found) throw new NotFoundError('unit.notFound', { value: code });
      const changes: { name?: string; code?: string; active?: boolean } = {};
      if (opts.name !== undefined) changes.name = normalizeName(opts.name);
      if (opts.code !== undefined) {
        changes.code = normalizeCode(opts.code);
        const clash = findUnit(ctx.db(), changes.code);
        if (clash && clash.id !== found.id) throw new InvalidInputError('unit.exists', { code: changes.code });
      }
      if (opts.active !== undefined) changes.active = opts.active;
      if (Object.keys(changes).length === 0) throw new UsageError('unit.nothing');
      updateUnit(ctx.db(), found.id, changes, ctx.actor(), nowIso(ctx));
      ctx.io.say('unit.updated', { code: changes.code ?? found.code });
    });
}
