/** Migration 007: an index on report_events (at, kind, report_id) for the recap. */

import type { Migration } from './index.js';

/**
 * `lapor recap` counts steps by the period they happened in: without an index on the step time it
 * would read every step the agency ever recorded (millions after a few years) for one month. The
 * index covers the kind and the report too, so counting needs no table lookups.
 */
export const m007RecapIndex: Migration = {
  version: 7,
  name: 'recap-index',
  sql: `
CREATE INDEX report_events_at ON report_events (at, kind, report_id);
`,
};
