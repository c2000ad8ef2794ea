/** Reports: insert, update, find, list and search, deadline columns. */

import type { DB } from './database.js';
import { writeTransaction } from './database.js';
import { appendAudit } from './audit-repo.js';
import { recomputeDeadlines } from './workflow-repo.js';
import type { DeadlineEnv } from '../domain/deadlines.js';
import type { ReportDraft, Reporter } from '../domain/report.js';
import { storedSlots } from '../domain/fields.js';
import type { StoredReport } from '../domain/report-record.js';
import type { ExistingReport } from '../domain/duplicates.js';
import { shiftDate } from '../domain/duplicates.js';
import { onlySearch, searchHits, searchPlan, whereOf, type ReportFilter } from './report-filter.js';

export { whereOf, type ReportFilter };

/** A row of selectReport: the field columns (fields.ts storedSlots) and the record, lifecycle and national ones. */
interface ReportRow extends Record<string, string | number | null> {
  id: number;
  ticket: string;
  unit_code: string | null;
  unit_name: string | null;
  status: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  officer_id: number | null;
  officer_name: string | null;
  assigned_at: string | null;
  followup_from: string | null;
  responded_at: string | null;
  last_followup_at: string | null;
  last_followup_final: number;
  reply_after_followup: number;
  closed_at: string | null;
  status_reason: string | null;
  forwarded_to: string | null;
  verify_by: string | null;
  followup_by: string | null;
  auto_close_on: string | null;
  complete_by: string | null;
  due_kind: string | null;
  due_date: string | null;
  national_id: string | null;
  tracking_id: string | null;
  national_status: string | null;
  national_checked_at: string | null;
}

/** A report with its unit and officer names (`show`, and the rows of a page). */
export const selectReport = `SELECT r.*, u.code AS unit_code, u.name AS unit_name, o.name AS officer_name
  FROM reports r LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN officers o ON o.id = r.officer_id`;

/** A NULL column as an absent optional field. */
function opt<T>(value: T | null): T | undefined {
  return value === null ? undefined : value;
}

/** The report fields of a row, placed as the field table says (booleans from 0/1, NULL absent). */
function fieldsOf(r: ReportRow): { report: Record<string, unknown>; reporter: Reporter } {
  const report: Record<string, unknown> = {};
  const reporter: Record<string, unknown> = {};
  for (const slot of storedSlots) {
    const value = r[slot.column];
    if (value === null || value === undefined) continue;
    (slot.reporter ? reporter : report)[slot.key] = slot.field.kind === 'bool' ? value === 1 : value;
  }
  return { report, reporter: reporter as Reporter };
}

/**
 * Where each key of a report's workflow and national parts is read, in the order they are shown;
 * a NULL column leaves its key out. The two flags are always there (0/1 to a boolean). A plain
 * loop over this table, as toReport runs for every row of a list (500 for the due list): copying
 * through Object.entries/fromEntries took half of toReport's time.
 */
const workflowColumns: readonly (readonly [string, keyof ReportRow, 'flag'?])[] = [
  ['officerId', 'officer_id'],
  ['officerName', 'officer_name'],
  ['assignedAt', 'assigned_at'],
  ['followupFrom', 'followup_from'],
  ['respondedAt', 'responded_at'],
  ['lastFollowupAt', 'last_followup_at'],
  ['lastFollowupFinal', 'last_followup_final', 'flag'],
  ['replyAfterFollowup', 'reply_after_followup', 'flag'],
  ['closedAt', 'closed_at'],
  ['statusReason', 'status_reason'],
  ['forwardedTo', 'forwarded_to'],
  ['verifyBy', 'verify_by'],
  ['followupBy', 'followup_by'],
  ['autoCloseOn', 'auto_close_on'],
  ['completeBy', 'complete_by'],
  ['dueKind', 'due_kind'],
  ['dueDate', 'due_date'],
];
const nationalColumns: readonly (readonly [string, keyof ReportRow])[] = [
  ['id', 'national_id'],
  ['trackingId', 'tracking_id'],
  ['status', 'national_status'],
  ['checkedAt', 'national_checked_at'],
];

function present(r: ReportRow, columns: readonly (readonly [string, keyof ReportRow, 'flag'?])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, column, flag] of columns) {
    const value = r[column];
    if (flag) out[key] = value === 1;
    else if (value !== null && value !== undefined) out[key] = value;
  }
  return out;
}

function toReport(r: ReportRow): StoredReport {
  const { report: fields, reporter } = fieldsOf(r);
  const report = {
    id: r.id,
    ticket: r.ticket,
    ...fields,
    reporter,
    status: r.status,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    workflow: present(r, workflowColumns),
    national: present(r, nationalColumns),
  } as unknown as StoredReport;
  if (r.unit_code !== null) report.unitCode = r.unit_code;
  if (r.unit_name !== null) report.unitName = r.unit_name;
  return report;
}

/** The columns a report draft fills, from the field table (the store writer writes them too). */
export const draftColumns: readonly string[] = storedSlots.map((s) => s.column);

// Where each draft column's value is read (0 draft, 1 reporter, 2 the resolved unit id), as flat
// arrays: imports call draftValues once a row, and a loop over slot objects calling helpers
// measured ten times slower than these plain reads.
const slotKeys = storedSlots.map((s) => s.key);
const slotFrom = storedSlots.map((s) => (s.resolved ? 2 : s.reporter ? 1 : 0));

