/** Migration 013: indexes for finding reports (`list --reporter`, `--status`, `--unit`), one unused index dropped. */

import type { Migration } from './index.js';

/**
 * - reports_reporter_name: `list --reporter Budi` is a NOCASE range on the name (report-filter.ts);
 *   partial, as anonymous reports have no name.
 * - reports_status and reports_unit gain the id after received_at, so `list --status S --limit 20`
 *   reads its 20 rows in the list's order (received_at DESC, id DESC) from the index instead of
 *   sorting every report of that status.
 * - reports_due gains the officer and the receipt time: the due list's page of ids (reports-repo
 *   listReports) and `list --overdue`'s are then read from the index alone, without reading 30,000
 *   open reports' rows; `due --officer` is a range of it, so reports_officer_due goes.
 * - reports_updated goes: no query filters or orders by updated_at.
 * - reports_fts keeps no per-report token counts (columnsize=0): they serve only ranking (bm25),
 *   which nothing uses (lists are newest first), and writing them was about half of building the
 *   full-text index on an import. Rebuilt here from the reports; triggers as in migration 001.
 * Each index left is named by a query in test/store/query-plans.test.ts; every big import rebuilds
 * them all, so one that no query uses is a cost with nothing for it.
 */
export const m013FindReports: Migration = {
  version: 13,
  name: 'find-reports',
  sql: `
CREATE INDEX reports_reporter_name ON reports (reporter_name COLLATE NOCASE) WHERE reporter_name IS NOT NULL;
DROP INDEX reports_status;
CREATE INDEX reports_status ON reports (status, received_at DESC, id DESC);
DROP INDEX reports_unit;
CREATE INDEX reports_unit ON reports (unit_id, received_at DESC, id DESC);
DROP INDEX reports_updated;
DROP INDEX reports_due;
CREATE INDEX reports_due ON reports (due_date, officer_id, received_at) WHERE due_date IS NOT NULL;
DROP INDEX reports_officer_due;
DROP TRIGGER reports_fts_insert;
DROP TRIGGER reports_fts_delete;
DROP TRIGGER reports_fts_update;
DROP TABLE reports_fts;
CREATE VIRTUAL TABLE reports_fts USING fts5(
  title, description, content='reports', content_rowid='id', tokenize='unicode61 remove_diacritics 2', columnsize=0
);
INSERT INTO reports_fts (reports_fts) VALUES ('rebuild');
CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
  INSERT INTO reports_fts (rowid, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
  INSERT INTO reports_fts (reports_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
END;
CREATE TRIGGER reports_fts_update AFTER UPDATE OF title, description ON reports BEGIN
  INSERT INTO reports_fts (reports_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
  INSERT INTO reports_fts (rowid, title, description) VALUES (new.id, new.title, new.description);
END;
`,
};
