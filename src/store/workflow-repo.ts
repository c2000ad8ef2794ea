/** applyTransition: one lifecycle step, its event, deadlines and outbox entry in one transaction. */

import type { DB } from './database.js';
import type { Statement } from 'better-sqlite3';
import { enqueue } from './outbox-repo.js';
import { refreshMismatch } from './mismatch-repo.js';
import {
  nextStatus,
  isStatus,
  replyEffect,
  type LifecycleEvent,
  type LifecycleEventType,
  type ReplyEffect,
  type Status,
  type TimelineMarks,
} from '../domain/lifecycle.js';
import { localDateOf } from '../domain/dates.js';
import { deadlinesOf, type DeadlineEnv, type DeadlineFacts } from '../domain/deadlines.js';

/** The lifecycle refused an event; the command turns this into a message in the user's language. */
export class IllegalTransition extends Error {
  constructor(
    readonly status: string,
    readonly event: LifecycleEventType,
    readonly allowed: LifecycleEventType[],
  ) {
    super(`${event} not allowed from ${status}`);
  }
}

export interface TransitionInput {
  reportId: number;
  event: LifecycleEvent;
  /** When it happened (ISO instant); may be back-dated for paper records. */
  at: string;
  /** When it was typed in. */
  recordedAt: string;
  actor: string;
  note?: string;
  officerId?: number;
  /** assign: the officer's unit, which becomes the report's unit. */
  unitId?: number;
  details?: Record<string, unknown>;
  /** National id of an event pulled from the national system (idempotent pull). */
  nationalId?: string;
  /** Runs inside the same transaction after the event row exists (e.g. attachment rows). */
  withEvent?: (eventId: number) => void;
}

export interface TransitionResult {
  from: Status;
  to: Status;
  eventId: number;
  /** A reply to a followed-up report: whether it re-opened it, or why it is history only. */
  reply?: ReplyEffect;
}

interface FactsRow {
  status: string;
  received_at: string;
  followup_from: string | null;
  last_followup_at: string | null;
  last_followup_final: number;
  reply_after_followup: number;
  responded_at: string | null;
  last_reply_at: string | null;
}

/*
 * The latest reporter's reply counts only while a final follow-up waits for the auto-close (the
 * CASE keeps the recompute of every report cheap); a reply after the window is history only
 * (replyEffect) and moves nothing.
 */
const lastReplyColumn = `CASE WHEN status = 'followed_up' AND last_followup_final = 1 THEN
  (SELECT max(e.at) FROM report_events e WHERE e.report_id = reports.id AND e.kind = 'reply'
    AND json_extract(e.details, '$.reply_effect') IS NOT 'afterWindow') END AS last_reply_at`;
const factsColumns = `status, received_at, followup_from, last_followup_at, last_followup_final, reply_after_followup, responded_at, ${lastReplyColumn}`;
const factsSql = `SELECT ${factsColumns} FROM reports WHERE id = ?`;

function factsOf(row: FactsRow): DeadlineFacts {
  return {
    status: row.status,
    receivedAt: row.received_at,
    followupFrom: row.followup_from,
    lastFollowupAt: row.last_followup_at,
    lastFollowupFinal: row.last_followup_final === 1,
    replyAfterFollowup: row.reply_after_followup === 1,
    lastReplyAt: row.last_reply_at,
  };
}

/** What the time order of a new step is checked against (precededEvent), read inside its transaction. */
export function timelineMarksOf(db: DB, reportId: number): TimelineMarks {
  const report = db.prepare('SELECT received_at FROM reports WHERE id = ?').get(reportId) as { received_at: string };
  const latest = db.prepare('SELECT kind, at FROM report_events WHERE report_id = ? ORDER BY at DESC, id DESC LIMIT 1').get(reportId) as
    { kind: string; at: string } | undefined;
  return { receivedAt: report.received_at, ...(latest ? { latest } : {}) };
}

const updateDeadlinesSql = 'UPDATE reports SET verify_by = ?, followup_by = ?, auto_close_on = ?, complete_by = ?, due_kind = ?, due_date = ? WHERE id = ?';

function writeDeadlines(update: Statement, reportId: number, facts: DeadlineFacts, env: DeadlineEnv): void {
  const d = deadlinesOf(facts, env);
  update.run(d.verifyBy, d.followupBy, d.autoCloseOn, d.completeBy, d.dueKind, d.dueDate, reportId);
}

/** Recomputes one report's deadlines; call inside a write transaction. */
export function recomputeDeadlines(db: DB, reportId: number, env: DeadlineEnv): void {
  const row = db.prepare(factsSql).get(reportId) as FactsRow | undefined;
  if (row) writeDeadlines(db.prepare(updateDeadlinesSql), reportId, factsOf(row), env);
}

