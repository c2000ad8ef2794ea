/** Units: adding and editing, each in one transaction with its audit entry. */

import type { AppContext } from '../context.js';
import { InvalidInputError, NotFoundError, UsageError } from '../errors.js';
import { checkText } from '../domain/text.js';
import { writeTransaction, type DB } from '../store/database.js';
import { insertUnit, unitByCode, unitNamed, updateUnit, type Unit } from '../store/units-repo.js';
import { findUnit } from './directory.js';

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

/** No other unit may have this name, ignoring case (migration 012 is the database's guard). */
function refuseTakenName(db: DB, name: string, selfId?: number): void {
  const other = unitNamed(db, name, selfId);
  if (other) throw new InvalidInputError('unit.nameExists', { name, code: other.code });
}

/** A new unit; its code and name must be free (checked inside the transaction that inserts it). */
export function addUnit(ctx: AppContext, code: string, name: string): Unit {
  const db = ctx.db();
  const normalized = normalizeCode(code);
  const unitName = normalizeName(name);
  return writeTransaction(db, () => {
    // A code that is another unit's name would make that name mean two units.
    if (unitByCode(db, normalized) || unitNamed(db, normalized)) throw new InvalidInputError('unit.exists', { code: normalized });
    refuseTakenName(db, unitName);
    return insertUnit(db, { code: normalized, name: unitName }, ctx.actor(), ctx.clock().toISOString());
  });
}

/** Renames, re-codes or (de)activates a unit; returns its code afterwards. */
export function editUnit(ctx: AppContext, code: string, opts: { name?: string; code?: string; active?: boolean }): string {
  const db = ctx.db();
  return writeTransaction(db, () => {
    const found = findUnit(ctx, code);
    if (!found) throw new NotFoundError('unit.notFound', { value: code });
    const changes: { name?: string; code?: string; active?: boolean } = {};
    if (opts.name !== undefined) {
      changes.name = normalizeName(opts.name);
      // Keeping its own name (one of the duplicates kept from before migration 012) is no new duplicate.
      if (changes.name.toLowerCase() !== found.name.toLowerCase()) refuseTakenName(db, changes.name, found.id);
    }
    if (opts.code !== undefined) {
      changes.code = normalizeCode(opts.code);
      const clash = unitByCode(db, changes.code);
      if (clash && clash.id !== found.id) throw new InvalidInputError('unit.exists', { code: changes.code });
    }
    if (opts.active !== undefined) changes.active = opts.active;
    if (Object.keys(changes).length === 0) throw new UsageError('unit.nothing');
    updateUnit(db, found.id, changes, ctx.actor(), ctx.clock().toISOString());
    return changes.code ?? found.code;
  });
}
