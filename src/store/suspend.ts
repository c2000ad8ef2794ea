/** What a big import suspends inside its transaction, read from the schema itself. */

import type { DB } from './database.js';

export interface SchemaObject {
  type: 'index' | 'trigger';
  name: string;
  sql: string;
}

/**
 * Indexes a big import keeps up to date row by row, because that costs less than rebuilding
 * them (each rebuild is a scan of the whole table): imported rows enter them in key order
 * (change numbers) or not at all (partial indexes on columns an
 * import leaves NULL). Any other name is dropped and rebuilt, so a renamed index stays correct.
 */
export const liveIndexes: ReadonlySet<string> = new Set(['reports_change_seq', 'reports_auto_close', 'reports_poll']);

/** What a big import drops inside its transaction and rebuilds before COMMIT (bench/import.js mirrors it). */
export function suspendedObjects(db: DB): SchemaObject[] {
  const objects = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'reports' AND sql IS NOT NULL
         AND ((type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%') OR (type = 'trigger' AND name IN ('reports_fts_insert', 'reports_change_seq_insert')))`,
    )
    .all() as SchemaObject[];
  return objects.filter((o) => !liveIndexes.has(o.name));
}

/**
 * An AFTER INSERT trigger whose body is one `INSERT INTO t (cols) VALUES (exprs of new.*)`, turned
 * into the statement that does its work for every row above an id at once:
 * `INSERT INTO t (cols) SELECT exprs FROM reports AS new WHERE new.id > ? ORDER BY new.id`.
 * Made from the migration's own text (sqlite_master), so a changed trigger is replayed as it now
 * reads; undefined for any other shape, and such a trigger is left live.
 */
export function replayOf(triggerSql: string): string | undefined {
  const m =
    /^CREATE\s+TRIGGER\s+\S+\s+AFTER\s+INSERT\s+ON\s+"?reports"?\s+BEGIN\s+(INSERT\s+INTO\s+[\w"]+\s*\([^)]*\))\s*VALUES\s*\(([^;]*)\)\s*;\s*END;?\s*$/i.exec(
      triggerSql.trim(),
    );
  if (!m) return undefined;
  return `${m[1]} SELECT ${m[2]} FROM reports AS new WHERE new.id > ? ORDER BY new.id`;
}
