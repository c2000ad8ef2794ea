/** The outbox as the sync sees it, the single-runner lock and the history of runs. */

import { randomUUID } from 'node:crypto';
import type { DB } from './database.js';
import { writeTransaction } from './database.js';
import type { OutboxKind } from './outbox-repo.js';
import { refreshMismatch } from './mismatch-repo.js';

/*
 * The outbox as the sync sees it: claiming operations, freezing bodies, recording answers, plus
 * the single-runner lock and the history of runs. The rows are written in the same transaction
 * as the change they carry (see outbox-repo.ts); this module only moves them along.
 */

export interface OutboxOp {
  id: number;
  reportId: number;
  ticket: string;
  eventId: number | null;
  kind: OutboxKind;
  key: string;
  body: string | null;
  state: 'queued' | 'in_flight' | 'done' | 'failed';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  /** The report's national complaint id, once its create went through. */
  nationalId: string | null;
}

interface OpRow {
  id: number;
  report_id: number;
  ticket: string;
  event_id: number | null;
  kind: OutboxKind;
  idempotency_key: string;
  body: string | null;
  state: OutboxOp['state'];
  attempts: number;
  last_error: string | null;
  next_attempt_at: string | null;
  national_id: string | null;
}

const toOp = (r: OpRow): OutboxOp => ({
  id: r.id,
  reportId: r.report_id,
  ticket: r.ticket,
  eventId: r.event_id,
  kind: r.kind,
  key: r.idempotency_key,
  body: r.body,
  state: r.state,
  attempts: r.attempts,
  lastError: r.last_error,
  nextAttemptAt: r.next_attempt_at,
  nationalId: r.national_id,
});

/**
 * Every unfinished operation, grouped per report in id order: a report's operations go out one
 * after the other, never overtaking each other. Failed ones are included so every run reports them
 * until the admin fixes and retries them.
 */
export function pendingByReport(db: DB, tickets?: readonly string[]): OutboxOp[][] {
  const filter = tickets?.length ? `AND r.ticket IN (${tickets.map(() => '?').join(', ')})` : '';
  const rows = db
    .prepare(
      `SELECT o.id, o.report_id, r.ticket, o.event_id, o.kind, o.idempotency_key, o.body, o.state, o.attempts, o.last_error,
              o.next_attempt_at, r.national_id
       FROM outbox o JOIN reports r ON r.id = o.report_id
       WHERE o.state <> 'done' ${filter}
       ORDER BY o.report_id, o.id`,
    )
    .all(...(tickets ?? [])) as OpRow[];
  const groups: OutboxOp[][] = [];
  let current: OutboxOp[] | undefined;
  for (const row of rows) {
    if (current?.[0]?.reportId !== row.report_id) groups.push((current = []));
    current.push(toOp(row));
  }
  return groups;
}

/** Operations left in flight by a run that died: sent again with the same key and body. */
export function reclaimInFlight(db: DB): number {
  return writeTransaction(db, () => db.prepare("UPDATE outbox SET state = 'queued' WHERE state = 'in_flight'").run().changes);
}

/** Marks an attempt as started; returns the attempt count including this one. */
export function beginAttempt(db: DB, opId: number): number {
  return writeTransaction(
    db,
    () =>
      (db.prepare("UPDATE outbox SET state = 'in_flight', attempts = attempts + 1 WHERE id = ? RETURNING attempts").get(opId) as { attempts: number }).attempts,
  );
}

/**
 * Freezes the request body at the first attempt. Once stored it never changes, so a retry after a
 * lost answer sends the very same body with the very same Idempotency-Key.
 */
export function freezeBody(db: DB, opId: number, body: string): string {
  return writeTransaction(
    db,
    () => (db.prepare('UPDATE outbox SET body = coalesce(body, ?) WHERE id = ? RETURNING body').get(body, opId) as { body: string }).body,
  );
}

function finish(db: DB, opId: number, result: unknown, at: string): void {
  db.prepare("UPDATE outbox SET state = 'done', result = ?, sent_at = ?, last_error = NULL, next_attempt_at = NULL WHERE id = ?").run(
    JSON.stringify(result),
    at,
    opId,
  );
}

/** The ticket of another report that already holds this national complaint id, if any. */
export function nationalIdHolder(db: DB, nationalId: string, reportId: number): string | undefined {
  const row = db.prepare('SELECT ticket FROM reports WHERE national_id = ? AND id <> ?').get(nationalId, reportId) as { ticket: string } | undefined;
  return row?.ticket;
}

export function completeCreate(db: DB, op: OutboxOp, ids: { nationalId: string; trackingId: string }, at: string): void {
  writeTransaction(db, () => {
    finish(db, op.id, { complaint_id: ids.nationalId, tracking_id: ids.trackingId }, at);
    db.prepare('UPDATE reports SET national_id = ?, tracking_id = ? WHERE id = ?').run(ids.nationalId, ids.trackingId, op.reportId);
  });
}

export function completeFollowup(db: DB, op: OutboxOp, followupId: string, at: string): void {
  writeTransaction(db, () => finish(db, op.id, { followup_id: followupId }, at));
}

