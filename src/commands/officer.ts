/** `lapor officer ...`: liaison officers (pejabat penghubung), NIP-checked. */

import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { UsageError } from '../errors.js';
import { addFormatOption, examples, formatOf, reportProblems } from './shared.js';
import { renderRecord, renderRows, type Column } from '../io/render.js';
import { listUnits } from '../store/units-repo.js';
import { countOpenReportsOf, findOfficersByName, listOfficers, type Officer } from '../store/officers-repo.js';
import { formatNip } from '../domain/nip.js';
import { addOfficer, changeOfficer, validateOfficerFields, type FieldOptions } from '../app/officers.js';
import { findUnit, requireOfficer } from '../app/directory.js';
import { humanDateTime } from '../domain/dates.js';

const clearable = ['nip', 'phone', 'email'] as const;

/** On a terminal, asks for what `add` lacks; each answer is checked before the next question. */
async function promptMissing(ctx: AppContext, o: FieldOptions): Promise<FieldOptions> {
  const p = ctx.prompter();
  const t = ctx.io.t;
  const check = (key: keyof FieldOptions) => (v: string) => {
    const problem = validateOfficerFields(ctx, { [key]: v }).problems.find((x) => x.severity === 'error');
    return problem ? t(problem.code, { field: problem.field, ...problem.params }) : true;
  };
  const optional = (key: 'nip' | 'phone' | 'email') => (v: string) => (v.trim() === '' ? true : check(key)(v));
  const answers: FieldOptions = { ...o };
  answers.name ??= await p.input({ message: t('officer.prompt.name'), validate: check('name') });
  if (answers.unit === undefined) {
    const units = listUnits(ctx.db()).filter((u) => u.active);
    if (units.length === 0) throw new UsageError('officer.noUnits');
    answers.unit = await p.select({ message: t('officer.prompt.unit'), choices: units.map((u) => ({ name: `${u.code}  ${u.name}`, value: u.code })) });
  }
  for (const key of ['nip', 'phone', 'email'] as const) {
    if (answers[key] !== undefined) continue;
    const typed = await p.input({ message: t(`officer.prompt.${key}`), validate: optional(key) });
    if (typed.trim() !== '') answers[key] = typed;
  }
  return answers;
}

/** The grouped NIP, with "(PPPK)" after a contract civil servant's number. */
function nipDisplay(o: Officer, io: AppContext['io']): string {
  if (!o.nip) return '';
  return o.nipKind === 'pppk' ? `${formatNip(o.nip)} (${io.t('officer.nipKind.pppk')})` : formatNip(o.nip);
}

function officerJson(o: Officer): Record<string, unknown> {
  return {
    id: o.id,
    name: o.name,
    unit: o.unitCode,
    unit_name: o.unitName,
    nip: o.nip,
    nip_kind: o.nipKind,
    phone: o.phone,
    phone_typed: o.phoneRaw,
    email: o.email,
    active: o.active,
    created_at: o.createdAt,
    updated_at: o.updatedAt,
  };
}

// Officers' phones and e-mails are their work contacts, published on the unit's LAPOR! page and
// needed in full to chase a follow-up; they are not citizens' personal data, so lists show them.
const columns: Column<Officer>[] = [
  { key: 'id', label: 'officer.field.id', value: (o) => o.id },
  { key: 'name', label: 'field.name', value: (o) => o.name, freeText: true },
  { key: 'unit', label: 'field.unit', value: (o) => o.unitCode },
  { key: 'nip', label: 'officer.field.nip', value: (o) => o.nip, display: (o, io) => nipDisplay(o, io) },
  { key: 'phone', label: 'field.phone', value: (o) => o.phone },
  { key: 'email', label: 'field.email', value: (o) => o.email, freeText: true },
  { key: 'active', label: 'field.active', value: (o) => o.active, display: (o, io) => io.t(o.active ? 'common.yes' : 'common.no') },
];

