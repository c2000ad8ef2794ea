/** `lapor sync map`: local categories and units onto national ids. */

import type { AppContext } from '../../context.js';
import { InvalidInputError } from '../../errors.js';
import { formatOf, nowIso } from '../shared.js';
import { renderRows } from '../../io/render.js';
import { writeTransaction } from '../../store/database.js';
import { appendAudit } from '../../store/audit-repo.js';
import { findUnit } from '../../store/units-repo.js';
import { categoryMappings, institutionById, mastersInfo, nationalCategoryById, setCategoryMapping, setUnitInstitution, unitMappings } from '../../store/national-repo.js';

/** A national id as typed, or null for 'none' (removes the mapping). */
function parseId(ctx: AppContext, value: string): number | null {
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === '-') return null;
  if (!/^[1-9]\d{0,15}$/.test(v)) throw new InvalidInputError('sync.badNationalId', { value });
  if (mastersInfo(ctx.db()).institutions + mastersInfo(ctx.db()).categories === 0) throw new InvalidInputError('sync.mapNeedsMasters');
  return Number(v);
}

export function mapCategory(ctx: AppContext, category: string, value: string): void {
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

export function mapUnit(ctx: AppContext, code: string, value: string): void {
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

export async function listMappings(ctx: AppContext, opts: { format?: string }): Promise<void> {
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
