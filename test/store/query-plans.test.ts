import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { run, tempDb } from '../helpers/cli.js';
import { pageIdsSql, selectReport } from '../../src/store/reports-repo.js';
import { whereOf, type ReportFilter, type SearchPlan } from '../../src/store/report-filter.js';

// The queries that must stay index lookups on a million reports (docs/PERFORMANCE.md), checked by
// their plans on a database made by the real migrations, so a schema or query change cannot turn
// one into a scan of every report unnoticed. The app never runs ANALYZE, so the planner decides
// here as it does on a big database: without statistics.
let db: Database.Database;

beforeAll(async () => {
  const file = tempDb();
  const r = await run(['init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'], { db: file });
  expect(r.code).toBe(0);
  db = new Database(file, { readonly: true });
});

function plan(sql: string, params: unknown[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail);
}

/** The plan of a list page's ids, as listReports asks for them. */
function pagePlan(f: ReportFilter, search: SearchPlan = 'lookup'): string[] {
  const where = whereOf(f, search);
  return plan(pageIdsSql(f, where.sql), [...where.params, f.limit ?? -1, f.offset ?? 0]);
}

/** No step reads the reports table from end to end (a walk of a covering index in order is fine). */
function expectNoReportScan(steps: string[]): void {
  expect(steps.filter((s) => /^SCAN r\b/.test(s) && !/COVERING INDEX/.test(s))).toEqual([]);
}

describe('query plans on the real schema', () => {
  it.each<[string, ReportFilter, string]>([
    ['list (newest first)', { limit: 20 }, 'SCAN r USING COVERING INDEX reports_received'],
    ['list --status S', { status: ['done'], limit: 20 }, 'SEARCH r USING COVERING INDEX reports_status (status=?)'],
    ['list --unit U', { unitId: 3, limit: 20 }, 'SEARCH r USING COVERING INDEX reports_unit (unit_id=?)'],
    ['list --reporter NIK', { reporter: { nik: '6409014502900003' } }, 'reports_nik (reporter_nik=?)'],
    ['list --reporter PHONE', { reporter: { phone: '+6281234567890' } }, 'reports_phone (reporter_phone=?)'],
    ['list --reporter NAME', { reporter: { namePrefix: 'Budi' }, limit: 20 }, 'reports_reporter_name (reporter_name>? AND reporter_name<?)'],
    ['list --ticket A..B', { tickets: [{ from: 'PPU-2026-000100', to: 'PPU-2026-000200' }] }, 'sqlite_autoindex_reports_1 (ticket>? AND ticket<?)'],
    ['list --overdue', { dueBefore: '2026-12-01', limit: 50 }, 'SEARCH r USING COVERING INDEX reports_due (due_date<?)'],
    ['due (default view)', { dueUntil: '2026-12-07', orderBy: 'due', limit: 500 }, 'SEARCH r USING COVERING INDEX reports_due (due_date<?)'],
    ['due --officer', { dueUntil: '2026-12-07', officerId: 7, orderBy: 'due', limit: 500 }, 'SEARCH r USING COVERING INDEX reports_due (due_date<?)'],
  ])('%s uses its index', (_name, filter, step) => {
    const steps = pagePlan(filter);
    expect(steps.join('\n')).toContain(step);
    expectNoReportScan(steps);
  });

  it('list --search: many matches walk the newest-first index; few read each match by id', () => {
    const walk = pagePlan({ search: 'jalan', limit: 20 }, 'walk');
    expect(walk).toContain('SCAN r USING COVERING INDEX reports_received');
    expect(walk.join('\n')).not.toContain('TEMP B-TREE');
    const lookup = pagePlan({ search: 'jalan', limit: 20 }, 'lookup');
    expect(lookup).toContain('SEARCH r USING INTEGER PRIMARY KEY (rowid=?)');
    expectNoReportScan(lookup);
  });

  it('the page of a status is read in list order from the index (no sort of every report of that status)', () => {
    expect(pagePlan({ status: ['done'], limit: 20 }).join('\n')).not.toContain('TEMP B-TREE');
  });

  it('show TICKET reads one report through the ticket index', () => {
    const steps = plan(`${selectReport} WHERE r.ticket = ?`, ['PPU-2026-000001']);
    expect(steps).toContain('SEARCH r USING INDEX sqlite_autoindex_reports_1 (ticket=?)');
    expectNoReportScan(steps);
  });

  it('every index on reports is one of those the queries above (or a constraint, sync or export) use', () => {
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reports' ORDER BY name").all() as { name: string }[]).map(
      (i) => i.name,
    );
    expect(names).toEqual([
      'reports_auto_close', // close --auto
      'reports_change_seq', // export --incremental
      'reports_due',
      'reports_national_id', // unique
      'reports_nik',
      'reports_phone',
      'reports_poll', // sync pull
      'reports_received',
      'reports_reporter_name',
      'reports_source_hash', // unique, import
      'reports_status',
      'reports_unit',
      'sqlite_autoindex_reports_1', // ticket, unique
      'sqlite_autoindex_reports_2', // ref, unique
    ]);
  });
});
