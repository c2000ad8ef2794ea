import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { InvalidInputError } from '../../errors.js';
import { addFormatOption, examples, formatOf, nowIso } from '../shared.js';
import { renderRows } from '../../io/render.js';
import { writeTransaction } from '../../store/database.js';
import { appendAudit } from '../../store/audit-repo.js';
import { findUnit } from '../../store/units-repo.js';
import { categoryMappings, institutionById, mastersInfo, nationalCategoryById, setCategoryMapping, setUnitInstitution, unitMappings } from '../../store/national-repo.js';

export function defineMap(sync: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  const map = sync.command('map').description(t('sync.help.map')).addHelpText('after', examples(ctx, 'sync.help.map.examples'));
  map
    .command('category')
    .description(t('sync.help.mapCategory'))
    .argument('<category>', t('sync.arg.category'))
    .argument('<national-id>', t('sync.arg.nationalId'))
    .action((category: string, id: string) => mapCategory(ctx, category, id));
  map
    .command('unit')
    .description(t('sync.help.mapUnit'))
    .argument('<unit>', t('help.arg.unitCode'))
    .argument('<institution-id>', t('sync.arg.nationalId'))
    .action((unit: string, id: string) => mapUnit(ctx, unit, id));
  addFormatOption(map.command('list').description(t('sync.help.mapList')), ctx).action((opts: { format?: string }) => listMappings(ctx, opts));
}

/** A national id as typed, or null for 'none' (removes the mapping). */
function parseId(ctx: AppContext, value: string): number | null {
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === '-') return null;
  if (!/^[1-9]\d{0,15}$/.test(v)) throw new InvalidInputError('sync.badNationalId', { value });
  if (mastersInfo(ctx.db()).institutions + mastersInfo(ctx.db()).categories === 0) throw new InvalidInputError('sync.mapNeedsMasters');
  return Number(v);
}

function mapCategory(ctx: AppContext, category: string, value: string): void {
  const db = ctx.db();
  const id = parseId(ctx, value);
  const name = category.trim();
  const national = id === null ? undefined : nationalCategoryById(db, id);
  if (id !== null && !national) throw new InvalidInputError('sync.unknownCategoryId', { value: id });
  writeTransaction(db, () => {
    setCategoryMapping(db, name, id, nowIso(ctx));
    appendAudit(db, { at: nowIso(ctx), actor: ctx.actor(), action: 'sync.map', entity: 'category', details: { category: name, national_id: id } });
  });
  ctx.io.say(id === null ? 'sync.unmapped' : 'sync.mapped', { local: name, id: id ?? '', name: national?.name ?? '' });
}

function mapUnit(ctx: AppContext, code: string, value: string): void {
  const db = ctx.db();
  const unit = findUnit(db, code);
  if (!unit) throw new InvalidInputError('unit.notFound', { value: code });
  const id = parseId(ctx, value);
  const national = id === null ? undefined : institutionById(db, id);
  if (id !== null && !national) throw new InvalidInputError('sync.unknownInstitutionId', { value: id });
  writeTransaction(db, () => {
    setUnitInstitution(db, unit.id, id);
    appendAudit(db, { at: nowIso(ctx), actor: ctx.actor(), action: 'sync.map', entity: 'unit', entityId: unit.id, details: { unit: unit.code, national_institution_id: id } });
  });
  ctx.io.say(id === null ? 'sync.unmapped' : 'sync.mapped', { local: unit.code, id: id ?? '', name: national?.name ?? '' });
}

async function listMappings(ctx: AppContext, opts: { format?: string }): Promise<void> {
  const format = formatOf(ctx, opts);
  const db = ctx.db();
  const rows = [
    ...categoryMappings(db).map((m) => ({ type: 'category', local: m.category, id: m.nationalId as number | null, name: m.nationalName, source: m.source })),
    ...unitMappings(db).map((u) => ({ type: 'unit', local: u.code, id: u.institutionId, name: u.institutionName, source: u.institutionId === null ? '' : 'manual' })),
  ];
  if (rows.length === 0 && format === 'table') return void ctx.io.say('sync.noMappings');
  await renderRows(ctx.io, format, [
    { key: 'type', label: 'sync.field.type', value: (r) => r.type },
    { key: 'local', label: 'sync.field.local', value: (r) => r.local, freeText: true },
    { key: 'national_id', label: 'sync.field.nationalId', value: (r) => r.id, display: (r, io) => (r.id === null ? io.chalk.yellow(io.t('sync.notSet')) : String(r.id)) },
    { key: 'national_name', label: 'sync.field.name', value: (r) => r.name, freeText: true },
    { key: 'source', label: 'sync.field.source', value: (r) => r.source },
  ], rows);
}
