/** Validation of the shipped holiday files (data/holidays/YYYY.json). */

import type { Holiday, HolidayKind } from './calendar.js';
import { isIsoDate } from './calendar.js';

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
