/** The agency's working calendar: shipped holidays (data/holidays/, read once), local overrides and the cuti bersama setting. */

import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from './data.js';
import { fixedDateHolidays, parseHolidayFile } from './domain/holidays.js';
import { createCalendar, type Holiday, type WorkingCalendar } from './domain/calendar.js';
import { listDecreeHolidays, listHolidayOverrides, type HolidayOverride } from './store/holidays-repo.js';
import type { DB } from './store/database.js';
import type { AgencySettings } from './domain/settings.js';
import type { Lang } from './io/messages/index.js';

/**
 * The agency's working-day calendar (usable wherever a WorkingCalendar is expected, e.g. as
 * DeadlineEnv.calendar), plus what it was built from, for `lapor holiday list`.
 * `coveredYears()` lists the years with shipped national holidays; dates outside them count
 * weekends and local holidays only.
 */
export interface LoadedCalendar extends WorkingCalendar {
  /**
   * The national list in effect (all years), names in the requested language: the shipped files,
   * a decree imported with `lapor holiday import` in place of its year's file, and the fixed-date
   * holidays of the provisional years.
   */
  readonly shipped: readonly Holiday[];
  /** Years after the last decree known: only the fixed-date holidays count there. */
  readonly provisionalYears: readonly number[];
  /** Whether a date falls in a provisional year, so a deadline on it may still move. */
  isProvisional(date: string): boolean;
  /** The agency's own changes, by date. */
  readonly overrides: readonly HolidayOverride[];
  /** False when the agency counts cuti bersama as working days (calendar.collective_leave = working). */
  readonly countCollectiveLeave: boolean;
}

const holidayDir = path.join(dataDir, 'holidays');
let files: unknown[] | undefined;
const parsed = new Map<Lang, Holiday[]>();

/** Every data/holidays/YYYY.json, read once per process. A file named for another year is a packaging bug. */
function readHolidayFiles(): unknown[] {
  if (files) return files;
  const names = fs
    .readdirSync(holidayDir)
    .filter((n) => /^\d{4}\.json$/.test(n))
    .sort();
  files = names.map((name) => {
    const json = JSON.parse(fs.readFileSync(path.join(holidayDir, name), 'utf8')) as { year?: unknown };
    if (String(json.year) !== name.slice(0, 4)) throw new Error(`Holiday file ${name}: "year" is ${String(json.year)}, expected ${name.slice(0, 4)}`);
    return json;
  });
  return files;
}

export function shippedHolidays(lang: Lang): Holiday[] {
  let list = parsed.get(lang);
  if (!list) {
    list = readHolidayFiles().flatMap((json) => parseHolidayFile(json, lang));
    parsed.set(lang, list);
  }
  return list;
}

/**
 * The agency's working-day calendar: the shipped files merged with its overrides ('add' -> a local
 * holiday, 'remove' -> that date has no holiday) and the cuti bersama setting. Cheap enough to call
 * once per command; `lapor due` and the deadline recomputation use the same one.
 */
export function loadCalendar(db: DB, settings: Pick<AgencySettings, 'calendar'>, lang: Lang): LoadedCalendar {
  const { shipped, provisionalYears } = nationalList(db, lang);
  const provisional = new Set(provisionalYears);
  const overrides = listHolidayOverrides(db);
  const local: Holiday[] = overrides.filter((o) => o.action === 'add').map((o) => ({ date: o.date, kind: 'local', name: o.name ?? '' }));
  const removed = overrides.filter((o) => o.action === 'remove').map((o) => o.date);
  const countCollectiveLeave = settings.calendar.collectiveLeave !== 'working';
  const calendar = createCalendar({ holidays: [...shipped, ...local], removed, countCollectiveLeave });
  const isProvisional = (date: string) => provisional.has(Number(date.slice(0, 4)));
  return Object.assign(calendar, { shipped, overrides, countCollectiveLeave, provisionalYears, isProvisional });
}

/**
 * How many years after the last decree get the fixed-date holidays. Deadlines reach at most a
 * year ahead (365 days is the longest completion period allowed), so three is ample; further on
 * the calendar counts weekends only and warns, as before.
 */
const provisionalSpan = 3;

const yearOf = (h: Holiday) => Number(h.date.slice(0, 4));

/** The decree lists (an imported year replaces the shipped file) plus the provisional years after them. */
function nationalList(db: DB, lang: Lang): { shipped: Holiday[]; provisionalYears: number[] } {
  const imported: Holiday[] = listDecreeHolidays(db);
  const importedYears = new Set(imported.map(yearOf));
  const decreed = [...shippedHolidays(lang).filter((h) => !importedYears.has(yearOf(h))), ...imported];
  const last = Math.max(0, ...decreed.map(yearOf));
  const provisionalYears = last === 0 ? [] : Array.from({ length: provisionalSpan }, (_, i) => last + 1 + i);
  const list = [...decreed, ...provisionalYears.flatMap((y) => fixedDateHolidays(y, lang))];
  // YYYY-MM-DD sorts as plain text; localeCompare would load ICU's collator, ~25 ms of every run (issue 13).
  return { shipped: list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), provisionalYears };
}

/**
 * Years among these YYYY-MM-DD dates that have no shipped holiday data, for a warning such as
 * `io.warn('holiday.noData', { year })`: deadlines there count weekends and local holidays only.
 */
export function uncoveredYears(calendar: Pick<WorkingCalendar, 'coveredYears'>, dates: Iterable<string>): number[] {
  const covered = new Set(calendar.coveredYears());
  const missing = new Set<number>();
  for (const d of dates) {
    const year = Number(d.slice(0, 4));
    if (!covered.has(year)) missing.add(year);
  }
  return [...missing].sort((a, b) => a - b);
}
