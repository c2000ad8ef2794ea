/** What a pull learned from the national system, written once each. */

import type { DB } from './database.js';
import { writeTransaction } from './database.js';
import { applyTransition, type TransitionResult } from './workflow-repo.js';
import { refreshMismatch } from './mismatch-repo.js';
import type { DeadlineEnv } from '../domain/deadlines.js';
import { finalStatuses, isStatus, nextStatus, type LifecycleEvent, type Status } from '../domain/lifecycle.js';
import { finalNationalNames } from '../domain/national-status.js';
import { nationalSteps } from '../domain/national-reconcile.js';

/*
 * Writes what a pull learned from the national system into the local store, through the lifecycle
 * (workflow-repo.ts applyTransition, the same steps `lapor` commands take): the institution's
 * follow-ups and reporter replies, each once, keyed by their national id, then the steps the
 * national status implies (domain/national-reconcile.ts). What the lifecycle cannot reach is
 * recorded as a disagreement (mismatch-repo.ts), never forced. Every such step names
 * SP4N-LAPOR! as its actor and carries `source: national`. Local events are never changed:
 * report_events is append-only.
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

/**
 * Reports with a national id to check: open ones not checked since `openBefore`; locally final ones
 * whose national record is not final yet, not checked since `finalBefore` (a lower rate) or since
 * they last changed here. Without a cutoff (--force), all of them.
 */
