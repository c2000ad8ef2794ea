/** Kemendagri region codes (province to village). */

import type { FieldProblem } from './problems.js';
import { fieldError } from './problems.js';

/** Example codes for `region.format`, one per level. */
export const REGION_EXAMPLES = '64, 64.09, 64.09.04, 64.09.04.1005';

// Province, regency/city, district (kecamatan), village (desa/kelurahan).
const DOTTED = /^(\d{2})(?:\.(\d{2})(?:\.(\d{2})(?:\.(\d{4}))?)?)?$/;
const PLAIN_LENGTHS = new Set([2, 4, 6, 10]);

function dotted(digits: string): string {
  const parts = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6), digits.slice(6, 10)];
  return parts.filter((p) => p !== '').join('.');
}

function normalize(input: string): string | undefined {
  const s = input.trim();
  if (DOTTED.test(s)) return s;
  if (/^\d+$/.test(s) && PLAIN_LENGTHS.has(s.length)) return dotted(s);
  return undefined;
}

/**
 * A Kemendagri region code typed with or without dots (6409 -> 64.09,
 * 6409041005 -> 64.09.04.1005). Only the shape is checked: whether the code
 * exists is the region table's business.
 */
export function normalizeRegionCode(input: string, field = 'region'): { value?: string; problems: FieldProblem[] } {
  const value = normalize(input);
  if (value === undefined) {
    return { problems: [fieldError(field, 'region.format', { field, value: input.trim(), examples: REGION_EXAMPLES })] };
  }
  return { value, problems: [] };
}

export interface RegionTable {
  /** The name for a code in any accepted form; undefined when unknown or malformed. */
  name(code: string): string | undefined;
  /**
   * False only when the table proves the code wrong: a level is checked only
   * where the table lists that level's siblings. The shipped table lists all
   * provinces but districts of a few regencies only, so a NIK issued in
   * Balikpapan (64.71.01) must not be flagged just because it is not listed.
   */
  plausible(code: string): boolean;
}

/** Builds a lookup from a flat code -> name object such as data/regions.json. */
export function createRegionTable(entries: Record<string, string>): RegionTable {
  const byCode = new Map<string, string>();
  for (const [code, name] of Object.entries(entries)) {
    const key = normalize(code);
    if (key === undefined) throw new RangeError(`Malformed region code in table: ${code}`);
    byCode.set(key, name);
  }
  const parentsWithChildren = new Set<string>();
  for (const key of byCode.keys()) parentsWithChildren.add(key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '');
  const check = (code: string): boolean => {
    const key = normalize(code);
    if (key === undefined) return false;
    const parts = key.split('.');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('.');
      const parent = parts.slice(0, i - 1).join('.');
      if (parentsWithChildren.has(parent) && !byCode.has(prefix)) return false;
    }
    return true;
  };
  // Imports ask about the same few codes (NIK prefixes, region column) hundreds of thousands of times.
  const known = new Map<string, boolean>();
  return {
    plausible(code: string): boolean {
      let answer = known.get(code);
      if (answer === undefined) {
        answer = check(code);
        if (known.size >= 10_000) known.clear();
        known.set(code, answer);
      }
      return answer;
    },
    name(code: string): string | undefined {
      const key = normalize(code);
      return key === undefined ? undefined : byCode.get(key);
    },
  };
}
