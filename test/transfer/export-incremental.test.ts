import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDb } from '../helpers/cli.js';
import { migrate, openDatabase, type DB } from '../../src/store/database.js';
import { migrations } from '../../src/store/migrations/index.js';
import { getMark, openExportSnapshot, saveMark } from '../../src/store/export-repo.js';

function insertReport(db: DB, ticket: string): number {
  const info = db
    .prepare(
      `INSERT INTO reports (ticket, classification, channel, title, description, received_at, received_date, created_at, created_by, updated_at, updated_by)
       VALUES (?, 'complaint', 'letter', 'Judul laporan', 'Uraian laporan', '2026-11-27T02:00:00.000Z', '2026-11-27', 'x', 'x', 'x', 'x')`,
    )
    .run(ticket);
  return Number(info.lastInsertRowid);
}

const seqOf = (db: DB, id: number) => db.prepare('SELECT change_seq FROM reports WHERE id = ?').pluck().get(id) as number;
const counter = (db: DB) => db.prepare("SELECT value FROM counters WHERE name = 'reports.change_seq'").pluck().get() as number;

describe('change numbers (migration 003)', () => {
  it('the update trigger watches every column of reports but change_seq and national_checked_at', () => {
    const { db } = openDatabase(tempDb());
    const columns = (db.prepare('PRAGMA table_info(reports)').all() as { name: string }[]).map((c) => c.name);
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'reports_change_seq_update'").pluck().get() as string;
    const watched = /AFTER UPDATE OF([\s\S]*?)\bON reports/
      .exec(sql)![1]!
      .split(',')
      .map((s) => s.trim());
    // A column added to reports by a later migration must be added to this trigger (recreate it there).
    expect(watched.sort()).toEqual(columns.filter((c) => !['id', 'change_seq', 'national_checked_at'].includes(c)).sort());
    db.close();
  });

  it('every insert and every update takes the next number; a status check alone does not', () => {
    const { db } = openDatabase(tempDb());
    const a = insertReport(db, 'A');
    const b = insertReport(db, 'B');
    expect([seqOf(db, a), seqOf(db, b)]).toEqual([1, 2]);
    db.prepare("UPDATE reports SET title = 'Judul baru' WHERE id = ?").run(a);
    expect(seqOf(db, a)).toBe(3);
    db.prepare("UPDATE reports SET national_checked_at = 'now' WHERE id = ?").run(b);
    expect(seqOf(db, b)).toBe(2);
    expect(counter(db)).toBe(3);
    db.close();
  });

  it('numbers reports that existed before the migration', () => {
    const file = tempDb();
    const { db } = openDatabase(file, { migrate: false });
    migrate(
      db,
      file,
      migrations.filter((m) => m.version < 3),
    );
    insertReport(db, 'OLD-1');
    insertReport(db, 'OLD-2');
    migrate(db, file);
    expect(db.prepare('SELECT change_seq FROM reports ORDER BY id').pluck().all()).toEqual([1, 2]);
    expect(seqOf(db, insertReport(db, 'NEW'))).toBe(3);
    db.close();
  });
});

describe('export snapshot', () => {
  it('a row changed during an export is not in this file but is in the next one', () => {
    const file = tempDb();
    const { db } = openDatabase(file);
    for (const t of ['A', 'B', 'C']) insertReport(db, t);
    const query = { keys: ['ticket', 'title'], filter: {}, includeConfidential: false, afterSeq: 0 };
    const first = openExportSnapshot(file, query);
    const it1 = first.rows();
    expect(it1.next().value).toEqual(['A', 'Judul laporan']);
    // Another process edits B and adds D while the export is half way.
    const other = new Database(file);
    other.prepare("UPDATE reports SET title = 'Diubah' WHERE ticket = 'B'").run();
    insertReport(other, 'D');
    other.close();
    expect([...it1]).toEqual([
      ['B', 'Judul laporan'],
      ['C', 'Judul laporan'],
    ]);
    expect(first.count()).toBe(3);
    first.close();
    expect(first.toSeq).toBe(3);

    const second = openExportSnapshot(file, { ...query, afterSeq: first.toSeq });
    expect([...second.rows()]).toEqual([
      ['B', 'Diubah'],
      ['D', 'Judul laporan'],
    ]);
    second.close();
    db.close();
  });

  it('a job mark never moves backwards', () => {
    const { db } = openDatabase(tempDb());
    const mark = { name: 'nightly', changeSeq: 10, format: 'csv', rows: 5, file: '/x.csv', exportedAt: '2026-11-27T02:00:00.000Z', exportedBy: 'Siti' };
    saveMark(db, mark);
    saveMark(db, { ...mark, changeSeq: 7, rows: 2 });
    expect(getMark(db, 'nightly')).toMatchObject({ changeSeq: 10, rows: 2 });
    saveMark(db, { ...mark, changeSeq: 12 });
    expect(getMark(db, 'nightly')?.changeSeq).toBe(12);
    expect(getMark(db, 'weekly')).toBeUndefined();
    db.close();
  });
});
