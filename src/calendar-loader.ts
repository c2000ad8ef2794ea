/** The agency's working calendar: shipped holidays (data/holidays/, read once), local overrides and the cuti bersama setting. */

import fs from 'node:fs';
import path from 'node:path';
import { dataDir } from './data.js';
import { parseHolidayFile } from './domain/holidays.js';
import { createCalendar, type Holiday, type WorkingCalendar } from './domain/calendar.js';
import { listHolidayOverrides, type HolidayOverride } from './store/holidays-repo.js';
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
  /** The shipped holidays (all years), names in the requested language. */
  readonly shipped: readonly Holiday[];
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
  const names = fs.readdirSync(holidayDir).filter((n) => /^\d{4}\.json$/.test(n)).sort();
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
  const shipped = shippedHolidays(lang);
  const overrides = listHolidayOverrides(db);
  const local: Holiday[] = overrides.filter((o) => o.action === 'add').map((o) => ({ date: o.date, kind: 'local', name: o.name ?? '' }));
  const removed = overrides.filter((o) => o.action === 'remove').map((o) => o.date);
  const countCollectiveLeave = settings.calendar.collectiveLeave !== 'working';
  const calendar = createCalendar({ holidays: [...shipped, ...local], removed, countCollectiveLeave });
  return Object.assign(calendar, { shipped, overrides, countCollectiveLeave });
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