export function completeForward(db: DB, op: OutboxOp, statusName: string | undefined, at: string): void {
  writeTransaction(db, () => {
    finish(db, op.id, { status_name: statusName ?? null }, at);
    if (statusName) db.prepare('UPDATE reports SET national_status = ? WHERE id = ?').run(statusName, op.reportId);
    refreshMismatch(db, op.reportId, at);
  });
}

/** Back in the queue with the reason, not before `nextAt` unless forced. */
export function deferOp(db: DB, opId: number, error: string, nextAt: string | null): void {
  writeTransaction(db, () => db.prepare("UPDATE outbox SET state = 'queued', last_error = ?, next_attempt_at = ? WHERE id = ?").run(error, nextAt, opId));
}

/** Failed for the admin to fix: `lapor sync retry` puts it back. */
export function failOp(db: DB, opId: number, error: string): void {
  writeTransaction(db, () => db.prepare("UPDATE outbox SET state = 'failed', last_error = ?, next_attempt_at = NULL WHERE id = ?").run(error, opId));
}

/**
 * Failed operations (all, or one report's) back to the queue; the report's waiting ones become due
 * now. A failed operation whose body was sent gets a fresh body and a fresh key: the national side
 * refused it (400/404/422), so nothing exists there under the old key, and the same key with the
 * corrected body would be refused as a reused key.
 */
export function requeue(db: DB, reportId?: number): number {
  return writeTransaction(db, () => {
    const scope = reportId === undefined ? '' : 'AND report_id = @report';
    const params = reportId === undefined ? {} : { report: reportId };
    const sent = db.prepare(`SELECT id FROM outbox WHERE state = 'failed' AND body IS NOT NULL ${scope}`).all(params) as { id: number }[];
    const renew = db.prepare('UPDATE outbox SET body = NULL, idempotency_key = ? WHERE id = ?');
    for (const { id } of sent) renew.run(randomUUID(), id);
    const failed = db.prepare(`UPDATE outbox SET state = 'queued', next_attempt_at = NULL WHERE state = 'failed' ${scope}`).run(params).changes;
    if (reportId === undefined) return failed;
    return failed + db.prepare(`UPDATE outbox SET next_attempt_at = NULL WHERE state = 'queued' AND next_attempt_at IS NOT NULL ${scope}`).run(params).changes;
  });
}

export interface AttachmentRow {
  id: number;
  sha256: string;
  filename: string;
  mime: string;
  size: number;
  nationalDocId: string | null;
}

/** The report's own attachments (not those of later events), in the order they were added. */
export function attachmentsToSend(db: DB, reportId: number): AttachmentRow[] {
  return db
    .prepare('SELECT id, sha256, filename, mime, size, national_doc_id AS nationalDocId FROM attachments WHERE report_id = ? AND event_id IS NULL ORDER BY id')
    .all(reportId) as AttachmentRow[];
}

export function setDocId(db: DB, attachmentId: number, docId: string): void {
  writeTransaction(db, () => db.prepare('UPDATE attachments SET national_doc_id = ? WHERE id = ?').run(docId, attachmentId));
}

export interface OutboxSummary {
  /** `done` counts sent operations only; cancelled ones are counted apart. */
  counts: Record<'queued' | 'in_flight' | 'done' | 'failed' | 'cancelled', number>;
  /** Earliest time a waiting operation may be tried again. */
  nextRetryAt: string | null;
  problems: { id: number; ticket: string; kind: string; state: string; attempts: number; error: string | null; nextAttemptAt: string | null }[];
}

/** An operation closed by `sync cancel` (store/sync-queue-repo.ts): done, never sent. */
export const cancelledSql = "state = 'done' AND sent_at IS NULL AND json_extract(result, '$.cancelled') IS NOT NULL";

export function outboxSummary(db: DB): OutboxSummary {
  const counts = { queued: 0, in_flight: 0, done: 0, failed: 0, cancelled: 0 };
  const byState = db.prepare(`SELECT CASE WHEN ${cancelledSql} THEN 'cancelled' ELSE state END AS state, count(*) AS n FROM outbox GROUP BY 1`).all() as {
    state: keyof typeof counts;
    n: number;
  }[];
  for (const r of byState) counts[r.state] = r.n;
  const next = db.prepare("SELECT min(next_attempt_at) AS t FROM outbox WHERE state = 'queued' AND next_attempt_at IS NOT NULL").get() as { t: string | null };
  const problems = db
    .prepare(
      `SELECT o.id, r.ticket, o.kind, CASE WHEN ${cancelledSql.replace(/\bresult\b/g, 'o.result').replace(/\bstate\b/g, 'o.state')} THEN 'cancelled' ELSE o.state END AS state, o.attempts,
              CASE WHEN o.state = 'done' THEN json_object('key', 'sync.reason.cancelled', 'params',
                json_object('by', json_extract(o.result, '$.cancelled.by'), 'reason', json_extract(o.result, '$.cancelled.reason'))) ELSE o.last_error END AS error, o.next_attempt_at AS nextAttemptAt
       FROM outbox o JOIN reports r ON r.id = o.report_id
       WHERE o.state = 'failed' OR (o.state IN ('queued','in_flight') AND o.last_error IS NOT NULL) OR (o.state = 'done' AND o.sent_at IS NULL AND json_extract(o.result, '$.cancelled') IS NOT NULL)
       ORDER BY o.state = 'failed' DESC, o.id LIMIT 200`,
    )
    .all() as OutboxSummary['problems'];
  return { counts, nextRetryAt: next.t, problems };
}