export function reportsToPoll(db: DB, opts: { openBefore?: string; finalBefore?: string; tickets?: readonly string[] }): PollTarget[] {
  const finals = [...finalStatuses];
  const list = (values: readonly unknown[]) => values.map(() => '?').join(', ');
  const params: (string | number)[] = [...finals];
  let open = `status NOT IN (${list(finals)})`;
  if (opts.openBefore !== undefined) {
    open += ' AND (national_checked_at IS NULL OR national_checked_at < ?)';
    params.push(opts.openBefore);
  }
  params.push(...finals, ...finalNationalNames);
  let settled = `status IN (${list(finals)}) AND (national_status IS NULL OR lower(trim(national_status)) NOT IN (${list(finalNationalNames)}))`;
  if (opts.finalBefore !== undefined) {
    settled += ' AND (national_checked_at IS NULL OR national_checked_at < ? OR national_checked_at < updated_at)';
    params.push(opts.finalBefore);
  }
  let sql = `SELECT id, ticket, national_id AS nationalId, status, received_at AS receivedAt FROM reports
             WHERE national_id IS NOT NULL AND ((${open}) OR (${settled}))`;
  if (opts.tickets?.length) {
    sql += ` AND ticket IN (${list(opts.tickets)})`;
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
  /** The institution's closing answer: starts the auto-close clock, as `lapor followup --final`. */
  isFinal?: boolean;
}

export interface PullInput {
  reportId: number;
  statusName: string;
  /** The reason the national side gives for a rejection, if any. */
  rejectReason?: string;
  trackingId?: string;
  followups: readonly PulledFollowup[];
  now: string;
}

export interface PullOutcome {
  from: string;
  to: string;
  added: number;
  reopened: boolean;
  /** The records disagree after this pull: both statuses and since when lapor saw it. */
  mismatch?: { local: string; national: string; since: string };
}

function insertEvent(
  db: DB,
  e: { reportId: number; kind: string; at: string; now: string; note: string; status: string; nationalId: string; author: string },
): number {
  return db
    .prepare(
      `INSERT OR IGNORE INTO report_events (report_id, kind, at, recorded_at, actor, note, from_status, to_status, national_id, details)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(e.reportId, e.kind, e.at, e.now, nationalActor, e.note, e.status, e.status, e.nationalId, JSON.stringify({ author: e.author, source: 'national' }))
    .changes;
}

/** One lifecycle step learned from the national system, taken as `lapor` takes it, marked as national. */
function nationalStep(
  db: DB,
  env: DeadlineEnv,
  input: PullInput,
  step: { event: LifecycleEvent; at: string; note?: string; nationalId?: string; details: Record<string, unknown> },
): TransitionResult {
  const { event, at, note, nationalId, details } = step;
  return applyTransition(
    db,
    {
      reportId: input.reportId,
      event,
      at,
      recordedAt: input.now,
      actor: nationalActor,
      ...(note === undefined ? {} : { note }),
      ...(nationalId === undefined ? {} : { nationalId }),
      details: { source: 'national', ...details },
    },
    env,
  );
}

/** The lifecycle event a national follow-up is: a reporter's reply, or the institution's follow-up. Admin notes are history. */
function eventOf(f: PulledFollowup): LifecycleEvent | undefined {
  if (f.author === 'reporter') return { type: 'reply' };
  return f.author === 'institution' ? { type: 'followup', final: f.isFinal === true } : undefined;
}

interface Progress {
  status: string;
  added: number;
  reopened: boolean;
  /** Events written beside the lifecycle (history only): the report's updated_at is touched for them. */
  historyOnly: number;
}

/** A national follow-up or reply: a lifecycle step where the lifecycle allows it, history otherwise (a final report takes none). */
function applyFollowup(db: DB, env: DeadlineEnv, input: PullInput, f: PulledFollowup, p: Progress): void {
  const event = eventOf(f);
  if (event && isStatus(p.status) && nextStatus(p.status as Status, event).ok) {
    const r = nationalStep(db, env, input, { event, at: f.at, note: f.content, nationalId: f.id, details: { author: f.author } });
    if (event.type === 'reply' && r.from !== r.to) p.reopened = true;
    p.status = r.to;
    p.added++;
    return;
  }
  const kind = f.author === 'reporter' ? 'reply' : 'national_followup';
  const n = insertEvent(db, {
    reportId: input.reportId,
    kind,
    at: f.at,
    now: input.now,
    note: f.content,
    status: p.status,
    nationalId: f.id,
    author: f.author,
  });
  p.added += n;
  p.historyOnly += n;
}

/** The steps the national status implies, where the lifecycle has a legal path (national-reconcile.ts). */
function applyStatus(db: DB, env: DeadlineEnv, input: PullInput, p: Progress): void {
  if (!isStatus(p.status)) return;
  for (const event of nationalSteps(p.status, input.statusName)) {
    const reject = event.type === 'reject';
    const details = { national_status: input.statusName, ...(reject ? { national_reason: input.rejectReason ?? null } : {}) };
    p.status = nationalStep(db, env, input, { event, at: input.now, ...(reject && input.rejectReason ? { note: input.rejectReason } : {}), details }).to;
  }
}

/** National columns first, so every step below judges the disagreement against the new national status. */
function storeNationalColumns(db: DB, input: PullInput): void {
  // Only real changes touch national_status/tracking_id: listing a column in SET fires the export
  // change trigger even for the same value, and every check would then re-export every report.
  db.prepare('UPDATE reports SET national_status = ? WHERE id = ? AND national_status IS NOT ?').run(input.statusName, input.reportId, input.statusName);
  if (input.trackingId)
    db.prepare('UPDATE reports SET tracking_id = ? WHERE id = ? AND tracking_id IS NOT ?').run(input.trackingId, input.reportId, input.trackingId);
  db.prepare('UPDATE reports SET national_checked_at = ? WHERE id = ?').run(input.now, input.reportId);
}

export function applyPull(db: DB, input: PullInput, env: DeadlineEnv): PullOutcome {
  return writeTransaction(db, () => {
    const from = (db.prepare('SELECT status FROM reports WHERE id = ?').get(input.reportId) as { status: string }).status;
    const p: Progress = { status: from, added: 0, reopened: false, historyOnly: 0 };
    storeNationalColumns(db, input);
    // Follow-ups first: the institution's answer is what makes a national 'Selesai' reachable here.
    for (const f of input.followups) applyFollowup(db, env, input, f, p);
    applyStatus(db, env, input, p);
    refreshMismatch(db, input.reportId, input.now);
    if (p.historyOnly > 0) db.prepare('UPDATE reports SET updated_at = ?, updated_by = ? WHERE id = ?').run(input.now, nationalActor, input.reportId);
    const mismatch = db
      .prepare('SELECT local_status AS local, national_status AS national, since FROM national_mismatches WHERE report_id = ?')
      .get(input.reportId) as PullOutcome['mismatch'];
    return { from, to: p.status, added: p.added, reopened: p.reopened, ...(mismatch ? { mismatch } : {}) };
  });
}

/** Marks a report as checked without news (the national side did not answer with anything to store). */
export function markChecked(db: DB, reportId: number, at: string): void {
  writeTransaction(db, () => db.prepare('UPDATE reports SET national_checked_at = ? WHERE id = ?').run(at, reportId));
}
