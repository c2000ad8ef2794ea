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

/** A unit by its code, or by its exact name ignoring case: admins type either. */
export function findUnit(db: DB, codeOrName: string): Unit | undefined {
  const row = db
    .prepare(
      'SELECT id, code, name, active FROM units WHERE code = @v COLLATE NOCASE OR name = @v COLLATE NOCASE ORDER BY code = @v COLLATE NOCASE DESC LIMIT 1',
    )
    .get({ v: codeOrName.trim() }) as UnitRow | undefined;
  return row ? toUnit(row) : undefined;
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
