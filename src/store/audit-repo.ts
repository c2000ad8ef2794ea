/** The append-only audit trail. */

import type { DB } from './database.js';

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId?: number | null;
  ticket?: string | null;
  details?: Record<string, unknown>;
}

export interface StoredAuditEntry extends AuditEntry {
  id: number;
  details: Record<string, unknown>;
}

/** Call inside the write transaction of the change it records, so both land or neither. */
export function appendAudit(db: DB, entry: AuditEntry): void {
  db.prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id, ticket, details) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    entry.at,
    entry.actor,
    entry.action,
    entry.entity,
    entry.entityId ?? null,
    entry.ticket ?? null,
    JSON.stringify(entry.details ?? {}),
  );
}

export function auditForTicket(db: DB, ticket: string): StoredAuditEntry[] {
  const rows = db.prepare('SELECT id, at, actor, action, entity, entity_id, ticket, details FROM audit_log WHERE ticket = ? ORDER BY id').all(ticket) as {
    id: number;
    at: string;
    actor: string;
    action: string;
    entity: string;
    entity_id: number | null;
    ticket: string;
    details: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    ticket: r.ticket,
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
}
