import type { Migration } from './index.js';

/**
 * The report lifecycle: liaison officers, the event timeline, deadlines,
 * attachments, local holiday overrides, national ids and the sync outbox.
 */
export const m002Workflow: Migration = {
  version: 2,
  name: 'workflow',
  sql: `
CREATE TABLE officers (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  name TEXT NOT NULL,
  nip TEXT UNIQUE,
  phone TEXT,
  phone_raw TEXT,
  email TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX officers_unit ON officers (unit_id);

ALTER TABLE reports ADD COLUMN officer_id INTEGER REFERENCES officers(id);
ALTER TABLE reports ADD COLUMN assigned_at TEXT;
-- When the unit's follow-up clock started: the assignment, or the reporter reply that re-opened it.
ALTER TABLE reports ADD COLUMN followup_from TEXT;
ALTER TABLE reports ADD COLUMN responded_at TEXT;
ALTER TABLE reports ADD COLUMN last_followup_at TEXT;
ALTER TABLE reports ADD COLUMN last_followup_final INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reports ADD COLUMN reply_after_followup INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reports ADD COLUMN closed_at TEXT;
ALTER TABLE reports ADD COLUMN status_reason TEXT;
ALTER TABLE reports ADD COLUMN forwarded_to TEXT;
-- Deadlines are agency-local dates, recomputed when the calendar or the policy changes.
ALTER TABLE reports ADD COLUMN verify_by TEXT;
ALTER TABLE reports ADD COLUMN followup_by TEXT;
ALTER TABLE reports ADD COLUMN auto_close_on TEXT;
ALTER TABLE reports ADD COLUMN complete_by TEXT;
-- The deadline that matters now (NULL once final): what 'lapor due' reads through an index.
ALTER TABLE reports ADD COLUMN due_kind TEXT;
ALTER TABLE reports ADD COLUMN due_date TEXT;
ALTER TABLE reports ADD COLUMN national_id TEXT;
ALTER TABLE reports ADD COLUMN tracking_id TEXT;
ALTER TABLE reports ADD COLUMN national_status TEXT;
ALTER TABLE reports ADD COLUMN national_checked_at TEXT;
CREATE INDEX reports_due ON reports (due_date) WHERE due_date IS NOT NULL;
CREATE INDEX reports_officer_due ON reports (officer_id, due_date) WHERE due_date IS NOT NULL;
CREATE INDEX reports_auto_close ON reports (auto_close_on) WHERE auto_close_on IS NOT NULL;
CREATE INDEX reports_updated ON reports (updated_at);
CREATE UNIQUE INDEX reports_national_id ON reports (national_id) WHERE national_id IS NOT NULL;

-- The timeline of a report. 'at' is when it happened (back-dated paper records allowed),
-- 'recorded_at' when it was typed in.
CREATE TABLE report_events (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id),
  kind TEXT NOT NULL,
  at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  officer_id INTEGER REFERENCES officers(id),
  note TEXT,
  final INTEGER NOT NULL DEFAULT 0 CHECK (final IN (0,1)),
  from_status TEXT,
  to_status TEXT,
  national_id TEXT,
  details TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX report_events_report ON report_events (report_id, at, id);
CREATE TRIGGER report_events_no_update BEFORE UPDATE ON report_events BEGIN
  SELECT RAISE(ABORT, 'report_events is append-only');
END;
CREATE TRIGGER report_events_no_delete BEFORE DELETE ON report_events BEGIN
  SELECT RAISE(ABORT, 'report_events is append-only');
END;
CREATE UNIQUE INDEX report_events_national ON report_events (report_id, kind, national_id) WHERE national_id IS NOT NULL;

-- Files are stored once under the data folder, named by their sha256.
CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id),
  event_id INTEGER REFERENCES report_events(id),
  sha256 TEXT NOT NULL,
  filename TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL,
  national_doc_id TEXT
) STRICT;
CREATE INDEX attachments_report ON attachments (report_id);

CREATE TABLE holiday_overrides (
  date TEXT PRIMARY KEY,
  action TEXT NOT NULL CHECK (action IN ('add','remove')),
  name TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;

-- What the national system must learn of, written in the same transaction as the change.
-- The idempotency key never changes for an operation; 'body' is frozen at the first attempt
-- so a retry after a lost answer sends the very same request.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id),
  event_id INTEGER REFERENCES report_events(id),
  kind TEXT NOT NULL CHECK (kind IN ('create','followup','forward')),
  idempotency_key TEXT NOT NULL UNIQUE,
  body TEXT,
  state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','in_flight','done','failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  next_attempt_at TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  result TEXT
) STRICT;
CREATE INDEX outbox_pending ON outbox (state, report_id, id);
`,
};