export interface LockHolder {
  pid: number;
  host: string;
  acquiredAt: string;
  heartbeatAt: string;
}

/**
 * One sync at a time. A lock is taken over when its holder is gone: a process on this host that no
 * longer exists (kill -9), or any holder silent for longer than `staleBefore`.
 */
export function acquireLock(
  db: DB,
  me: { pid: number; host: string; now: string; staleBefore: string; isAlive: (pid: number) => boolean },
): { ok: true; tookOver?: LockHolder } | { ok: false; holder: LockHolder } {
  return writeTransaction(db, () => {
    const holder = db.prepare('SELECT pid, host, acquired_at AS acquiredAt, heartbeat_at AS heartbeatAt FROM sync_lock WHERE id = 1').get() as
      LockHolder | undefined;
    if (holder && !(holder.pid === me.pid && holder.host === me.host)) {
      const dead = (holder.host === me.host && !me.isAlive(holder.pid)) || holder.heartbeatAt < me.staleBefore;
      if (!dead) return { ok: false as const, holder };
    }
    db.prepare('INSERT OR REPLACE INTO sync_lock (id, pid, host, acquired_at, heartbeat_at) VALUES (1, ?, ?, ?, ?)').run(me.pid, me.host, me.now, me.now);
    return holder && holder.pid !== me.pid ? { ok: true as const, tookOver: holder } : { ok: true as const };
  });
}

export function heartbeat(db: DB, pid: number, now: string): void {
  writeTransaction(db, () => db.prepare('UPDATE sync_lock SET heartbeat_at = ? WHERE id = 1 AND pid = ?').run(now, pid));
}

export function releaseLock(db: DB, pid: number, host: string): void {
  writeTransaction(db, () => db.prepare('DELETE FROM sync_lock WHERE id = 1 AND pid = ? AND host = ?').run(pid, host));
}

export function lockHolder(db: DB): LockHolder | undefined {
  return db.prepare('SELECT pid, host, acquired_at AS acquiredAt, heartbeat_at AS heartbeatAt FROM sync_lock WHERE id = 1').get() as LockHolder | undefined;
}

export type RunKind = 'push' | 'pull' | 'masters';

export function startRun(db: DB, kind: RunKind, at: string): number {
  return writeTransaction(db, () => Number(db.prepare('INSERT INTO sync_runs (kind, started_at) VALUES (?, ?)').run(kind, at).lastInsertRowid));
}

export function finishRun(db: DB, id: number, r: { ok: boolean; done: number; failed: number; error?: string }, at: string): void {
  writeTransaction(db, () =>
    db
      .prepare('UPDATE sync_runs SET finished_at = ?, ok = ?, done = ?, failed = ?, error = ? WHERE id = ?')
      .run(at, r.ok ? 1 : 0, r.done, r.failed, r.error ?? null, id),
  );
}

export interface RunInfo {
  kind: RunKind;
  lastRunAt: string | null;
  lastOk: boolean | null;
  lastSuccessAt: string | null;
  /** What the last finished run did: items sent or checked, and failed. */
  lastDone: number | null;
  lastFailed: number | null;
}

export function runInfo(db: DB): RunInfo[] {
  return (['push', 'pull', 'masters'] as const).map((kind) => {
    const last = db
      .prepare('SELECT finished_at, ok, done, failed FROM sync_runs WHERE kind = ? AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1')
      .get(kind) as { finished_at: string; ok: number; done: number | null; failed: number | null } | undefined;
    const success = db.prepare('SELECT finished_at FROM sync_runs WHERE kind = ? AND ok = 1 ORDER BY id DESC LIMIT 1').get(kind) as
      { finished_at: string } | undefined;
    const lastRun = {
      lastRunAt: last?.finished_at ?? null,
      lastOk: last ? last.ok === 1 : null,
      lastDone: last?.done ?? null,
      lastFailed: last?.failed ?? null,
    };
    return { kind, ...lastRun, lastSuccessAt: success?.finished_at ?? null };
  });
}

export interface OpEvent {
  kind: string;
  note: string | null;
  final: boolean;
  details: Record<string, unknown>;
}

/** The timeline event an operation carries (a response, follow-up or forwarding). */
export function eventForOp(db: DB, eventId: number): OpEvent | undefined {
  const row = db.prepare('SELECT kind, note, final, details FROM report_events WHERE id = ?').get(eventId) as
    { kind: string; note: string | null; final: number; details: string } | undefined;
  return row ? { kind: row.kind, note: row.note, final: row.final === 1, details: JSON.parse(row.details) as Record<string, unknown> } : undefined;
}