export async function runOfficerAdd(ctx: AppContext, opts: FieldOptions & { input?: boolean }): Promise<Officer> {
  let given: FieldOptions = opts;
  if (given.name === undefined || given.unit === undefined) {
    if (!ctx.io.interactive || opts.input === false) {
      const flag = given.name === undefined ? 'name' : 'unit';
      throw new UsageError('error.missingFlag', { field: flag, flag: `--${flag}` });
    }
    given = await promptMissing(ctx, given);
  }
  const { fields, problems } = validateOfficerFields(ctx, given);
  reportProblems(ctx, problems);
  const same = findOfficersByName(ctx.db(), fields.name!);
  if (same.length > 0) ctx.io.warn('officer.sameName', { name: fields.name!, ids: same.map((o) => `#${o.id}`).join(', ') });
  const officer = addOfficer(ctx, {
    name: fields.name!,
    unitId: fields.unitId!,
    nip: fields.nip ?? null,
    nipKind: fields.nipKind ?? null,
    phone: fields.phone ?? null,
    phoneRaw: fields.phoneRaw ?? null,
    email: fields.email ?? null,
  });
  ctx.io.out(String(officer.id));
  ctx.io.say('officer.added', { id: officer.id, name: officer.name, unit: officer.unitCode });
  return officer;
}

function runOfficerEdit(ctx: AppContext, ref: string, opts: FieldOptions & { clear?: string[] }): void {
  const officer = requireOfficer(ctx, ref);
  const clear = opts.clear ?? [];
  for (const field of clear) {
    if (!(clearable as readonly string[]).includes(field)) throw new UsageError('officer.badClear', { field, allowed: clearable.join(', ') });
    if (opts[field as keyof FieldOptions] !== undefined) throw new UsageError('officer.clearAndSet', { field });
  }
  const given = (['name', 'unit', 'nip', 'phone', 'email'] as const).filter((k) => opts[k] !== undefined);
  if (given.length === 0 && clear.length === 0) throw new UsageError('officer.nothing');
  const { fields, problems } = validateOfficerFields(ctx, opts, officer.id);
  reportProblems(ctx, problems);
  if (clear.includes('nip')) Object.assign(fields, { nip: null, nipKind: null });
  if (clear.includes('email')) fields.email = null;
  if (clear.includes('phone')) Object.assign(fields, { phone: null, phoneRaw: null });
  const current: Record<string, unknown> = { ...officer };
  const changed = Object.entries(fields).filter(([k, v]) => current[k] !== v);
  if (changed.length === 0) return ctx.io.say('officer.noChanges', { id: officer.id, name: officer.name });
  const { after } = changeOfficer(ctx, officer.id, Object.fromEntries(changed));
  const names = new Set(changed.map(([k]) => (k === 'unitId' ? 'unit' : k === 'phoneRaw' ? 'phone' : k === 'nipKind' ? 'nip' : k)));
  ctx.io.say('officer.updated', { id: after.id, name: after.name, fields: [...names].join(', ') });
}

function runSetActive(ctx: AppContext, ref: string, active: boolean): void {
  const db = ctx.db();
  const officer = requireOfficer(ctx, ref);
  const params = { id: officer.id, name: officer.name };
  if (officer.active === active) return ctx.io.say(active ? 'officer.alreadyActive' : 'officer.alreadyInactive', params);
  if (active && !officer.unitActive) {
    throw new UsageError('officer.activateInInactiveUnit', { ...params, unit: officer.unitCode });
  }
  changeOfficer(ctx, officer.id, { active });
  ctx.io.say(active ? 'officer.activated' : 'officer.deactivated', params);
  if (!active) {
    const open = countOpenReportsOf(db, officer.id);
    if (open > 0) ctx.io.warn('officer.openReports', { ...params, count: open });
  }
}

