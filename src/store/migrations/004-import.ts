import type { Migration } from './index.js';

/**
 * `lapor import`: a row without a `ref` is recognised on re-import by a hash of its content,
 * kept out of the user-visible `ref`. The change-number trigger of migration 003 watches every
 * column of reports, so it is recreated with the new one.
 */
export const m004Import: Migration = {
  version: 4,
  name: 'import',
  sql: `
ALTER TABLE reports ADD COLUMN source_hash TEXT;
CREATE UNIQUE INDEX reports_source_hash ON reports (source_hash) WHERE source_hash IS NOT NULL;

DROP TRIGGER reports_change_seq_update;
CREATE TRIGGER reports_change_seq_update AFTER UPDATE OF
  ticket, classification, channel, title, description, category, received_at, received_date, incident_date,
  location, region_code, unit_id, ref, anonymous, confidential, reporter_name, reporter_nik, reporter_phone,
  reporter_phone_raw, reporter_email, reporter_address, status, created_at, created_by, updated_at, updated_by,
  officer_id, assigned_at, followup_from, responded_at, last_followup_at, last_followup_final,
  reply_after_followup, closed_at, status_reason, forwarded_to, verify_by, followup_by, auto_close_on,
  complete_by, due_kind, due_date, national_id, tracking_id, national_status, source_hash
ON reports BEGIN
  UPDATE counters SET value = value + 1 WHERE name = 'reports.change_seq';
  UPDATE reports SET change_seq = (SELECT value FROM counters WHERE name = 'reports.change_seq') WHERE id = new.id;
END;
`,
};
