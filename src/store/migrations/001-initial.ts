import type { Migration } from './index.js';

export const m001Initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Ticket sequences, one row per agency code and year.
CREATE TABLE counters (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) STRICT;

CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  ticket TEXT NOT NULL UNIQUE,
  classification TEXT NOT NULL CHECK (classification IN ('complaint','aspiration','information')),
  channel TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  category TEXT,
  received_at TEXT NOT NULL,
  received_date TEXT NOT NULL,
  incident_date TEXT,
  location TEXT,
  region_code TEXT,
  unit_id INTEGER REFERENCES units(id),
  ref TEXT UNIQUE,
  anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0,1)),
  confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0,1)),
  reporter_name TEXT,
  reporter_nik TEXT,
  reporter_phone TEXT,
  reporter_phone_raw TEXT,
  reporter_email TEXT,
  reporter_address TEXT,
  status TEXT NOT NULL DEFAULT 'recorded',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  -- An anonymous report stores no identity at all.
  CHECK (anonymous = 0 OR (reporter_name IS NULL AND reporter_nik IS NULL AND reporter_phone IS NULL
         AND reporter_phone_raw IS NULL AND reporter_email IS NULL AND reporter_address IS NULL))
) STRICT;

CREATE INDEX reports_received ON reports (received_at DESC, id DESC);
CREATE INDEX reports_status ON reports (status, received_at DESC);
CREATE INDEX reports_unit ON reports (unit_id, received_at DESC);
CREATE INDEX reports_nik ON reports (reporter_nik) WHERE reporter_nik IS NOT NULL;
CREATE INDEX reports_phone ON reports (reporter_phone) WHERE reporter_phone IS NOT NULL;

CREATE VIRTUAL TABLE reports_fts USING fts5(
  title, description, content='reports', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
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

-- Append-only: who did what, when. Personal data is stored masked here.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  ticket TEXT,
  details TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX audit_ticket ON audit_log (ticket, id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
`,
};
