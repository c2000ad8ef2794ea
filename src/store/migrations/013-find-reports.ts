/** Migration 013: indexes for finding reports (`list --reporter`, `--status`, `--unit`), one unused index dropped. */

import type { Migration } from './index.js';

/**
 * - reports_reporter_name: `list --reporter Budi` is a NOCASE range on the name (report-filter.ts);
 *   partial, as anonymous reports have no name.
 * - reports_status and reports_unit gain the id after received_at, so `list --status S --limit 20`
 *   reads its 20 rows in the list's order (received_at DESC, id DESC) from the index instead of
 *   sorting every report of that status.
 * - reports_updated goes: no query filters or orders by updated_at (test/store/query-plans.test.ts
 *   lists what each index is for), and every import rebuilt it.
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
`,
};
