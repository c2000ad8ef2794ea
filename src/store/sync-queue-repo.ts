/** Steering the outbox by hand: cancelling operations, replacing a forwarding, what a report's operations need. */

import type { DB } from './database.js';
import { cancelledSql } from './sync-repo.js';

/** An unfinished operation of a report (or one operation by id) that can be cancelled: queued or failed, never in flight. */
export interface CancelTarget {
  reportId?: number;
  opId?: number;
}

/**
 * Cancelled operations are closed as done without a send (sent_at stays NULL) with the reason in
 * `result`: the outbox's states are fixed by its CHECK, and a closed operation must stop blocking
 * its report's later ones exactly as a sent one does.
 */
export function cancelOps(db: DB, target: CancelTarget, why: { by: string; reason: string; at: string }): { id: number; ticket: string; kind: string }[] {
  const where = target.opId !== undefined ? 'o.id = @op' : 'o.report_id = @report';
  const ops = db
    .prepare(`SELECT o.id, r.ticket, o.kind FROM outbox o JOIN reports r ON r.id = o.report_id WHERE ${where} AND o.state IN ('queued','failed') ORDER BY o.id`)
    .all({ op: target.opId ?? null, report: target.reportId ?? null }) as { id: number; ticket: string; kind: string }[];
  const close = db.prepare("UPDATE outbox SET state = 'done', result = ?, next_attempt_at = NULL WHERE id = ?");
  for (const op of ops) close.run(JSON.stringify({ cancelled: why }), op.id);
  return ops;
}

/**
 * The report's forwarding operation that a new forwarding may replace: refused nationally
 * (failed), or queued and never sent (no body frozen). One that may have reached the national
 * side (in flight, or a frozen body) is never replaced.
 */
export function replaceableForward(db: DB, reportId: number): { id: number } | undefined {
  return db
    .prepare(
      "SELECT id FROM outbox WHERE report_id = ? AND kind = 'forward' AND (state = 'failed' OR (state = 'queued' AND body IS NULL)) ORDER BY id DESC LIMIT 1",
    )
    .get(reportId) as { id: number } | undefined;
}

/** The timeline entry of a repeated forwarding: forwarded to forwarded, the new target in its details. */
export function insertForwardEvent(
  db: DB,
  e: { reportId: number; at: string; recordedAt: string; actor: string; note: string; details: Record<string, unknown> },
): number {
  const info = db
    .prepare(
      `INSERT INTO report_events (report_id, kind, at, recorded_at, actor, note, final, from_status, to_status, details)
       VALUES (?, 'forward', ?, ?, ?, ?, 0, 'forwarded', 'forwarded', ?)`,
    )
    .run(e.reportId, e.at, e.recordedAt, e.actor, e.note, JSON.stringify(e.details));
  return Number(info.lastInsertRowid);
}

/** The report's forwarding target and reason after a repeated forwarding. */
export function setForwardTarget(db: DB, reportId: number, f: { to: string; note: string; at: string; actor: string }): void {
  db.prepare('UPDATE reports SET forwarded_to = ?, status_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(f.to, f.note, f.at, f.actor, reportId);
}

/** The ticket of an operation id, if it exists. */
export function opTicket(db: DB, opId: number): { ticket: string; reportId: number; state: string } | undefined {
  return db.prepare('SELECT r.ticket, o.report_id AS reportId, o.state FROM outbox o JOIN reports r ON r.id = o.report_id WHERE o.id = ?').get(opId) as
    { ticket: string; reportId: number; state: string } | undefined;
}

/** A report's operations that need the admin's eye: failed (with the reason) and cancelled (by whom, why). */
export function reportSyncProblems(db: DB, reportId: number): { kind: string; state: 'failed' | 'cancelled'; error: string | null }[] {
  return db
    .prepare(
      `SELECT kind, CASE WHEN state = 'failed' THEN 'failed' ELSE 'cancelled' END AS state,
              CASE WHEN state = 'failed' THEN last_error ELSE json_object('key', 'sync.reason.cancelled', 'params',
                json_object('by', json_extract(result, '$.cancelled.by'), 'reason', json_extract(result, '$.cancelled.reason'))) END AS error
       FROM outbox WHERE report_id = ? AND (state = 'failed' OR (${cancelledSql})) ORDER BY id`,
    )
    .all(reportId) as { kind: string; state: 'failed' | 'cancelled'; error: string | null }[];
}
