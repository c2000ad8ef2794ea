/** The agency's changes to the shipped holiday calendar. */

import type { DB } from './database.js';
import { appendAudit } from './audit-repo.js';

/**
 * An agency's change to the shipped holiday calendar: 'add' makes a date a local holiday
 * (a regional holiday, or an Islamic holiday moved by a later decree), 'remove' declares a
 * shipped holiday a working day again. One row per date.
 */
export interface HolidayOverride {
  date: string;
  action: 'add' | 'remove';
  name: string | null;
  createdAt: string;
  createdBy: string;
}

interface OverrideRow {
  date: string;
  action: 'add' | 'remove';
  name: string | null;
  created_at: string;
  created_by: string;
}

const toOverride = (r: OverrideRow): HolidayOverride => ({ date: r.date, action: r.action, name: r.name, createdAt: r.created_at, createdBy: r.created_by });

export function listHolidayOverrides(db: DB): HolidayOverride[] {
  return (db.prepare('SELECT date, action, name, created_at, created_by FROM holiday_overrides ORDER BY date').all() as OverrideRow[]).map(toOverride);
}

export function getHolidayOverride(db: DB, date: string): HolidayOverride | undefined {
  const row = db.prepare('SELECT date, action, name, created_at, created_by FROM holiday_overrides WHERE date = ?').get(date) as OverrideRow | undefined;
  return row ? toOverride(row) : undefined;
}

/**
 * Sets (or replaces) the override of a date, with its audit entry. Call inside a write transaction:
 * app/deadlines.ts changeCalendar commits it, then recomputes every stored deadline.
 */
export function putHolidayOverride(db: DB, o: { date: string; action: 'add' | 'remove'; name: string | null }, actor: string, at: string): void {
  const before = getHolidayOverride(db, o.date);
  db.prepare(
    `INSERT INTO holiday_overrides (date, action, name, created_at, created_by) VALUES (@date, @action, @name, @at, @actor)
     ON CONFLICT (date) DO UPDATE SET action = excluded.action, name = excluded.name, created_at = excluded.created_at, created_by = excluded.created_by`,
  ).run({ ...o, at, actor });
  appendAudit(db, {
    at,
    actor,
    action: o.action === 'add' ? 'holiday.add' : 'holiday.remove',
    entity: 'holiday',
    details: { date: o.date, name: o.name, replaced: before ? { action: before.action, name: before.name } : null },
  });
}

/** Drops the override of a date (a local holiday goes, a removed shipped one comes back). Inside a write transaction. */
export function deleteHolidayOverride(db: DB, date: string, actor: string, at: string): boolean {
  const before = getHolidayOverride(db, date);
  if (!before) return false;
  db.prepare('DELETE FROM holiday_overrides WHERE date = ?').run(date);
  appendAudit(db, {
    at,
    actor,
    action: before.action === 'add' ? 'holiday.deleteLocal' : 'holiday.restore',
    entity: 'holiday',
    details: { date, name: before.name },
  });
  return true;
}
