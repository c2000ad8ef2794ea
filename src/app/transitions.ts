/** Lifecycle transitions and the auto-close run, each in one IMMEDIATE transaction. */

import type { AppContext } from '../context.js';
import type { StoredReport } from '../domain/report-record.js';
import { endOfLocalDay, localDateOf } from '../domain/dates.js';
import { writeTransaction } from '../store/database.js';
import { applyTransition, dueForAutoClose, timelineMarksOf, type TransitionInput, type TransitionResult } from '../store/workflow-repo.js';
import type { DB } from '../store/database.js';
import { precededEvent, type TimelineMark } from '../domain/lifecycle.js';
import { insertAttachmentRow, type PreparedAttachment } from '../store/attachments.js';
import { deadlinesForWrite } from './deadlines.js';

export { IllegalTransition, type TransitionResult } from '../store/workflow-repo.js';

/** One lifecycle step as a command asks for it; who and when-recorded come from the context. */
export type TransitionRequest = Omit<TransitionInput, 'reportId' | 'recordedAt' | 'actor' | 'withEvent'> & {
  /** Files already copied into the store (prepareAttachmentFor), linked to the event in its transaction. */
  attachments?: readonly PreparedAttachment[];
};

/**
 * Applies one lifecycle event to a report in one IMMEDIATE transaction (event row, report columns,
 * deadlines, outbox). Throws IllegalTransition when the state machine refuses it.
 */
export function transition(ctx: AppContext, report: Pick<StoredReport, 'id'>, request: TransitionRequest): TransitionResult {
  const db = ctx.db();
  const env = deadlinesForWrite(ctx);
  const { attachments = [], ...step } = request;
  const recordedAt = ctx.clock().toISOString();
  const actor = ctx.actor();
  const input: TransitionInput = {
    ...step,
    reportId: report.id,
    recordedAt,
    actor,
    withEvent: (eventId) => {
      for (const file of attachments) insertAttachmentRow(db, { ...file, reportId: report.id, eventId, actor, at: recordedAt });
    },
  };
  return writeTransaction(db, () => {
    checkTimeOrder(db, input);
    return applyTransition(db, input, env);
  });
}

/** A step dated before an event already on the report's timeline (or its receipt: kind `receipt`). */
export class StepOutOfOrder extends Error {
  constructor(
    readonly at: string,
    readonly earlier: TimelineMark,
  ) {
    super(`step at ${at} precedes ${earlier.kind} at ${earlier.at}`);
  }
}

/**
 * The time order of every local step (domain/lifecycle.ts precededEvent), checked on the timeline
 * as it is inside the step's write transaction. Events from the national system (nationalId) are
 * dated there and recorded as they come.
 */
function checkTimeOrder(db: DB, input: TransitionInput): void {
  if (input.nationalId !== undefined) return;
  const earlier = precededEvent({ type: input.event.type, at: input.at }, timelineMarksOf(db, input.reportId));
  if (earlier) throw new StepOutOfOrder(input.at, earlier);
}

export interface AutoCloseResult {
  closed: { ticket: string; autoCloseOn: string }[];
  autoCloseDays: number;
}

/**
 * `close --auto`: every followed-up report whose auto-close date has come (agency-local today),
 * closed one transaction each so a concurrent step on one report cannot undo the others. The
 * report closes when its window ended (the end of the auto-close day, agency-local), whenever the
 * command happens to run; the run's own time is the event's recorded_at. Completion times in
 * exports and recaps would otherwise grow with every day nobody ran it. Run on the auto-close day
 * itself it closes now: a closing time in the future would be a fact not yet true.
 */
export function autoClose(ctx: AppContext, opts: { dryRun: boolean; note: (days: number) => string }): AutoCloseResult {
  // A dry run writes nothing, not even a deadline repair.
  const env = opts.dryRun ? ctx.deadlines().env() : deadlinesForWrite(ctx);
  const days = env.policy.autoCloseDays;
  const due = dueForAutoClose(ctx.db(), localDateOf(ctx.clock(), env.timeZone));
  const now = ctx.clock().toISOString();
  const closingTime = (autoCloseOn: string) => [endOfLocalDay(autoCloseOn, env.timeZone), now].sort()[0]!;
  if (!opts.dryRun)
    for (const report of due) transition(ctx, report, { event: { type: 'autoClose' }, at: closingTime(report.autoCloseOn), note: opts.note(days) });
  return { closed: due.map((r) => ({ ticket: r.ticket, autoCloseOn: r.autoCloseOn })), autoCloseDays: days };
}