/** Column values of a draft, in the order of `draftColumns`; `unitId` is the resolved unit. */
export function draftValues(d: ReportDraft, unitId: number | undefined): (string | number | null)[] {
  const draft = d as unknown as Record<string, unknown>;
  const reporter = d.reporter as Record<string, unknown>;
  const values: (string | number | null)[] = new Array(slotKeys.length);
  for (let i = 0; i < slotKeys.length; i++) {
    const from = slotFrom[i];
    const v = from === 0 ? draft[slotKeys[i]!] : from === 1 ? reporter[slotKeys[i]!] : unitId;
    values[i] = v === undefined ? null : v === true ? 1 : v === false ? 0 : (v as string | number | null);
  }
  return values;
}

export function updateReport(
  db: DB,
  id: number,
  draft: ReportDraft,
  c: { actor: string; at: string; unitId?: number; audit: Record<string, unknown>; deadlines: DeadlineEnv },
): StoredReport {
  return writeTransaction(db, () => {
    const sets = [...draftColumns, 'updated_at', 'updated_by'].map((col) => `${col} = ?`).join(', ');
    db.prepare(`UPDATE reports SET ${sets} WHERE id = ?`).run(...draftValues(draft, c.unitId), c.at, c.actor, id);
    // received_at may have changed.
    recomputeDeadlines(db, id, c.deadlines);
    const report = getReportById(db, id)!;
    appendAudit(db, { at: c.at, actor: c.actor, action: 'report.edit', entity: 'report', entityId: id, ticket: report.ticket, details: c.audit });
    return report;
  });
}

export function getReportById(db: DB, id: number): StoredReport | undefined {
  const row = db.prepare(`${selectReport} WHERE r.id = ?`).get(id) as ReportRow | undefined;
  return row ? toReport(row) : undefined;
}

export function getReportByTicket(db: DB, ticket: string): StoredReport | undefined {
  const row = db.prepare(`${selectReport} WHERE r.ticket = ?`).get(ticket) as ReportRow | undefined;
  return row ? toReport(row) : undefined;
}

export function findByRef(db: DB, ref: string): { id: number; ticket: string } | undefined {
  return db.prepare('SELECT id, ticket FROM reports WHERE ref = ?').get(ref) as { id: number; ticket: string } | undefined;
}

/** Reports of the same reporter (NIK or phone) received within `days` of `date`: input of the duplicate check. */
export function reportsOfReporter(db: DB, probe: { nik?: string; phone?: string; date: string; days: number; excludeId?: number }): ExistingReport[] {
  if (!probe.nik && !probe.phone) return [];
  const rows = db
    .prepare(
      `SELECT id, ticket, title, received_date, reporter_nik, reporter_phone, confidential FROM reports
       WHERE (reporter_nik = @nik OR reporter_phone = @phone) AND received_date BETWEEN @from AND @to AND id IS NOT @exclude`,
    )
    .all({
      nik: probe.nik ?? null,
      phone: probe.phone ?? null,
      from: shiftDate(probe.date, -probe.days),
      to: shiftDate(probe.date, probe.days),
      exclude: probe.excludeId ?? null,
    }) as {
    id: number;
    ticket: string;
    title: string;
    received_date: string;
    reporter_nik: string | null;
    reporter_phone: string | null;
    confidential: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    ticket: r.ticket,
    confidential: r.confidential === 1,
    title: r.title,
    receivedDate: r.received_date,
    nik: opt(r.reporter_nik),
    phone: opt(r.reporter_phone),
  }));
}

/** A page of reports; `total` counts every match, on demand (a count of a big match is a scan of its index). */
export interface ReportPage {
  rows: StoredReport[];
  total: () => number;
}

const orderSql = { due: 'o.name IS NULL, o.name, r.due_date, r.id', received: 'r.received_at DESC, r.id DESC' } as const;

/** The query of a page's ids (LIMIT and OFFSET last); test/store/query-plans.test.ts checks its plans. */
export function pageIdsSql(f: ReportFilter, whereSql: string): string {
  const join = f.orderBy === 'due' ? 'LEFT JOIN officers o ON o.id = r.officer_id' : '';
  // A deadline filter (`list --overdue`) keeps to the open reports' deadline index, which holds
  // received_at, and sorts those few: walking every report newest first to find the late ones
  // would read them all when few are late (`+` keeps the planner off the received_at index).
  const dueFilter = f.dueBefore !== undefined || f.dueUntil !== undefined || f.dueFrom !== undefined;
  const order = f.orderBy === 'due' ? orderSql.due : dueFilter ? '+r.received_at DESC, r.id DESC' : orderSql.received;
  return `SELECT r.id FROM reports r ${join} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`;
}

/**
 * The page's ids come first, from a query that joins only what its order needs (officers, for the
 * due list), so an index that holds the filter and order columns answers it without reading a
 * report row; then the page's rows are read in full. With a search, the number of full-text
 * matches decides the plan (searchPlan): it is also the total when the search is the only filter.
 */
export function listReports(db: DB, f: ReportFilter): ReportPage {
  const order = orderSql[f.orderBy ?? 'received'];
  const hits = f.search === undefined ? undefined : searchHits(db, f.search);
  if (hits === 0) return { rows: [], total: () => 0 };
  const where = whereOf(f, searchPlan(f, hits));
  const ids = pageIdsSql(f, where.sql);
  const rows = db.prepare(`${selectReport} WHERE r.id IN (${ids}) ORDER BY ${order}`).all(...where.params, f.limit ?? -1, f.offset ?? 0) as ReportRow[];
  const offset = f.offset ?? 0;
  const full = f.limit !== undefined && rows.length === f.limit;
  const total = () => {
    // A page that is not full (and not past the end) ends the list: no count needed.
    if (!full && (rows.length > 0 || offset === 0)) return offset + rows.length;
    if (hits !== undefined && onlySearch(f)) return hits;
    return (db.prepare(`SELECT count(*) AS n FROM reports r ${where.sql}`).get(...where.params) as { n: number }).n;
  };
  return { rows: rows.map(toReport), total };
}
