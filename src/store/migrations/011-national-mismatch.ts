/** Migration 011: reports whose local and national records disagree, and since when. */

import type { Migration } from './index.js';

/**
 * A national status that the lifecycle cannot reach (no legal path, or a step that needs an
 * officer) is no longer copied onto the report: the two records disagree until someone acts, and
 * `lapor sync status --mismatches` lists them. The disagreement itself follows from the report's
 * status and its last national status (domain/national-reconcile.ts); what this table adds is when
 * lapor first saw it (a pull, or a local step such as a close the national record does not show).
 * A table of its own, not columns of reports: the export change trigger stays as it is. It starts
 * empty: the next pulls fill it (locally final reports are checked again, at a lower rate).
 */
export const m011NationalMismatch: Migration = {
  version: 11,
  name: 'national-mismatch',
  sql: `
CREATE TABLE national_mismatches (
  report_id INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
  local_status TEXT NOT NULL,
  national_status TEXT NOT NULL,
  since TEXT NOT NULL
) STRICT;
CREATE INDEX national_mismatches_since ON national_mismatches (since);
`,
};
