/** Loads the reference data of data/ (categories, region codes) once, on demand. */

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRegionTable, type RegionTable } from './domain/region.js';

/** data/ ships beside dist/ in the package; both src/ and dist/ sit one level below the root. */
export const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

function readJson(relative: string): unknown {
  return JSON.parse(fs.readFileSync(dataDir + relative, 'utf8')) as unknown;
}

let categories: string[] | undefined;
let regions: RegionTable | undefined;

export function loadCategories(): string[] {
  return (categories ??= readJson('categories.json') as string[]);
}

export function loadRegions(): RegionTable {
  return (regions ??= createRegionTable(readJson('regions.json') as Record<string, string>));
}
