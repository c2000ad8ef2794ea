/** Units. */

import type { DB } from './database.js';
import { appendAudit } from './audit-repo.js';

export interface Unit {
  id: number;
  code: string;
  name: string;
  active: boolean;
}

interface UnitRow {
  id: number;
  code: string;
  name: string;
  active: number;
}

const toUnit = (r: UnitRow): Unit => ({ id: r.id, code: r.code, name: r.name, active: r.active === 1 });

export function listUnits(db: DB): Unit[] {
  return (db.prepare('SELECT id, code, name, active FROM units ORDER BY code').all() as UnitRow[]).map(toUnit);
}

const unitColumns = 'SELECT id, code, name, active FROM units';

/** A unit by its code (case-insensitive). */
export function unitByCode(db: DB, code: string): Unit | undefined {
  const row = db.prepare(`${unitColumns} WHERE code = ? COLLATE NOCASE`).get(code.trim()) as UnitRow | undefined;
  return row ? toUnit(row) : undefined;
}

/** Another unit (not `exceptId`) with this name, ignoring case: names are unique (migration 012). */
export function unitNamed(db: DB, name: string, exceptId?: number): Unit | undefined {
  const row = db.prepare(`${unitColumns} WHERE name = ? COLLATE NOCASE AND id IS NOT ? ORDER BY code LIMIT 1`).get(name.trim(), exceptId ?? null) as
    UnitRow | undefined;
  return row ? toUnit(row) : undefined;
}

/**
 * The units a reference may mean, in the order admins type them: the code (case-insensitive), an
 * id (`#12`, or `12` when no unit has that code), then the name ignoring case. Several only for a
 * name that units of a database from before migration 012 share; app/directory.ts turns that
 * into a question.
 */
export function unitsMatching(db: DB, ref: string): Unit[] {
  const value = ref.trim();
  const byCode = unitByCode(db, value);
  if (byCode) return [byCode];
  if (/^#?\d{1,15}$/.test(value)) {
    const row = db.prepare(`${unitColumns} WHERE id = ?`).get(Number(value.replace('#', ''))) as UnitRow | undefined;
    if (row) return [toUnit(row)];
  }
  return (db.prepare(`${unitColumns} WHERE name = ? COLLATE NOCASE ORDER BY code`).all(value) as UnitRow[]).map(toUnit);
}

/** Call inside a write transaction (app/units.ts), as updateUnit. */
export function insertUnit(db: DB, unit: { code: string; name: string }, actor: string, at: string): Unit {
  const info = db.prepare('INSERT INTO units (code, name, active, created_at, updated_at) VALUES (?, ?, 1, ?, ?)').run(unit.code, unit.name, at, at);
  const id = Number(info.lastInsertRowid);
  appendAudit(db, { at, actor, action: 'unit.add', entity: 'unit', entityId: id, details: unit });
  return { id, code: unit.code, name: unit.name, active: true };
}

export function updateUnit(db: DB, id: number, changes: { code?: string; name?: string; active?: boolean }, actor: string, at: string): void {
  const current = db.prepare('SELECT id, code, name, active FROM units WHERE id = ?').get(id) as UnitRow;
  db.prepare('UPDATE units SET code = ?, name = ?, active = ?, updated_at = ? WHERE id = ?').run(
    changes.code ?? current.code,
    changes.name ?? current.name,
    changes.active === undefined ? current.active : changes.active ? 1 : 0,
    at,
    id,
  );
  appendAudit(db, { at, actor, action: 'unit.edit', entity: 'unit', entityId: id, details: { from: toUnit(current), changes } });
}
