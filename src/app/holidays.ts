/** Local holiday changes (add, remove), each in one transaction that also recomputes the deadlines. */

import type { AppContext } from '../context.js';
import { InvalidInputError, UsageError } from '../errors.js';
import { shippedHolidays } from '../calendar-loader.js';
import { deleteHolidayOverride, getHolidayOverride, putHolidayOverride } from '../store/holidays-repo.js';
import { changeCalendar } from './deadlines.js';

/*
 * `holiday add|remove`: the agency's changes to the shipped calendar. Each change commits with its
 * audit entry and then recomputes every stored deadline (changeCalendar).
 */

export type HolidayAdded =
  /** A shipped holiday the agency had declared a working day is a holiday again. */
  { kind: 'restored'; shippedName: string } | { kind: 'unchanged' } | { kind: 'added' | 'renamed' };

export type HolidayRemoved =
  | { kind: 'deletedLocal'; localName: string; stillShipped?: string }
  | { kind: 'alreadyRemoved' }
  | { kind: 'notFound' }
  | { kind: 'removed'; shippedName: string };

function shippedOn(ctx: AppContext, date: string) {
  return ctx
    .deadlines()
    .env()
    .calendar.shipped.filter((h) => h.date === date);
}

/** Makes `date` a local holiday named `name` (or restores the shipped one removed before). */
export function addHoliday(ctx: AppContext, date: string, name: string | undefined): HolidayAdded {
  const db = ctx.db();
  const override = getHolidayOverride(db, date);
  const shipped = shippedOn(ctx, date);
  const actor = ctx.actor();
  const at = ctx.clock().toISOString();
  if (override?.action === 'remove' && shipped.length > 0) {
    changeCalendar(ctx, () => deleteHolidayOverride(db, date, actor, at));
    return { kind: 'restored', shippedName: shipped.map((h) => h.name).join(' / ') };
  }
  const national = shipped.find((h) => h.kind === 'national');
  if (national) throw new InvalidInputError('holiday.alreadyHoliday', { date, name: national.name });
  if (name === undefined) throw new UsageError('error.missingFlag', { field: 'name', flag: '--name' });
  if (override?.action === 'add' && override.name === name) return { kind: 'unchanged' };
  changeCalendar(ctx, () => putHolidayOverride(db, { date, action: 'add', name }, actor, at));
  return { kind: override?.action === 'add' ? 'renamed' : 'added' };
}

/** Deletes a local holiday, or declares a shipped one a working day. */
export function removeHoliday(ctx: AppContext, date: string): HolidayRemoved {
  const db = ctx.db();
  const override = getHolidayOverride(db, date);
  const shipped = shippedOn(ctx, date);
  const actor = ctx.actor();
  const at = ctx.clock().toISOString();
  if (override?.action === 'add') {
    changeCalendar(ctx, () => deleteHolidayOverride(db, date, actor, at));
    const stillShipped = shipped.length > 0 ? shipped.map((h) => h.name).join(' / ') : undefined;
    return { kind: 'deletedLocal', localName: override.name ?? '', ...(stillShipped === undefined ? {} : { stillShipped }) };
  }
  if (override?.action === 'remove') return { kind: 'alreadyRemoved' };
  if (shipped.length === 0) return { kind: 'notFound' };
  // The stored name is for the record only (lists show the shipped one): always the official Indonesian name.
  const officialName = shippedHolidays('id')
    .filter((h) => h.date === date)
    .map((h) => h.name)
    .join(' / ');
  changeCalendar(ctx, () => putHolidayOverride(db, { date, action: 'remove', name: officialName }, actor, at));
  return { kind: 'removed', shippedName: shipped.map((h) => h.name).join(' / ') };
}