/** One page of reports' deadline facts after `afterId`, in id order (the app recomputes page by page). */
export function deadlineFactsPage(db: DB, afterId: number, limit: number): (DeadlineFacts & { id: number })[] {
  const rows = db.prepare(`SELECT id, ${factsColumns} FROM reports WHERE id > ? ORDER BY id LIMIT ?`).all(afterId, limit) as (FactsRow & { id: number })[];
  return rows.map((row) => ({ ...factsOf(row), id: row.id }));
}

/** Stores the deadlines of these reports as computed with `env`; call inside a write transaction. */
export function writeDeadlinesOf(db: DB, reports: readonly (DeadlineFacts & { id: number })[], env: DeadlineEnv): void {
  const update = db.prepare(updateDeadlinesSql);
  for (const facts of reports) writeDeadlines(update, facts.id, facts, env);
}

/**
 * Whether a re-assignment keeps the follow-up clock: a report already with a unit's officer, handed
 * to another officer of the same unit, keeps counting from that unit's disposition (unless the
 * agency chose sla.reassign_restarts_clock). A move to another unit starts a new clock.
 */
function keepsClock(db: DB, input: TransitionInput, from: Status, row: FactsRow, env: DeadlineEnv): boolean {
  if (input.event.type !== 'assign' || env.policy.reassignRestartsClock || row.followup_from === null) return false;
  if (from !== 'assigned' && from !== 'in_progress') return false;
  const current = db.prepare('SELECT unit_id FROM reports WHERE id = ?').get(input.reportId) as { unit_id: number | null };
  return input.unitId === undefined || input.unitId === current.unit_id;
}

/** A reply to a followed-up report, told whether it falls in the reporter's window (replyEffect). */
function judgedReply(row: FactsRow, input: TransitionInput, env: DeadlineEnv): { event: LifecycleEvent; effect: ReplyEffect } {
  const autoCloseOn = deadlinesOf(factsOf(row), env).autoCloseOn;
  const effect = replyEffect({ at: input.at, localDate: localDateOf(input.at, env.timeZone) }, { lastAt: row.last_followup_at, autoCloseOn });
  return { event: { type: 'reply', reopens: effect === 'reopens' }, effect };
}

/** Column changes an event makes besides the status. */
function columnChanges(event: LifecycleEvent, from: Status, input: TransitionInput, keepClock: boolean): Record<string, string | number | null> {
  const at = input.at;
  switch (event.type) {
    case 'assign':
      return {
        officer_id: input.officerId ?? null,
        assigned_at: at,
        ...(keepClock ? {} : { followup_from: at }),
        ...(input.unitId === undefined ? {} : { unit_id: input.unitId }),
      };
    case 'respond':
      return { responded_at: at };
    case 'followup':
      return { last_followup_at: at, last_followup_final: event.final ? 1 : 0, reply_after_followup: 0 };
    case 'reply':
      // A reply re-opens a followed-up report: the unit's follow-up clock starts again.
      return from === 'followed_up' && event.reopens !== false ? { reply_after_followup: 1, followup_from: at } : {};
    case 'close':
    case 'autoClose':
      return { closed_at: at };
    case 'reject':
      return { closed_at: at, status_reason: event.reason };
    case 'forward':
      return { closed_at: at, status_reason: input.note ?? null, forwarded_to: String(input.details?.to ?? '') || null };
    case 'reopen':
      return { closed_at: null, followup_from: at, reply_after_followup: 0 };
    default:
      return {};
  }
}

/**
 * What the recap measures on this step, from the report as it is before the step (migration 010):
 * the start of the clock it stops (a verification: the re-opening that sent the report back to
 * intake, NULL from receipt; the unit's first follow-up since its clock started: that start), and
 * whether it is the report's first response.
 */
function clockOf(type: LifecycleEventType, row: FactsRow): { clockFrom: string | null; firstResponse: number } {
  const firstResponse = (type === 'respond' || type === 'followup') && row.responded_at === null ? 1 : 0;
  if (type === 'verify') return { clockFrom: row.followup_from, firstResponse };
  const started = row.followup_from !== null && (row.last_followup_at === null || row.last_followup_at < row.followup_from);
  return { clockFrom: type === 'followup' && started ? row.followup_from : null, firstResponse };
}

const eventKinds: Record<LifecycleEventType, string> = {
  verify: 'verify',
  assign: 'assign',
  respond: 'respond',
  followup: 'followup',
  reply: 'reply',
  close: 'close',
  autoClose: 'auto_close',
  reject: 'reject',
  forward: 'forward',
  reopen: 'reopen',
};

/**
 * Applies one lifecycle event: checks it against the state machine on the row as it is inside the
 * caller's write transaction (app/transitions.ts), writes the timeline event, updates the report
 * and its deadlines, and queues what the national system must learn (responses, follow-ups,
 * forwarding).
 */
