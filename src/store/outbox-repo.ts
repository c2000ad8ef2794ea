/** The sync outbox, written in the transaction of the change it carries. */

import { randomUUID } from 'node:crypto';
import type { DB } from './database.js';

export type OutboxKind = 'create' | 'followup' | 'forward';

/**
 * Queues an operation for the national system. Call inside the write
 * transaction of the change itself, so the change and its queue entry land
 * together or not at all.
 */
export function enqueue(db: DB, op: { reportId: number; eventId?: number; kind: OutboxKind; at: string }): void {
  db.prepare('INSERT INTO outbox (report_id, event_id, kind, idempotency_key, created_at) VALUES (?, ?, ?, ?, ?)').run(
    op.reportId,
    op.eventId ?? null,
    op.kind,
    randomUUID(),
    op.at,
  );
}
