/** `lapor holiday import`: a decree's holiday list read from CSV or JSON, stored, then every deadline recomputed. */

import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { AppContext } from '../context.js';
import { InvalidInputError } from '../errors.js';
import { parseDecreeEntries, type DecreeEntry } from '../domain/holidays.js';
import { replaceDecreeYears, type DecreeHoliday } from '../store/holidays-repo.js';
import { changeCalendar } from './deadlines.js';

/** The rows of a decree file: JSON (an array, or an object with "holidays") or CSV with a header. */
function readEntries(file: string): DecreeEntry[] {
  const cell = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  const rows = (list: unknown[]) =>
    list
      .map((r) => (typeof r === 'object' && r !== null ? (r as Record<string, unknown>) : {}))
      .map((r) => ({ date: cell(r['date']), name: cell(r['name']), kind: cell(r['kind']) }));
  try {
    const trimmed = fs
      .readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim();
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
      const json = JSON.parse(trimmed) as unknown;
      const list = Array.isArray(json) ? json : (json as { holidays?: unknown }).holidays;
      if (!Array.isArray(list)) throw new Error('no "holidays" array');
      return rows(list);
    }
    const records = parse(trimmed, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
    }) as unknown[];
    return rows(records);
  } catch (error) {
    throw new InvalidInputError('holiday.importRead', { file, reason: (error as Error).message });
  }
}

/**
 * Loads a decree's list for the years it covers (each replacing that year's shipped or earlier
 * imported list), with its audit entries, then recomputes every stored deadline through the
 * explicit use case (changeCalendar). Returns the years and the count.
 */
export function importDecree(ctx: AppContext, file: string, source: string | undefined): { years: number[]; count: number } {
  const entries = readEntries(file);
  const { holidays, problems } = parseDecreeEntries(entries);
  if (problems.length > 0) throw new InvalidInputError('error.invalidInput', { count: problems.length }, problems);
  const db = ctx.db();
  let years: number[] = [];
  changeCalendar(ctx, () => {
    years = replaceDecreeYears(db, holidays as DecreeHoliday[], source ?? null, ctx.actor(), ctx.clock().toISOString());
  });
  return { years, count: holidays.length };
}
