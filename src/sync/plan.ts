/** The requests a push would send now, for --dry-run. */

import type { DB } from '../store/database.js';
import { attachmentsToSend, pendingByReport, type OutboxOp } from '../store/sync-repo.js';
import { maskBody } from './payload.js';
import { createBody, followupBody, forwardBody, loadReport, requestLine, type SyncSettings } from './requests.js';
import { decodeReason, type Reason } from './reason.js';
import { previewValue, type PiiFlags } from '../domain/pii.js';

/** One request a push would send now, for --dry-run. Nothing is written or sent to build it. */
export interface PlannedRequest {
  ticket: string;
  kind: string;
  method: string;
  path: string;
  idempotencyKey: string;
  /** Files that would be uploaded first (create only). */
  uploads: string[];
  /** The body, reporter identity through the personal-data policy; null when it cannot be built yet. */
  body: Record<string, unknown> | null;
  /** True when the body was frozen by an earlier attempt and will be resent as it is. */
  frozen: boolean;
  /** Why it would not go (failed, waiting for a retry time or for the report's create). */
  blocked?: Reason;
}

/**
 * The flags a preview is masked under: the report's current ones, or those the frozen body was
 * built with, whichever hides more.
 */
function previewFlags(db: DB, op: OutboxOp, body: Record<string, unknown>): PiiFlags {
  const report = op.kind === 'create' ? loadReport(db, op) : undefined;
  const now = report?.ok ? report.value : undefined;
  return { anonymous: now?.anonymous === true || body.is_anonymous === 1, confidential: now?.confidential === true || body.is_secret === 1 };
}

export function planPush(db: DB, settings: SyncSettings, opts: { now: string; force: boolean; tickets?: readonly string[] }): PlannedRequest[] {
  const plan: PlannedRequest[] = [];
  for (const ops of pendingByReport(db, opts.tickets)) {
    const nationalId = ops[0]!.nationalId;
    let blocked: Reason | undefined;
    for (const op of ops) {
      const line = requestLine(op, nationalId);
      const item: PlannedRequest = { ticket: op.ticket, kind: op.kind, ...line, idempotencyKey: op.key, uploads: [], body: null, frozen: op.body !== null };
      if (!blocked && op.state === 'failed') blocked = decodeReason(op.lastError);
      if (!blocked && !opts.force && op.nextAttemptAt !== null && op.nextAttemptAt > opts.now)
        blocked = { key: 'sync.reason.waitingRetry', params: { at: op.nextAttemptAt } };
      if (op.body !== null) {
        item.body = JSON.parse(op.body) as Record<string, unknown>;
      } else if (op.kind === 'create') {
        const report = loadReport(db, op);
        const files = attachmentsToSend(db, op.reportId);
        item.uploads = files.filter((f) => f.nationalDocId === null).map((f) => f.filename);
        const built = report.ok
          ? createBody(
              db,
              report.value,
              settings,
              files.filter((f) => f.nationalDocId !== null).map((f) => Number(f.nationalDocId)),
            )
          : report;
        if (built.ok) item.body = built.value;
        else blocked ??= built.reason;
      } else {
        const built = op.kind === 'followup' ? followupBody(db, op, nationalId ?? '0') : forwardBody(db, op);
        if (built.ok) item.body = nationalId === null && op.kind === 'followup' ? { ...built.value, complaint_id: null } : built.value;
        else blocked ??= built.reason;
      }
      if (item.body) {
        const flags = previewFlags(db, op, item.body);
        item.body = maskBody(item.body, (field, value) => previewValue(field, value, flags));
      }
      if (blocked) item.blocked = blocked;
      plan.push(item);
    }
  }
  return plan;
}
