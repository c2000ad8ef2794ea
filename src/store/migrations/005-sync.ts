import type { Migration } from './index.js';

/**
 * National sync state: the national master lists (targets and categories), how local categories
 * and units map onto them, a single-runner lock and the history of sync runs.
 */
export const m005Sync: Migration = {
  version: 5,
  name: 'sync',
  sql: `
-- Copies of the national master lists, replaced whole by 'lapor sync masters'.
CREATE TABLE national_institutions (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  fetched_at TEXT NOT NULL
) STRICT;
CREATE INDEX national_institutions_name ON national_institutions (name COLLATE NOCASE);
CREATE TABLE national_categories (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  parent_id INTEGER,
  fetched_at TEXT NOT NULL
) STRICT;
CREATE INDEX national_categories_name ON national_categories (name COLLATE NOCASE);

-- Local category name -> national category id. No foreign key: the master list is replaced whole
-- on refresh, and a mapping must survive that (it is checked again when a report is sent).
CREATE TABLE category_map (
  category TEXT PRIMARY KEY COLLATE NOCASE,
  national_id INTEGER NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('name','manual')),
  updated_at TEXT NOT NULL
) STRICT;

-- The national institution a unit's reports are disposed to.
ALTER TABLE units ADD COLUMN national_institution_id INTEGER;

-- One sync at a time. A lock whose holder died (kill -9, power cut) is taken over.
CREATE TABLE sync_lock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  pid INTEGER NOT NULL,
  host TEXT NOT NULL,
  acquired_at TEXT NOT NULL,
  heartbeat_at TEXT NOT NULL
) STRICT;

CREATE TABLE sync_runs (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('push','pull','masters')),
  started_at TEXT NOT NULL,
  finished_at TEXT,
  ok INTEGER CHECK (ok IN (0,1)),
  done INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  error TEXT
) STRICT;
CREATE INDEX sync_runs_kind ON sync_runs (kind, ok, id);

CREATE INDEX reports_poll ON reports (national_checked_at) WHERE national_id IS NOT NULL;
`,
};