export function defineOfficer(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  const officer = program.command('officer').description(t('help.officer')).addHelpText('after', examples(ctx, 'help.officer.examples'));
  const fieldOptions = (c: Command) =>
    c
      .option('--name <name>', t('help.opt.officerName'))
      .option('--unit <unit>', t('help.opt.officerUnit'))
      .option('--nip <nip>', t('help.opt.officerNip'))
      .option('--phone <phone>', t('help.opt.officerPhone'))
      .option('--email <email>', t('help.opt.officerEmail'));

  fieldOptions(officer.command('add').description(t('help.officer.add')))
    .option('--no-input', t('help.opt.noInput'))
    .action(async (opts: FieldOptions & { input?: boolean }) => void (await runOfficerAdd(ctx, opts)));

  addFormatOption(
    officer
      .command('list')
      .description(t('help.officer.list'))
      .option('--unit <unit>', t('help.opt.officerListUnit'))
      .option('--all', t('help.opt.officerAll')),
    ctx,
  ).action(async (opts: { unit?: string; all?: boolean; format?: string }) => {
    const format = formatOf(ctx, opts);
    let unitId: number | undefined;
    if (opts.unit !== undefined) {
      const unit = findUnit(ctx, opts.unit);
      if (!unit) throw new UsageError('officer.listUnknownUnit', { value: opts.unit });
      unitId = unit.id;
    }
    const rows = listOfficers(ctx.db(), { unitId, includeInactive: opts.all === true });
    if (rows.length === 0 && format === 'table') return ctx.io.say('officer.none');
    await renderRows(ctx.io, format, columns, rows, officerJson);
  });

  addFormatOption(officer.command('show').description(t('help.officer.show')).argument('<ref>', t('help.arg.officerRef')), ctx).action(
    async (ref: string, opts: { format?: string }) => {
      const format = formatOf(ctx, opts);
      const o = requireOfficer(ctx, ref);
      const open = countOpenReportsOf(ctx.db(), o.id);
      const tz = ctx.settings().timezone;
      const yesNo = (b: boolean) => ctx.io.t(b ? 'common.yes' : 'common.no');
      await renderRecord(
        ctx.io,
        format,
        [
          { key: 'id', label: 'officer.field.id', value: o.id },
          { key: 'name', label: 'field.name', value: o.name },
          { key: 'unit', label: 'field.unit', value: `${o.unitCode} ${o.unitName}` },
          { key: 'nip', label: 'officer.field.nip', value: o.nip, display: nipDisplay(o, ctx.io) },
          { key: 'nip_kind', label: 'officer.field.nipKind', value: o.nipKind, display: o.nipKind ? ctx.io.t(`officer.nipKind.${o.nipKind}`) : '' },
          {
            key: 'phone',
            label: 'field.phone',
            value: o.phone,
            display: o.phone && o.phoneRaw && o.phoneRaw !== o.phone ? `${o.phone} (${o.phoneRaw})` : (o.phone ?? ''),
          },
          { key: 'email', label: 'field.email', value: o.email },
          { key: 'active', label: 'field.active', value: o.active, display: yesNo(o.active) },
          { key: 'open_reports', label: 'officer.field.openReports', value: open },
          { key: 'updated', label: 'field.updated', value: o.updatedAt, display: humanDateTime(o.updatedAt, tz), freeText: false },
        ],
        { ...officerJson(o), open_reports: open },
      );
    },
  );

  fieldOptions(officer.command('edit').description(t('help.officer.edit')).argument('<ref>', t('help.arg.officerRef')))
    .option('--clear <field...>', t('help.opt.clear', { allowed: clearable.join(', ') }))
    .action((ref: string, opts: FieldOptions & { clear?: string[] }) => runOfficerEdit(ctx, ref, opts));

  officer
    .command('deactivate')
    .description(t('help.officer.deactivate'))
    .argument('<ref>', t('help.arg.officerRef'))
    .action((ref: string) => runSetActive(ctx, ref, false));
  officer
    .command('activate')
    .description(t('help.officer.activate'))
    .argument('<ref>', t('help.arg.officerRef'))
    .action((ref: string) => runSetActive(ctx, ref, true));
}
