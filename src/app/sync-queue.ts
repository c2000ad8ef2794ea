/** Steering the sync queue by hand: dropping operations that must never be sent. */

import type { AppContext } from '../context.js';
import { NotFoundError, UsageError } from '../errors.js';
import { writeTransaction } from '../store/database.js';
import { appendAudit } from '../store/audit-repo.js';
import { cancelOps, insertForwardEvent, opTicket, replaceableForward, setForwardTarget, type CancelTarget } from '../store/sync-queue-repo.js';
import { enqueue } from '../store/outbox-repo.js';
import { getReportByTicket } from '../store/reports-repo.js';
import { normalizeTicket } from '../domain/report.js';

/**
 * Cancels the queued or failed operations of a report (TICKET) or one operation (its number).
 * Each one is audited with the reason; an operation in flight or already sent is left alone
 * (the national side may hold it: only a sync can settle it).
 */
export function cancelOperations(ctx: AppContext, target: string, reasonText: string | undefined): { ticket: string; kind: string }[] {
  const why = reasonText?.trim();
  if (!why) throw new UsageError('sync.cancelNoReason');
  const db = ctx.db();
  const at = ctx.clock().toISOString();
  const by = ctx.actor();
  let scope: CancelTarget;
  if (/^\d+$/.test(target.trim())) {
    const id = Number(target.trim());
    if (!opTicket(db, id)) throw new NotFoundError('sync.unknownOp', { id });
    scope = { opId: id };
  } else {
    const ticket = normalizeTicket(target);
    const report = getReportByTicket(db, ticket);
    if (!report) throw new NotFoundError('report.notFound', { ticket });
    scope = { reportId: report.id };
  }
  return writeTransaction(db, () => {
    const ops = cancelOps(db, scope, { by, reason: why, at });
    for (const op of ops) {
      appendAudit(db, { at, actor: by, action: 'sync.cancel', entity: 'outbox', entityId: op.id, ticket: op.ticket, details: { kind: op.kind, reason: why } });
    }
    return ops;
  });
}

export interface ForwardAgain {
  ticket: string;
  to: string;
  details: Record<string, unknown>;
  note: string;
}

/**
 * A new forwarding of a report whose forwarding never reached the national system (refused, or
 * not sent yet): the old operation is closed as replaced and the new target queued, with a new
 * timeline entry and an audit line. Undefined when there is nothing to replace (the lifecycle
 * then decides, as for any forwarding).
 */
export function replaceForward(ctx: AppContext, f: ForwardAgain): { eventId: number } | undefined {
  const db = ctx.db();
  const report = getReportByTicket(db, normalizeTicket(f.ticket));
  if (!report || report.status !== 'forwarded') return undefined;
  const recordedAt = ctx.clock().toISOString();
  const actor = ctx.actor();
  return writeTransaction(db, () => {
    const old = replaceableForward(db, report.id);
    if (!old) return undefined;
    cancelOps(db, { opId: old.id }, { by: actor, reason: `replaced: forwarded again to ${f.to}`, at: recordedAt });
    const eventId = insertForwardEvent(db, { reportId: report.id, at: recordedAt, recordedAt, actor, note: f.note, details: f.details });
    setForwardTarget(db, report.id, { to: f.to, note: f.note, at: recordedAt, actor });
    enqueue(db, { reportId: report.id, eventId, kind: 'forward', at: recordedAt });
    appendAudit(db, {
      at: recordedAt,
      actor,
      action: 'sync.retarget',
      entity: 'outbox',
      entityId: old.id,
      ticket: report.ticket,
      details: { to: f.to, reason: f.note },
    });
    return { eventId };
  });
}
