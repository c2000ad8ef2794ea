/** `sync map`: which national category or institution a local category or unit stands for. */

import type { AppContext } from '../context.js';
import { InvalidInputError } from '../errors.js';
import { writeTransaction } from '../store/database.js';
import { appendAudit } from '../store/audit-repo.js';
import { institutionById, mastersInfo, nationalCategoryById, setCategoryMapping, setUnitInstitution } from '../store/national-repo.js';
import { requireUnit } from './directory.js';

/** What was mapped, for the confirmation line; `id` null when the mapping was removed. */
export interface Mapped {
  local: string;
  id: number | null;
  name: string;
}

/** A national id as typed, or null for 'none' (removes the mapping). */
function parseId(ctx: AppContext, value: string): number | null {
  const v = value.trim().toLowerCase();
  if (v === 'none' || v === '-') return null;
  if (!/^[1-9]\d{0,15}$/.test(v)) throw new InvalidInputError('sync.badNationalId', { value });
  const masters = mastersInfo(ctx.db());
  if (masters.institutions + masters.categories === 0) throw new InvalidInputError('sync.mapNeedsMasters');
  return Number(v);
}

export function mapCategory(ctx: AppContext, category: string, value: string): Mapped {
  const db = ctx.db();
  const id = parseId(ctx, value);
  const name = category.trim();
  const national = id === null ? undefined : nationalCategoryById(db, id);
  if (id !== null && !national) throw new InvalidInputError('sync.unknownCategoryId', { value: id });
  const at = ctx.clock().toISOString();
  writeTransaction(db, () => {
    setCategoryMapping(db, name, id, at);
    appendAudit(db, { at, actor: ctx.actor(), action: 'sync.map', entity: 'category', details: { category: name, national_id: id } });
  });
  return { local: name, id, name: national?.name ?? '' };
}

export function mapUnit(ctx: AppContext, code: string, value: string): Mapped {
  const db = ctx.db();
  const unit = requireUnit(ctx, code);
  const id = parseId(ctx, value);
  const national = id === null ? undefined : institutionById(db, id);
  if (id !== null && !national) throw new InvalidInputError('sync.unknownInstitutionId', { value: id });
  const at = ctx.clock().toISOString();
  writeTransaction(db, () => {
    setUnitInstitution(db, unit.id, id);
    appendAudit(db, {
      at,
      actor: ctx.actor(),
      action: 'sync.map',
      entity: 'unit',
      entityId: unit.id,
      details: { unit: unit.code, national_institution_id: id },
    });
  });
  return { local: unit.code, id, name: national?.name ?? '' };
}
