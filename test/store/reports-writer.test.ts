import { describe, expect, it } from 'vitest';
import { tempDb } from '../helpers/cli.js';
import { openDatabase, type DB } from '../../src/store/database.js';
import { ReportsWriter, beginWrite, commitWrite, type ReportRow } from '../../src/store/reports-writer.js';
import { replayOf, suspendedObjects } from '../../src/store/suspend.js';
import { defaultSlaPolicy } from '../../src/domain/sla.js';
import { createCalendar } from '../../src/domain/calendar.js';
import type { ReportDraft } from '../../src/domain/report.js';

const context = {
  agencyCode: 'PPU',
  year: 2026,
  actor: 'test',
  at: '2026-11-27T02:00:00.000Z',
  deadlines: { timeZone: 'Asia/Makassar', policy: defaultSlaPolicy, calendar: createCalendar({ holidays: [] }) },
};

function rows(from: number, n: number): ReportRow[] {
  return Array.from({ length: n }, (_, i) => {
    const k = from + i;
    const draft: ReportDraft = {
      classification: 'complaint',
      channel: 'letter',
      title: `Jalan rusak nomor ${k}`,
      description: `Lubang di jalan poros km ${k % 7}`,
      receivedAt: `2026-10-${String(1 + (k % 28)).padStart(2, '0')}T02:00:00.000Z`,
      receivedDate: `2026-10-${String(1 + (k % 28)).padStart(2, '0')}`,
      anonymous: false,
      confidential: false,
      reporter: { name: `Warga ${k}` },
      ref: `R-${k}`,
    };
    return { line: k + 1, draft };
  });
}

/** Two batches stored, the second with the insert triggers and indexes suspended or live. */
function store(suspend: boolean): DB {
  const { db } = openDatabase(tempDb());
  beginWrite(db);
  const writer = new ReportsWriter(db, context);
  writer.insertRows(rows(0, 3));
  // An update between, so change numbers of inserts and updates interleave.
  db.prepare("UPDATE reports SET title = 'Jalan rusak berat' WHERE id = 2").run();
  if (suspend) writer.suspend();
  writer.insertRows(rows(3, 5));
  writer.insertRows(rows(8, 2));
  writer.resume();
  commitWrite(db, false);
  return db;
}

function snapshot(db: DB) {
  return {
    reports: db.prepare('SELECT id, ticket, change_seq, due_date FROM reports ORDER BY id').all(),
    counters: db.prepare('SELECT name, value FROM counters ORDER BY name').all(),
    fts: db.prepare('SELECT rowid, title, description FROM reports_fts ORDER BY rowid').all(),
    match: db.prepare("SELECT rowid FROM reports_fts WHERE reports_fts MATCH 'poros AND berat'").all(),
    schema: db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all(),
  };
}

describe('the store writer with suspended insert triggers', () => {
  it('leaves what the live triggers of the migrations leave (change numbers, full-text index, schema)', () => {
    const live = store(false);
    const suspended = store(true);
    expect(snapshot(suspended)).toEqual(snapshot(live));
    expect(snapshot(live).reports).toHaveLength(10);
    live.close();
    suspended.close();
  });

  it('replays the full-text trigger from its own SQL, and leaves a trigger of any other shape live', () => {
    const { db } = openDatabase(tempDb());
    const fts = suspendedObjects(db).find((o) => o.name === 'reports_fts_insert')!;
    expect(replayOf(fts.sql)).toBe(
      'INSERT INTO reports_fts (rowid, title, description) SELECT new.id, new.title, new.description FROM reports AS new WHERE new.id > ? ORDER BY new.id',
    );
    const seq = suspendedObjects(db).find((o) => o.name === 'reports_change_seq_insert')!;
    expect(replayOf(seq.sql)).toBeUndefined();
    db.close();
  });
});
