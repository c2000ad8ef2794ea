/** National master lists and the mappings of local categories and units onto them. */

import type { DB } from './database.js';
import { writeTransaction } from './database.js';

/*
 * The national master lists (institutions = possible targets, categories) and how local categories
 * and units map onto them.
 */

export interface Institution {
  id: number;
  name: string;
}

export interface NationalCategory {
  id: number;
  name: string;
  parentId: number | null;
}

export function replaceInstitutions(db: DB, rows: readonly Institution[], at: string): void {
  writeTransaction(db, () => {
    db.prepare('DELETE FROM national_institutions').run();
    const insert = db.prepare('INSERT OR REPLACE INTO national_institutions (id, name, fetched_at) VALUES (?, ?, ?)');
    for (const r of rows) insert.run(r.id, r.name, at);
  });
}

export function replaceCategories(db: DB, rows: readonly NationalCategory[], at: string): void {
  writeTransaction(db, () => {
    db.prepare('DELETE FROM national_categories').run();
    const insert = db.prepare('INSERT OR REPLACE INTO national_categories (id, name, parent_id, fetched_at) VALUES (?, ?, ?, ?)');
    for (const r of rows) insert.run(r.id, r.name, r.parentId, at);
  });
}

/**
 * Maps local categories to national ones of the same name (ignoring case and extra spaces). Hand-made
 * mappings are never touched; name-made ones follow the national list when it changes.
 */
export function mapCategoriesByName(db: DB, localNames: readonly string[], at: string): { mapped: number; unmapped: string[] } {
  return writeTransaction(db, () => {
    const find = db.prepare('SELECT id FROM national_categories WHERE lower(trim(name)) = lower(trim(?)) ORDER BY id LIMIT 1');
    const current = db.prepare('SELECT source FROM category_map WHERE category = ?');
    const upsert = db.prepare(
      "INSERT INTO category_map (category, national_id, source, updated_at) VALUES (?, ?, 'name', ?) ON CONFLICT (category) DO UPDATE SET national_id = excluded.national_id, updated_at = excluded.updated_at",
    );
    const drop = db.prepare("DELETE FROM category_map WHERE category = ? AND source = 'name'");
    let mapped = 0;
    const unmapped: string[] = [];
    for (const name of new Set(localNames)) {
      const existing = current.get(name) as { source: string } | undefined;
      if (existing?.source === 'manual') {
        mapped++;
        continue;
      }
      const match = find.get(name.replace(/\s+/g, ' ')) as { id: number } | undefined;
      if (match) {
        upsert.run(name, match.id, at);
        mapped++;
      } else {
        drop.run(name);
        unmapped.push(name);
      }
    }
    return { mapped, unmapped };
  });
}

/** Local category names in use or shipped: what needs a national id. */
export function localCategoryNames(db: DB, shipped: readonly string[]): string[] {
  const used = (db.prepare('SELECT DISTINCT category FROM reports WHERE category IS NOT NULL').all() as { category: string }[]).map((r) => r.category);
  const seen = new Map<string, string>();
  for (const name of [...shipped, ...used]) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  return [...seen.values()];
}

export function setCategoryMapping(db: DB, category: string, nationalId: number | null, at: string): void {
  writeTransaction(db, () => {
    if (nationalId === null) db.prepare('DELETE FROM category_map WHERE category = ?').run(category);
    else
      db.prepare(
        "INSERT INTO category_map (category, national_id, source, updated_at) VALUES (?, ?, 'manual', ?) ON CONFLICT (category) DO UPDATE SET national_id = excluded.national_id, source = 'manual', updated_at = excluded.updated_at",
      ).run(category, nationalId, at);
  });
}

export function categoryNationalId(db: DB, category: string): number | undefined {
  return (db.prepare('SELECT national_id FROM category_map WHERE category = ?').get(category) as { national_id: number } | undefined)?.national_id;
}

export function categoryMappings(db: DB): { category: string; nationalId: number; nationalName: string | null; source: string }[] {
  return db
    .prepare(
      `SELECT m.category, m.national_id AS nationalId, c.name AS nationalName, m.source
       FROM category_map m LEFT JOIN national_categories c ON c.id = m.national_id ORDER BY m.category`,
    )
    .all() as { category: string; nationalId: number; nationalName: string | null; source: string }[];
}

export function setUnitInstitution(db: DB, unitId: number, institutionId: number | null): void {
  writeTransaction(db, () => db.prepare('UPDATE units SET national_institution_id = ? WHERE id = ?').run(institutionId, unitId));
}

export function unitInstitutionId(db: DB, unitId: number): number | undefined {
  const row = db.prepare('SELECT national_institution_id AS id FROM units WHERE id = ?').get(unitId) as { id: number | null } | undefined;
  return row?.id ?? undefined;
}

export function unitMappings(db: DB): { code: string; name: string; institutionId: number | null; institutionName: string | null }[] {
  return db
    .prepare(
      `SELECT u.code, u.name, u.national_institution_id AS institutionId, i.name AS institutionName
       FROM units u LEFT JOIN national_institutions i ON i.id = u.national_institution_id WHERE u.active = 1 ORDER BY u.code`,
    )
    .all() as { code: string; name: string; institutionId: number | null; institutionName: string | null }[];
}

export function institutionById(db: DB, id: number): Institution | undefined {
  return db.prepare('SELECT id, name FROM national_institutions WHERE id = ?').get(id) as Institution | undefined;
}

export function nationalCategoryById(db: DB, id: number): NationalCategory | undefined {
  return db.prepare('SELECT id, name, parent_id AS parentId FROM national_categories WHERE id = ?').get(id) as NationalCategory | undefined;
}

/**
 * A national institution from what an admin typed: its id, or its exact name (ignoring case).
 * Returns every exact match so the caller can refuse an ambiguous name.
 */
export function resolveInstitution(db: DB, text: string): Institution[] {
  const v = text.trim();
  if (/^\d+$/.test(v)) {
    const byId = institutionById(db, Number(v));
    return byId ? [byId] : [];
  }
  return db.prepare('SELECT id, name FROM national_institutions WHERE lower(trim(name)) = lower(?) ORDER BY id').all(v.replace(/\s+/g, ' ')) as Institution[];
}

export function mastersInfo(db: DB): { institutions: number; categories: number; fetchedAt: string | null; mappedCategories: number } {
  const inst = db.prepare('SELECT count(*) AS n, max(fetched_at) AS at FROM national_institutions').get() as { n: number; at: string | null };
  const cat = db.prepare('SELECT count(*) AS n, max(fetched_at) AS at FROM national_categories').get() as { n: number; at: string | null };
  const mapped = db.prepare('SELECT count(*) AS n FROM category_map').get() as { n: number };
  return { institutions: inst.n, categories: cat.n, fetchedAt: [inst.at, cat.at].filter(Boolean).sort().at(-1) ?? null, mappedCategories: mapped.n };
}

/** One master list as stored, optionally filtered by a part of the name. */
export function listMaster(db: DB, list: 'institutions' | 'categories', search?: string): { id: number; name: string; parent_id?: number | null }[] {
  const sql = list === 'institutions' ? 'SELECT id, name FROM national_institutions' : 'SELECT id, name, parent_id FROM national_categories';
  if (!search) return db.prepare(`${sql} ORDER BY name`).all() as { id: number; name: string }[];
  return db.prepare(`${sql} WHERE name LIKE '%' || ? || '%' ESCAPE '\\' ORDER BY name`).all(search.replace(/[\\%_]/g, '\\$&')) as {
    id: number;
    name: string;
  }[];
}
