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

/** A holiday of an imported decree list (`lapor holiday import`). */
export interface DecreeHoliday {
  date: string;
  kind: 'national' | 'collective_leave';
  name: string;
}

export function listDecreeHolidays(db: DB): DecreeHoliday[] {
  return db.prepare('SELECT date, kind, name FROM decree_holidays ORDER BY date, kind').all() as DecreeHoliday[];
}

/**
 * Replaces the imported list of each year these holidays fall in (a decree lists a whole year),
 * with one audit entry per year. Inside a write transaction (app/holidays.ts importDecree).
 */
export function replaceDecreeYears(db: DB, holidays: readonly DecreeHoliday[], source: string | null, actor: string, at: string): number[] {
  const years = [...new Set(holidays.map((h) => Number(h.date.slice(0, 4))))].sort((a, b) => a - b);
  const insert = db.prepare('INSERT INTO decree_holidays (date, kind, name, year, source, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const year of years) {
    const before = (db.prepare('SELECT count(*) AS n FROM decree_holidays WHERE year = ?').get(year) as { n: number }).n;
    db.prepare('DELETE FROM decree_holidays WHERE year = ?').run(year);
    const list = holidays.filter((h) => h.date.startsWith(`${year}-`));
    for (const h of list) insert.run(h.date, h.kind, h.name, year, source, at, actor);
    appendAudit(db, { at, actor, action: 'holiday.import', entity: 'holiday', details: { year, source, count: list.length, replaced: before } });
  }
  return years;
}
