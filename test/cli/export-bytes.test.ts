import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, tempDb, tempDir } from '../helpers/cli.js';
import { openExportSnapshot } from '../../src/store/export-repo.js';
import { headerOf, selectColumns, type ExportColumn, type HeaderLang } from '../../src/transfer/columns.js';
import { encodeText, neutralizeFormula } from '../../src/domain/csv.js';

// `lapor export` CSV comes from lines SQLite builds (store/export-repo.ts csvLinesOf). This test
// holds those bytes to the per-row path it replaced: the same snapshot read value by value and
// encoded in JavaScript. Today's format, which the fast path must keep: free-text cells that are
// not NULL always quoted (under the formula rule), other cells as stored, flags true/false, NULL empty.

const now = '2026-11-27T02:00:00Z';
let db: string;

const awkward = [
  'plain',
  '=SUM(1)',
  '+6281234567890',
  '-12',
  '@cmd',
  "'=already",
  "''+twice",
  '\tTAB',
  '\rCR',
  'with,comma',
  'with "quotes"',
  '"',
  'multi\nline',
  'ends with,',
  'ends with\n',
  '=ends\r',
  'crlf\r\nline',
  'ümlaut 日本 Jl. Poros',
  '',
  "'",
];

/** The per-row reference: rows as stored, one cell at a time. */
function referenceCsv(columns: readonly ExportColumn[], rows: unknown[][], lang: HeaderLang): string {
  const header = `${columns.map((c) => encodeText(headerOf(c, lang), false)).join(',')}\r\n`;
  const cell = (v: unknown, c: ExportColumn): string => {
    if (v === null || v === undefined) return '';
    if (c.kind === 'bool') return v === 1 || v === true ? 'true' : 'false';
    const text = String(v);
    return c.freeText ? `"${neutralizeFormula(text).replaceAll('"', '""')}"` : text;
  };
  return header + rows.map((row) => `${row.map((v, i) => cell(v, columns[i]!)).join(',')}\r\n`).join('');
}

function sql(statement: string, ...params: unknown[]): number {
  const handle = new Database(db);
  try {
    return Number(handle.prepare(statement).run(...params).lastInsertRowid);
  } finally {
    handle.close();
  }
}

beforeAll(async () => {
  db = tempDb();
  await run(['init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'], { db, now });
  sql("INSERT INTO units (code, name, created_at, updated_at) VALUES ('DPU', 'Dinas \"PU\", Tata\nRuang', 'x', 'x')");
  sql("INSERT INTO officers (unit_id, name, created_at, updated_at) VALUES (1, '=Andi', 'x', 'x')");
  for (let i = 0; i < 40; i++) {
    const text = (k: number) => awkward[(i + k) % awkward.length]!;
    // Every fifth report is anonymous (no identity stored), every third of the rest confidential.
    const anonymous = i % 5 === 0 ? 1 : 0;
    const confidential = !anonymous && i % 3 === 0 ? 1 : 0;
    const id = sql(
      `INSERT INTO reports (ticket, classification, channel, title, description, category, received_at, received_date, incident_date,
        location, region_code, unit_id, officer_id, ref, anonymous, confidential, reporter_name, reporter_nik, reporter_phone,
        reporter_email, reporter_address, status, status_reason, national_status, created_at, created_by, updated_at, updated_by,
        due_kind, due_date)
       VALUES (?, 'complaint', 'letter', ?, ?, ?, '2026-11-27T02:00:00.000Z', '2026-11-27', ?, ?, '64.09.04', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
        'registered', ?, ?, '2026-11-27T02:00:00.000Z', 'x', '2026-11-27T02:00:00.000Z', 'x', ?, ?)`,
      `PPU-2026-${String(i + 1).padStart(6, '0')}`,
      text(0),
      text(1),
      i % 4 ? text(2) : null,
      i % 2 ? '2026-11-20' : null,
      i % 3 ? text(3) : null,
      i % 2 ? 1 : null,
      i % 3 ? 1 : null,
      i % 2 ? `${text(4)}#${i}` : null,
      anonymous,
      confidential,
      anonymous ? null : text(5),
      anonymous || i % 2 ? null : '6409014502900003',
      anonymous ? null : i % 2 ? '+6281234567890' : '+62215551234',
      anonymous || i % 3 ? null : 'budi@example.id',
      anonymous ? null : text(6),
      i % 4 === 1 ? text(7) : null,
      i % 6 === 2 ? text(8) : null,
      i % 3 === 1 ? 'verify' : null,
      i % 3 === 1 ? '2026-12-04' : null,
    );
    if (i % 4 === 2) {
      sql("INSERT INTO report_events (report_id, kind, at, recorded_at, actor, note) VALUES (?, 'followup', 'x', 'x', 'x', ?)", id, text(9));
    }
  }
});

const cases: { name: string; args: string[]; pii: boolean; confidential: boolean; lang: HeaderLang }[] = [
  { name: 'default columns', args: [], pii: false, confidential: false, lang: 'en' },
  { name: '--header id', args: ['--header', 'id'], pii: false, confidential: false, lang: 'id' },
  { name: '--include-pii', args: ['--include-pii'], pii: true, confidential: false, lang: 'en' },
  {
    name: '--include-pii --include-confidential',
    args: ['--include-pii', '--include-confidential', '--reason', 'audit'],
    pii: true,
    confidential: true,
    lang: 'en',
  },
  { name: 'a filter', args: ['--unit', 'DPU', '--header', 'id', '--include-pii'], pii: true, confidential: false, lang: 'id' },
];

describe('export CSV bytes: SQLite-built lines against the per-row path', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const out = path.join(tempDir(), 'out.csv');
      const r = await run(['export', '--out', out, ...c.args], { db, now });
      expect(r.code, r.stderr).toBe(0);
      const columns = selectColumns(c.pii);
      const filter = c.args.includes('--unit') ? { unitId: 1 } : {};
      const snapshot = openExportSnapshot(db, { keys: columns.map((k) => k.key), filter, includeConfidential: c.confidential });
      const rows = [...snapshot.rows()];
      snapshot.close();
      expect(rows.length).toBeGreaterThan(10);
      const expected = referenceCsv(columns, rows, c.lang);
      const actual = fs.readFileSync(out, 'utf8');
      expect(actual).toBe(expected);
      // The cases the rule exists for are really in the file.
      expect(actual).toContain(`"'=SUM(1)"`);
      expect(actual).toContain(`"'+6281234567890"`);
      if (c.pii) expect(actual).toMatch(/,\+6281234567890,/);
    });
  }
});
