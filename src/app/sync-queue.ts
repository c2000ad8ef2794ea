/** Steering the sync queue by hand: dropping operations that must never be sent. */

import type { AppContext } from '../context.js';
import { NotFoundError, UsageError } from '../errors.js';
import { writeTransaction } from '../store/database.js';
import { appendAudit } from '../store/audit-repo.js';
import { cancelOps, opTicket, type CancelTarget } from '../store/sync-repo.js';
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