export function applyTransition(db: DB, input: TransitionInput, env: DeadlineEnv): TransitionResult {
  const row = db.prepare(factsSql).get(input.reportId) as FactsRow | undefined;
  if (!row) throw new Error(`report ${input.reportId} vanished`);
  const from = isStatus(row.status) ? row.status : 'recorded';
  const reply = input.event.type === 'reply' && from === 'followed_up' ? judgedReply(row, input, env) : undefined;
  const event = reply?.event ?? input.event;
  const result = nextStatus(from, event);
  if (!result.ok) throw new IllegalTransition(row.status, input.event.type, result.allowed);
  const keepClock = keepsClock(db, input, from, row, env);

  const final = input.event.type === 'followup' && input.event.final ? 1 : 0;
  const clock = clockOf(input.event.type, row);
  const info = db
    .prepare(
      `INSERT INTO report_events (report_id, kind, at, recorded_at, actor, officer_id, note, final, from_status, to_status, national_id, details, clock_from, first_response)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      input.reportId,
      eventKinds[input.event.type],
      input.at,
      input.recordedAt,
      input.actor,
      input.officerId ?? null,
      input.note ?? null,
      final,
      from,
      result.status,
      input.nationalId ?? null,
      JSON.stringify({
        ...(input.event.type === 'reject' ? { reason: input.event.reason } : {}),
        ...(reply ? { reply_effect: reply.effect } : {}),
        ...(keepClock ? { clock_kept_from: row.followup_from } : {}),
        ...input.details,
      }),
      clock.clockFrom,
      clock.firstResponse,
    );
  const eventId = Number(info.lastInsertRowid);
  input.withEvent?.(eventId);

  const changes = { ...columnChanges(event, from, input, keepClock), status: result.status, updated_at: input.recordedAt, updated_by: input.actor };
  const sets = Object.keys(changes)
    .map((c) => `${c} = ?`)
    .join(', ');
  db.prepare(`UPDATE reports SET ${sets} WHERE id = ?`).run(...Object.values(changes), input.reportId);
  // The first response is the earliest of an explicit response and the first follow-up.
  if (input.event.type === 'followup') db.prepare('UPDATE reports SET responded_at = coalesce(responded_at, ?) WHERE id = ?').run(input.at, input.reportId);
  recomputeDeadlines(db, input.reportId, env);

  // Events pulled from the national system are not sent back.
  if (input.nationalId === undefined) {
    const kind = input.event.type === 'respond' || input.event.type === 'followup' ? 'followup' : input.event.type === 'forward' ? 'forward' : undefined;
    if (kind) enqueue(db, { reportId: input.reportId, eventId, kind, at: input.recordedAt });
  }
  // A local step can make the two records disagree (a close the national one does not show) or agree again.
  refreshMismatch(db, input.reportId, input.recordedAt);
  return { from, to: result.status, eventId, ...(reply ? { reply: reply.effect } : {}) };
}

export interface StoredEvent {
  id: number;
  kind: string;
  at: string;
  recordedAt: string;
  actor: string;
  officerId?: number;
  officerName?: string;
  note?: string;
  final: boolean;
  fromStatus?: string;
  toStatus?: string;
  nationalId?: string;
  details: Record<string, unknown>;
}

export function eventsOf(db: DB, reportId: number): StoredEvent[] {
  const rows = db
    .prepare(
      `SELECT e.*, o.name AS officer_name FROM report_events e LEFT JOIN officers o ON o.id = e.officer_id
       WHERE e.report_id = ? ORDER BY e.at, e.id`,
    )
    .all(reportId) as {
    id: number;
    kind: string;
    at: string;
    recorded_at: string;
    actor: string;
    officer_id: number | null;
    officer_name: string | null;
    note: string | null;
    final: number;
    from_status: string | null;
    to_status: string | null;
    national_id: string | null;
    details: string;
  }[];
  return rows.map((r) => {
    const e: StoredEvent = {
      id: r.id,
      kind: r.kind,
      at: r.at,
      recordedAt: r.recorded_at,
      actor: r.actor,
      final: r.final === 1,
      details: JSON.parse(r.details) as Record<string, unknown>,
    };
    if (r.officer_id !== null) e.officerId = r.officer_id;
    if (r.officer_name !== null) e.officerName = r.officer_name;
    if (r.note !== null) e.note = r.note;
    if (r.from_status !== null) e.fromStatus = r.from_status;
    if (r.to_status !== null) e.toStatus = r.to_status;
    if (r.national_id !== null) e.nationalId = r.national_id;
    return e;
  });
}

/** Reports whose auto-close date has come as of `today` (agency-local). */
export function dueForAutoClose(db: DB, today: string): { id: number; ticket: string; autoCloseOn: string }[] {
  return db
    .prepare(
      "SELECT id, ticket, auto_close_on AS autoCloseOn FROM reports WHERE status = 'followed_up' AND auto_close_on IS NOT NULL AND auto_close_on <= ? ORDER BY auto_close_on, id",
    )
    .all(today) as { id: number; ticket: string; autoCloseOn: string }[];
}
