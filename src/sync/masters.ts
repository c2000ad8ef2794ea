/** Fetches the national institutions and categories into the local lookup tables. */

import type { DB } from '../store/database.js';
import { localCategoryNames, mapCategoriesByName, replaceCategories, replaceInstitutions } from '../store/national-repo.js';
import type { NationalClient } from './client.js';
import type { MasterPage } from './payload.js';
import { attempt, type AttemptDeps } from './attempt.js';

const pageSize = 100;
/** A server that keeps saying "more" must not keep us paging for ever. */
const maxPages = 1000;

async function allPages<T>(tries: AttemptDeps, fetch: (page: number) => Promise<MasterPage<T>>): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const answer = await attempt(tries, () => fetch(page));
    if (!answer.ok) throw answer.error;
    const { rows: chunk, total } = answer.value;
    rows.push(...chunk);
    if (chunk.length === 0 || rows.length >= total) break;
  }
  return rows;
}

export interface MastersResult {
  institutions: number;
  categories: number;
  mapped: number;
  unmapped: string[];
}

/**
 * Fetches the national institutions and categories into the local lookup tables (each list is
 * replaced whole, only once it has been read completely) and maps local categories by name.
 */
export async function refreshMasters(
  db: DB,
  client: NationalClient,
  tries: AttemptDeps,
  shippedCategories: readonly string[],
  at: string,
): Promise<MastersResult> {
  const institutions = await allPages(tries, (page) => client.listInstitutions(page, pageSize));
  const categories = await allPages(tries, (page) => client.listCategories(page, pageSize));
  replaceInstitutions(db, institutions, at);
  replaceCategories(db, categories, at);
  const { mapped, unmapped } = mapCategoriesByName(db, localCategoryNames(db, shippedCategories), at);
  return { institutions: institutions.length, categories: categories.length, mapped, unmapped };
}
