/** Migration 010: each step stores the clock it stops (report_events.clock_from, first_response). */

import type { Migration } from './index.js';

/**
 * `lapor recap` measures working days from the start of a clock to the step that stops it. Finding
 * that start by replaying every touched report's whole timeline took most of a yearly recap, so the
 * lifecycle now stores it on the step when it writes it (workflow-repo.ts), from the report's own
 * columns at that moment:
 * - clock_from: on a verification, the re-opening that sent the report back to intake (NULL: from
 *   receipt); on the unit's first follow-up after its clock started (followup_from), that start;
 *   NULL on any other step;
 * - first_response: 1 on the report's first response (an explicit response or a follow-up).
 * Existing steps are backfilled by replaying each report's steps in the order they were written
 * (id), as the lifecycle saw them: a same-unit re-assignment that kept the clock (details
 * clock_kept_from) and a reply that re-opened nothing start no clock. report_events is append-only:
 * its guard is lifted for this backfill only. The recap's index then covers the new columns.
 */
/** The backfill alone (tests compare it with what the lifecycle writes). */
export const backfillEventClock = `
WITH marks AS (
  SELECT id, report_id, kind, at,
    max(CASE WHEN (kind = 'assign' AND json_extract(details, '$.clock_kept_from') IS NULL) OR kind = 'reopen'
              OR (kind = 'reply' AND from_status = 'followed_up' AND to_status = 'in_progress') THEN id END) OVER p AS clock_id,
    max(CASE WHEN kind = 'reopen' AND to_status = 'recorded' THEN id END) OVER p AS intake_id,
    max(CASE WHEN kind = 'followup' THEN id END) OVER p AS followup_id,
    count(CASE WHEN kind IN ('respond', 'followup') THEN 1 END) OVER p AS responses_before
  FROM report_events
  WINDOW p AS (PARTITION BY report_id ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)),
starts AS (
  SELECT m.id, m.kind, m.responses_before,
    CASE WHEN m.kind = 'verify' THEN (SELECT at FROM report_events WHERE id = m.intake_id)
         WHEN m.kind = 'followup' AND (m.followup_id IS NULL OR (SELECT at FROM report_events WHERE id = m.followup_id) < m.clock_at) THEN m.clock_at END AS clock_from
  FROM (SELECT *, (SELECT at FROM report_events WHERE id = clock_id) AS clock_at FROM marks) m WHERE m.kind IN ('verify', 'respond', 'followup'))
UPDATE report_events SET clock_from = s.clock_from, first_response = (s.kind IN ('respond', 'followup') AND s.responses_before = 0)
FROM starts s WHERE report_events.id = s.id;`;

export const m010EventClock: Migration = {
  version: 10,
  name: 'event-clock',
  sql: `
ALTER TABLE report_events ADD COLUMN clock_from TEXT;
ALTER TABLE report_events ADD COLUMN first_response INTEGER NOT NULL DEFAULT 0 CHECK (first_response IN (0,1));
DROP TRIGGER report_events_no_update;
${backfillEventClock}
CREATE TRIGGER report_events_no_update BEFORE UPDATE ON report_events BEGIN
  SELECT RAISE(ABORT, 'report_events is append-only');
END;
DROP INDEX report_events_at;
CREATE INDEX report_events_at ON report_events (at, kind, report_id, first_response, clock_from);
`,
};
