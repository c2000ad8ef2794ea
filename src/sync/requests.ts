/** Outbox operations into request bodies, from what is stored now. */

import type { DB } from '../store/database.js';
import type { StoredReport } from '../domain/report-record.js';
import { getReportById } from '../store/reports-repo.js';
import { categoryNationalId, mastersInfo, nationalCategoryById, resolveInstitution, unitInstitutionId } from '../store/national-repo.js';
import { eventForOp, type OutboxOp } from '../store/sync-repo.js';
import { toCreateBody, toFollowupBody, toForwardBody, type CreateBody } from './payload.js';
import { reason, type Reason } from './reason.js';

/*
 * Turns outbox operations into request bodies, from what is stored now. Used by the push (which
 * then freezes the body) and by --dry-run (which only prints it).
 */

export interface SyncSettings {
  agencyInstitutionId?: number;
  nikInContent: boolean;
}

export type Built<T> = { ok: true; value: T } | { ok: false; reason: Reason };

const ok = <T>(value: T): Built<T> => ({ ok: true, value });
const no = (r: Reason): Built<never> => ({ ok: false, reason: r });

/** What the national system calls when a first response carries no text (content may not be empty). */
export const defaultResponseText = 'Laporan Anda telah kami terima dan sedang ditindaklanjuti.';

export function loadReport(db: DB, op: OutboxOp): Built<StoredReport> {
  const report = getReportById(db, op.reportId);
  return report ? ok(report) : no(reason('sync.reason.reportMissing', { ticket: op.ticket }));
}

/** The category and target ids of a report; a category without a national id names the fix. */
export function createIds(db: DB, report: StoredReport, s: SyncSettings): Built<{ categoryId: number | null; dispositionId: number | null }> {
  let categoryId: number | null = null;
  if (report.category) {
    const mapped = categoryNationalId(db, report.category);
    if (mapped === undefined) return no(reason('sync.reason.categoryUnmapped', { category: report.category, ticket: report.ticket }));
    // A mapping that the last master list no longer knows would be refused nationally anyway.
    if (mastersInfo(db).categories > 0 && !nationalCategoryById(db, mapped)) {
      return no(reason('sync.reason.categoryGone', { category: report.category, id: mapped }));
    }
    categoryId = mapped;
  }
  const unitTarget = report.unitId === undefined ? undefined : unitInstitutionId(db, report.unitId);
  return ok({ categoryId, dispositionId: unitTarget ?? s.agencyInstitutionId ?? null });
}

export function createBody(db: DB, report: StoredReport, s: SyncSettings, docIds: number[]): Built<CreateBody> {
  const ids = createIds(db, report, s);
  if (!ids.ok) return ids;
  return ok(toCreateBody(report, { ...ids.value, docIds, nikInContent: s.nikInContent }));
}

export function followupBody(db: DB, op: OutboxOp, nationalId: string): Built<Record<string, unknown>> {
  const event = op.eventId === null ? undefined : eventForOp(db, op.eventId);
  if (!event) return no(reason('sync.reason.eventMissing', { ticket: op.ticket }));
  const text = event.note?.trim() || (event.kind === 'respond' ? defaultResponseText : '');
  if (!text) return no(reason('sync.reason.emptyFollowup', { ticket: op.ticket }));
  return ok(toFollowupBody(Number(nationalId), text, event.final));
}

/**
 * The target of a forwarding: a national institution id, given as such or by its exact name in
 * the master list (the forward command stores what the admin typed in details.to).
 */
export function forwardBody(db: DB, op: OutboxOp): Built<Record<string, unknown>> {
  const event = op.eventId === null ? undefined : eventForOp(db, op.eventId);
  if (!event) return no(reason('sync.reason.eventMissing', { ticket: op.ticket }));
  const d = event.details;
  const given = d.institution_id ?? d.national_institution_id ?? d.to;
  const text = given === undefined || given === null ? '' : String(given);
  const matches = text ? resolveInstitution(db, text) : [];
  if (matches.length !== 1) {
    const key =
      mastersInfo(db).institutions === 0 ? 'sync.reason.forwardNoMasters' : matches.length > 1 ? 'sync.reason.forwardAmbiguous' : 'sync.reason.forwardUnknown';
    return no(reason(key, { to: text, ticket: op.ticket }));
  }
  const why = event.note?.trim() || (typeof d.reason === 'string' && d.reason.trim()) || 'Bukan kewenangan instansi kami.';
  return ok(toForwardBody(matches[0]!.id, why));
}

export function requestLine(op: OutboxOp, nationalId: string | null): { method: 'POST'; path: string } {
  if (op.kind === 'create') return { method: 'POST', path: '/complaints/complaint' };
  if (op.kind === 'followup') return { method: 'POST', path: '/complaints/followup/add' };
  return { method: 'POST', path: `/complaints/process/${nationalId ?? '{complaint_id}'}/reject` };
}
