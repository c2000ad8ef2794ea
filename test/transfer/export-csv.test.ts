import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { tempDb } from '../helpers/cli.js';
import { openDatabase } from '../../src/store/database.js';
import { openExportSnapshot } from '../../src/store/export-repo.js';
import { selectColumns, restoreFormula, neutralizeFormula } from '../../src/transfer/columns.js';
import { csvEncoder } from '../../src/transfer/export-format.js';
import { encodeRow, neutralizeQuotedLine } from '../../src/domain/csv.js';
import { pumpRows } from '../../src/transfer/export-pump.js';
import type { Sink } from '../../src/transfer/export-sink.js';

// Cells people and other systems produce: separators, quotes, line breaks, formula starts
// (also after quotes), the separator-like control characters, non-ASCII, empty.
const awkward = [
  'plain',
  'with,comma',
  'with "quotes"',
  '"',
  '""',
  '","',
  'a,"=b',
  'multi\nline',
  'crlf\r\nline',
  '=1+2',
  "'=x",
  "''+y",
  '-',
  '+62 812',
  '@a',
  '\tTAB',
  '\rCR',
  'ümlaut 日本',
  ' lead',
  "'",
  'unit\x1fsep',
  '',
];
const columns = selectColumns(true);
const freeKeys = columns.filter((c) => c.freeText).map((c) => c.key);
const sqlColumn: Record<string, string> = {
  national_id: 'national_id',
  tracking_id: 'tracking_id',
  national_status: 'national_status',
  title: 'title',
  description: 'description',
  category: 'category',
  location: 'location',
  region: 'region_code',
  ref: 'ref',
  reporter_name: 'reporter_name',
  email: 'reporter_email',
  address: 'reporter_address',
  status_reason: 'status_reason',
  forwarded_to: 'forwarded_to',
};

function memorySink(): Sink & { text: string } {
  const s = { text: '', write: (chunk: string) => void (s.text += chunk), commit: async () => undefined, abort: () => undefined };
  return s;
}

describe('CSV built by SQLite', () => {
  it('reads back as exactly what is stored, through csv-parse and the formula rule, like our JS encoder', async () => {
    const file = tempDb();
    const { db } = openDatabase(file);
    db.prepare("INSERT INTO units (code, name, created_at, updated_at) VALUES ('=U1', 'Dinas \"A\", Bagian\nB', 'x', 'x')").run();
    db.prepare("INSERT INTO officers (unit_id, name, created_at, updated_at) VALUES (1, '-Andi', 'x', 'x')").run();
    const insert = db.prepare(
      `INSERT INTO reports (ticket, classification, channel, title, description, received_at, received_date, created_at, created_by, updated_at, updated_by,
        unit_id, officer_id, confidential, reporter_phone, reporter_nik, incident_date)
       VALUES (?, 'complaint', 'letter', 'x', 'x', '2026-11-27T02:00:00.000Z', '2026-11-27', 'x', 'x', 'x', 'x', ?, ?, ?, '+6281234567890', '6409014502900003', ?)`,
    );
    for (let i = 0; i < 60; i++) {
      const id = Number(
        insert.run(`PPU-2026-${String(i).padStart(6, '0')}`, i % 2 ? 1 : null, i % 3 ? 1 : null, i % 2, i % 4 ? '2026-11-20' : null).lastInsertRowid,
      );
      const sets = Object.keys(sqlColumn).map((key, k) => {
        if ((i + k) % (awkward.length + 1) === awkward.length) return `${sqlColumn[key]} = NULL`;
        // ref and national_id are unique: the same awkward start, a different end.
        const value = awkward[(i + k) % awkward.length]! + (key === 'ref' || key === 'national_id' ? `#${i}` : '');
        return `${sqlColumn[key]} = '${value.replaceAll("'", "''")}'`;
      });
      // title and description are NOT NULL
      db.prepare(
        `UPDATE reports SET ${sets
          .join(', ')
          .replace(/title = NULL/, "title = ''")
          .replace(/description = NULL/, "description = ''")} WHERE id = ?`,
      ).run(id);
    }
    db.prepare("INSERT INTO report_events (report_id, kind, at, recorded_at, actor, note) VALUES (2, 'followup', 'x', 'x', 'x', '=cmd|\"/c calc\"!A1')").run();

    const snapshot = openExportSnapshot(file, { keys: columns.map((c) => c.key), filter: {}, includeConfidential: true });
    const sink = memorySink();
    await pumpRows(snapshot.csvLines(columns.map((c) => c.freeText)), csvEncoder(columns, 'en'), sink);
    const stored = [...snapshot.rows()];
    snapshot.close();
    db.close();

    const parsed = parse(sink.text) as string[][];
    expect(parsed[0]).toEqual(columns.map((c) => c.key));
    const cells = parsed.slice(1);
    expect(cells).toHaveLength(60);
    const asText = (v: unknown, i: number) => (v === null ? '' : columns[i]!.kind === 'bool' ? (v === 1 ? 'true' : 'false') : String(v));
    cells.forEach((row, r) => {
      row.forEach((cell, i) => {
        const c = columns[i]!;
        expect(c.freeText ? restoreFormula(cell) : cell, `${r}:${c.key}`).toBe(asText(stored[r]![i], i));
        if (c.freeText) expect(cell, `${r}:${c.key}`).not.toMatch(/^[=+\-@\t\r]/);
      });
    });
    expect(cells[0]![columns.findIndex((c) => c.key === 'phone')]).toBe('+6281234567890');
    expect(cells[1]![columns.findIndex((c) => c.key === 'last_followup')]).toBe(`'=cmd|"/c calc"!A1`);
    // The same cells as our JavaScript encoder gives (which is tested against csv-parse on its own).
    const js = stored
      .map((row) =>
        encodeRow(
          row.map(asText),
          columns.map((c) => c.freeText),
        ),
      )
      .join('');
    expect(cells).toEqual(parse(js));
    expect(freeKeys.length).toBeGreaterThan(10);
  });

  it('applies the formula rule to quoted cells exactly as to single cells', () => {
    for (const a of awkward) {
      for (const b of awkward) {
        const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
        const line = [quote(a), '+6281234567890', quote(b), '2026-11-27'].join(',');
        expect(parse(neutralizeQuotedLine(line))).toEqual([[neutralizeFormula(a), '+6281234567890', neutralizeFormula(b), '2026-11-27']]);
      }
    }
  });
});
