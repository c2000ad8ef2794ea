/** Validation of the shipped holiday files (data/holidays/YYYY.json). */

import type { Holiday, HolidayKind } from './calendar.js';
import { isIsoDate } from './calendar.js';
import { fieldError, type FieldProblem } from './problems.js';

/**
 * Validates one holiday file (data/holidays/YYYY.json, see its README) and returns its entries with
 * the name in `lang`. Pure: the caller reads the file and JSON.parses it. A bad file is a packaging
 * or editing mistake that would silently move deadlines, so any doubt throws, naming the entry.
 */
export function parseHolidayFile(json: unknown, lang: 'en' | 'id'): Holiday[] {
  if (!isRecord(json)) throw new Error('Holiday file: expected a JSON object with "year", "source" and "holidays"');
  const year = json['year'];
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2999) {
    throw new Error(`Holiday file: "year" must be a whole number like 2026, got ${describe(year)}`);
  }
  const where = `Holiday file ${year}`;
  const source = json['source'];
  if (typeof source !== 'string' || source.trim() === '') {
    throw new Error(`${where}: "source" must name the decree (SKB) the dates come from`);
  }
  const list = json['holidays'];
  if (!Array.isArray(list)) throw new Error(`${where}: "holidays" must be an array`);

  const seen = new Set<string>();
  return list.map((entry: unknown, i): Holiday => {
    const at = `${where}, entry ${i + 1}`;
    if (!isRecord(entry)) throw new Error(`${at}: expected an object, got ${describe(entry)}`);
    const { date, kind } = entry;
    if (typeof date !== 'string' || !isIsoDate(date)) {
      throw new Error(`${at}: "date" must be a real YYYY-MM-DD date, got ${describe(date)}`);
    }
    const label = `${at} (${date})`;
    if (!date.startsWith(`${year}-`)) throw new Error(`${label}: date is not in ${year}`);
    if (!isKind(kind)) {
      throw new Error(`${label}: "kind" must be national, collective_leave or local, got ${describe(kind)}`);
    }
    const key = `${date}/${kind}`;
    if (seen.has(key)) throw new Error(`${label}: listed twice as ${kind}`);
    seen.add(key);
    const names: Record<'en' | 'id', unknown> = { en: entry['name_en'], id: entry['name_id'] };
    for (const l of ['id', 'en'] as const) {
      const name = names[l];
      if (typeof name !== 'string' || name.trim() === '') {
        throw new Error(`${label}: "name_${l}" must be a non-empty string`);
      }
    }
    return { date, kind, name: (names[lang] as string).trim() };
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isKind(v: unknown): v is HolidayKind {
  return v === 'national' || v === 'collective_leave' || v === 'local';
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}...` : s;
}

/**
 * The national holidays fixed by date, the same every year (New Year, Labour Day, Pancasila Day,
 * Independence Day, Christmas). For a year whose decree (SKB) is not out yet these are the only
 * holidays known for sure; the moving ones (Islamic, Chinese, Hindu, Buddhist, Christian feasts)
 * and cuti bersama wait for the decree, so deadlines in such a year are provisional.
 */
const fixedDates: readonly (readonly [monthDay: string, id: string, en: string])[] = [
  ['01-01', 'Tahun Baru Masehi', "New Year's Day"],
  ['05-01', 'Hari Buruh Internasional', 'International Labour Day'],
  ['06-01', 'Hari Lahir Pancasila', 'Pancasila Day'],
  ['08-17', 'Hari Proklamasi Kemerdekaan Republik Indonesia', 'Independence Day'],
  ['12-25', 'Hari Raya Natal', 'Christmas Day'],
];

/** The fixed-date national holidays of `year`, names in `lang`. */
export function fixedDateHolidays(year: number, lang: 'en' | 'id'): Holiday[] {
  return fixedDates.map(([md, id, en]) => ({ date: `${year}-${md}`, kind: 'national', name: lang === 'id' ? id : en }));
}

/** One entry of a decree list an admin imports (`lapor holiday import`), as read from the file. */
export interface DecreeEntry {
  date: string;
  name: string;
  kind: string;
}

/**
 * Checks an imported decree list: real dates, a name, kind holiday (or national) or
 * collective_leave, no date twice with one kind. Problems name the row (1-based).
 */
export function parseDecreeEntries(entries: readonly DecreeEntry[]): { holidays: Holiday[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const holidays: Holiday[] = [];
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const row = i + 1;
    const date = e.date.trim();
    const kindText = e.kind.trim().toLowerCase();
    const kind: HolidayKind | undefined =
      kindText === 'holiday' || kindText === 'national' ? 'national' : kindText === 'collective_leave' ? 'collective_leave' : undefined;
    if (!isIsoDate(date)) problems.push(fieldError('date', 'holiday.importDate', { row, value: e.date }));
    if (kind === undefined) problems.push(fieldError('kind', 'holiday.importKind', { row, value: e.kind }));
    if (e.name.trim() === '') problems.push(fieldError('name', 'holiday.importName', { row }));
    if (!isIsoDate(date) || kind === undefined || e.name.trim() === '') return;
    if (seen.has(`${date}/${kind}`)) problems.push(fieldError('date', 'holiday.importTwice', { row, value: date }));
    seen.add(`${date}/${kind}`);
    holidays.push({ date, kind, name: e.name.trim() });
  });
  if (entries.length === 0) problems.push(fieldError('file', 'holiday.importEmpty'));
  return { holidays, problems };
}
