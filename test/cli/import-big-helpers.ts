import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import Database from 'better-sqlite3';
import { tempDir, query } from '../helpers/cli.js';

/* What the big-import tests (import-big.test.ts, import-kill.test.ts) share; two files so the two
 * slowest groups of tests run side by side. */

/** A counter spreadsheet of `n` valid rows, each with a unique ref. */
export function generate(n: number): string {
  const file = path.join(tempDir(), `rows-${n}.csv`);
  const lines = ['no_referensi;tanggal_diterima;saluran;judul;uraian;nama_pelapor;no_hp'];
  for (let i = 1; i <= n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      `R-${i};${day}/10/2026 09.${String(i % 60).padStart(2, '0')};surat;Jalan rusak nomor ${i};"Lubang besar di jalan poros km ${i % 90}; sudah lama tidak diperbaiki";Warga ${i};08${12 + (i % 7)}${String(10_000_000 + i).slice(-8)}`,
    );
  }
  fs.writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}

export function snapshot(db: string) {
  return {
    reports: query(
      db,
      'SELECT ticket, ref, title, description, received_at, reporter_phone, change_seq, verify_by, complete_by, due_kind, due_date FROM reports ORDER BY id',
    ),
    due: query(db, "SELECT count(*) AS n FROM reports INDEXED BY reports_due WHERE due_date IS NOT NULL AND due_date < '2026-10-15'"),
    fts: query(db, "SELECT rowid FROM reports_fts WHERE reports_fts MATCH 'poros AND km' ORDER BY rowid").length,
    schema: query(db, "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"),
    counters: query(db, 'SELECT name, value FROM counters ORDER BY name'),
    outbox: query<{ n: number }>(db, 'SELECT count(*) AS n FROM outbox')[0]!.n,
  };
}

export function consistent(db: string): void {
  expect(query(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  const handle = new Database(db);
  handle.prepare("INSERT INTO reports_fts (reports_fts) VALUES ('integrity-check')").run();
  handle.close();
}
