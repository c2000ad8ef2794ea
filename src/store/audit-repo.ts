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

/** What `lapor audit` narrows the trail to; all optional. */
export interface AuditFilter {
  /** Entries at or after this instant (ISO UTC). */
  since?: string;
  actor?: string;
  actions?: readonly string[];
  ticket?: string;
  /** Only the newest N (still shown oldest first). */
  limit?: number;
}

/** An entry with the flags of the report it names, so its details can be shown under them (domain/pii.ts). */
export interface AuditTrailEntry extends StoredAuditEntry {
  /** undefined: the entry names no report. */
  report?: { anonymous: boolean; confidential: boolean; found: boolean };
}

interface TrailRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
  ticket: string | null;
  details: string;
  anonymous: number | null;
  confidential: number | null;
}

/** The audit trail through a filter, oldest first, in one read. */
export function listAudit(db: DB, f: AuditFilter): AuditTrailEntry[] {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const where = (sql: string, ...values: string[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  if (f.since !== undefined) where('a.at >= ?', f.since);
  if (f.actor !== undefined) where('a.actor = ? COLLATE NOCASE', f.actor);
  if (f.ticket !== undefined) where('a.ticket = ?', f.ticket);
  if (f.actions?.length) where(`a.action IN (${f.actions.map(() => '?').join(', ')})`, ...f.actions);
  const filter = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const rows = db
    .prepare(
      `SELECT * FROM (SELECT a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.ticket, a.details, r.anonymous, r.confidential
       FROM audit_log a LEFT JOIN reports r ON r.ticket = a.ticket ${filter} ORDER BY a.id DESC LIMIT ?) ORDER BY id`,
    )
    .all(...params, f.limit ?? -1) as TrailRow[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    ticket: r.ticket,
    details: JSON.parse(r.details) as Record<string, unknown>,
    ...(r.ticket === null ? {} : { report: { anonymous: r.anonymous === 1, confidential: r.confidential === 1, found: r.anonymous !== null } }),
  }));
}
