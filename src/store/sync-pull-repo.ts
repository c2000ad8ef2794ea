/** What a pull learned from the national system, written once each. */

import type { DB } from './database.js';
import { writeTransaction } from './database.js';
import { applyTransition, recomputeDeadlines } from './workflow-repo.js';
import type { DeadlineEnv } from '../domain/deadlines.js';
import { finalStatuses, isStatus, nextStatus, type Status } from '../domain/lifecycle.js';
import { reconcileStatus } from '../domain/national-status.js';

/*
 * Writes what a pull learned from the national system into the local store: the status (national
 * decisions win for national states), national follow-ups and reporter replies, each once, keyed
 * by their national id. Local notes and events are never changed: report_events is append-only.
 */

/** Who the timeline names for what came from the national system. */
export const nationalActor = 'SP4N-LAPOR!';

export interface PollTarget {
  id: number;
  ticket: string;
  nationalId: string;
  status: string;
  /** When the report was received (a national date before it is not believed). */
  receivedAt: string;
}

/** Reports with a national id that are not final, not checked since `checkedBefore` (all when undefined). */
export function reportsToPoll(db: DB, opts: { checkedBefore?: string; tickets?: readonly string[] }): PollTarget[] {
  const finals = [...finalStatuses];
  const params: (string | number)[] = [...finals];
  let sql = `SELECT id, ticket, national_id AS nationalId, status, received_at AS receivedAt FROM reports
             WHERE national_id IS NOT NULL AND status NOT IN (${finals.map(() => '?').join(', ')})`;
  if (opts.checkedBefore !== undefined) {
    sql += ' AND (national_checked_at IS NULL OR national_checked_at < ?)';
    params.push(opts.checkedBefore);
  }
  if (opts.tickets?.length) {
    sql += ` AND ticket IN (${opts.tickets.map(() => '?').join(', ')})`;
    params.push(...opts.tickets);
  }
  return db.prepare(`${sql} ORDER BY national_checked_at IS NOT NULL, national_checked_at, id`).all(...params) as PollTarget[];
}

/**
 * National follow-up ids already in the timeline, and those of our own follow-ups (the national list
 * shows them too, and they must not come back as national ones).
 */
export function knownFollowupIds(db: DB, reportId: number): Set<string> {
  const rows = db
    .prepare(
      `SELECT national_id AS id FROM report_events WHERE report_id = @r AND national_id IS NOT NULL
       UNION SELECT json_extract(result, '$.followup_id') FROM outbox WHERE report_id = @r AND kind = 'followup' AND state = 'done'`,
    )
    .all({ r: reportId }) as { id: string | number | null }[];
  return new Set(rows.filter((r) => r.id !== null).map((r) => String(r.id)));
}

/**
 * Texts of our follow-ups whose answer never arrived (lost acknowledgement): the national list may
 * already show them, and a later push will learn their ids.
 */
export function unconfirmedFollowupTexts(db: DB, reportId: number): Set<string> {
  const rows = db
    .prepare(
      `SELECT e.note FROM outbox o JOIN report_events e ON e.id = o.event_id
       WHERE o.report_id = ? AND o.kind = 'followup' AND o.state <> 'done' AND e.note IS NOT NULL`,
    )
    .all(reportId) as { note: string }[];
  return new Set(rows.map((r) => r.note.trim()));
}

export interface PulledFollowup {
  id: string;
  content: string;
  at: string;
  author: 'institution' | 'reporter' | 'admin';
}

export interface PullInput {
  reportId: number;
  statusName: string;
  trackingId?: string;
  followups: readonly PulledFollowup[];
  now: string;
}

export interface PullOutcome {
  from: string;
  to: string;
  added: number;
  reopened: boolean;
}

function insertEvent(
  db: DB,
  e: {
    reportId: number;
    kind: string;
    at: string;
    now: string;
    note: string | null;
    from: string;
    to: string;
    nationalId: string | null;
    details: Record<string, unknown>;
  },
): number {
  return db
    .prepare(
      `INSERT OR IGNORE INTO report_events (report_id, kind, at, recorded_at, actor, note, from_status, to_status, national_id, details)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(e.reportId, e.kind, e.at, e.now, nationalActor, e.note, e.from, e.to, e.nationalId, JSON.stringify(e.details)).changes;
}

export function applyPull(db: DB, input: PullInput, env: DeadlineEnv): PullOutcome {
  return writeTransaction(db, () => {
    const row = db.prepare('SELECT status FROM reports WHERE id = ?').get(input.reportId) as { status: string };
    const from = row.status;
    let status = row.status;
    let added = 0;
    let reopened = false;
    if (isStatus(from)) {
      const merged = reconcileStatus(from, input.statusName);
      if (merged.changed) {
        status = merged.status;
        const closing = finalStatuses.has(merged.status);
        db.prepare(`UPDATE reports SET status = ?, updated_at = ?, updated_by = ?${closing ? ', closed_at = coalesce(closed_at, ?)' : ''} WHERE id = ?`).run(
          ...[merged.status, input.now, nationalActor, ...(closing ? [input.now] : []), input.reportId],
        );
        insertEvent(db, {
          reportId: input.reportId,
          kind: 'national_status',
          at: input.now,
          now: input.now,
          note: input.statusName,
          from,
          to: status,
          nationalId: null,
          details: { national_status: input.statusName },
        });
        recomputeDeadlines(db, input.reportId, env);
      }
    }
    // Only real changes touch national_status/tracking_id: listing a column in SET fires the export
    // change trigger even for the same value, and every check would then re-export every report.
    db.prepare('UPDATE reports SET national_status = ? WHERE id = ? AND national_status IS NOT ?').run(input.statusName, input.reportId, input.statusName);
    if (input.trackingId)
      db.prepare('UPDATE reports SET tracking_id = ? WHERE id = ? AND tracking_id IS NOT ?').run(input.trackingId, input.reportId, input.trackingId);
    db.prepare('UPDATE reports SET national_checked_at = ? WHERE id = ?').run(input.now, input.reportId);
    for (const f of input.followups) {
      if (f.author === 'reporter' && isStatus(status) && nextStatus(status as Status, { type: 'reply' }).ok) {
        // The lifecycle decides: a reply re-opens a followed-up report and restarts the unit's clock.
        const result = applyTransition(
          db,
          {
            reportId: input.reportId,
            event: { type: 'reply' },
            at: f.at,
            recordedAt: input.now,
            actor: nationalActor,
            note: f.content,
            nationalId: f.id,
            details: { author: f.author },
          },
          env,
        );
        if (result.from !== result.to) reopened = true;
        status = result.to;
        added++;
      } else {
        // Final reports take no work events; the reply is kept as history only.
        const kind = f.author === 'reporter' ? 'reply' : 'national_followup';
        added += insertEvent(db, {
          reportId: input.reportId,
          kind,
          at: f.at,
          now: input.now,
          note: f.content,
          from: status,
          to: status,
          nationalId: f.id,
          details: { author: f.author },
        });
      }
    }
    if (added > 0 && !reopened) db.prepare('UPDATE reports SET updated_at = ?, updated_by = ? WHERE id = ?').run(input.now, nationalActor, input.reportId);
    return { from, to: status, added, reopened };
  });
}

/** Marks a report as checked without news (the national side did not answer with anything to store). */
export function markChecked(db: DB, reportId: number, at: string): void {
  writeTransaction(db, () => db.prepare('UPDATE reports SET national_checked_at = ? WHERE id = ?').run(at, reportId));
}
