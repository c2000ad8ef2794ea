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

/** What `lapor audit` filters on; every part optional, newest first. */
export interface AuditFilter {
  /** ISO instants, inclusive. */
  since?: string;
  until?: string;
  actor?: string;
  /** Exact stored action names. */
  actions?: readonly string[];
  ticket?: string;
  limit: number;
}

export interface AuditListing {
  /** Each entry with the flags of its report (null when it is not about a report). */
  entries: (StoredAuditEntry & { flags: { anonymous: boolean; confidential: boolean } | null })[];
  total: number;
}

/** The audit trail filtered, newest first; `total` counts every match, `entries` at most `limit`. */
export function queryAudit(db: DB, f: AuditFilter): AuditListing {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (f.since !== undefined) add('a.at >= ?', f.since);
  if (f.until !== undefined) add('a.at <= ?', f.until);
  if (f.actor !== undefined) add('a.actor = ? COLLATE NOCASE', f.actor);
  if (f.actions !== undefined) add(`a.action IN (${f.actions.map(() => '?').join(', ')})`, ...f.actions);
  if (f.ticket !== undefined) add('a.ticket = ?', f.ticket);
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log a ${clause}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.ticket, a.details, r.anonymous, r.confidential
       FROM audit_log a LEFT JOIN reports r ON r.ticket = a.ticket ${clause} ORDER BY a.id DESC LIMIT ?`,
    )
    .all(...params, f.limit) as (AuditRow & { anonymous: number | null; confidential: number | null })[];
  return {
    total,
    entries: rows.map((r) => ({
      ...fromRow(r),
      flags: r.anonymous === null ? null : { anonymous: r.anonymous === 1, confidential: r.confidential === 1 },
    })),
  };
}

/** Every action name stored so far, for `--action` help and errors. */
export function auditActions(db: DB): string[] {
  return (db.prepare('SELECT DISTINCT action FROM audit_log ORDER BY action').all() as { action: string }[]).map((r) => r.action);
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: number | null;
  ticket: string | null;
  details: string;
}

function fromRow(r: AuditRow): StoredAuditEntry {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    ticket: r.ticket,
    details: JSON.parse(r.details) as Record<string, unknown>,
  };
}

export function auditForTicket(db: DB, ticket: string): StoredAuditEntry[] {
  const rows = db
    .prepare('SELECT id, at, actor, action, entity, entity_id, ticket, details FROM audit_log WHERE ticket = ? ORDER BY id')
    .all(ticket) as AuditRow[];
  return rows.map(fromRow);
}
