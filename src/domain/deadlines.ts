/** A report's stored deadlines from its facts, the SLA policy and the calendar. */

import type { WorkingCalendar } from './calendar.js';
import { computeDeadlines, currentDeadline, type SlaPolicy } from './sla.js';
import { localDateOf } from './dates.js';

/** The stored deadline columns of a report. */
export interface DeadlineColumns {
  verifyBy: string;
  followupBy: string | null;
  autoCloseOn: string | null;
  completeBy: string;
  dueKind: string | null;
  dueDate: string | null;
}

/** What deadlines depend on: instants as stored (ISO UTC), turned into agency-local dates here. */
export interface DeadlineFacts {
  status: string;
  receivedAt: string;
  followupFrom?: string | null;
  lastFollowupAt?: string | null;
  lastFollowupFinal: boolean;
  replyAfterFollowup: boolean;
  /** The latest reporter's reply that may delay the auto-close (the store leaves out replies after the window). */
  lastReplyAt?: string | null;
}

export interface DeadlineEnv {
  timeZone: string;
  policy: SlaPolicy;
  calendar: WorkingCalendar;
}

export function deadlinesOf(f: DeadlineFacts, env: DeadlineEnv): DeadlineColumns {
  const local = (instant: string | null | undefined) => (instant ? localDateOf(instant, env.timeZone) : undefined);
  // Only a reply dated after the last follow-up delays the auto-close; an earlier one was answered.
  const laterReply = f.lastReplyAt && f.lastFollowupAt && f.lastReplyAt > f.lastFollowupAt ? f.lastReplyAt : undefined;
  const d = computeDeadlines(
    {
      receivedDate: local(f.receivedAt)!,
      assignedDate: local(f.followupFrom),
      lastFollowupDate: local(f.lastFollowupAt),
      lastFollowupFinal: f.lastFollowupFinal,
      replyAfterFollowup: f.replyAfterFollowup,
      lastReplyDate: local(laterReply),
      status: f.status,
    },
    env.policy,
    env.calendar,
  );
  const current = currentDeadline(f.status, d);
  return {
    verifyBy: d.verifyBy,
    followupBy: d.followupBy ?? null,
    // Only a report waiting in followed_up can close by itself.
    autoCloseOn: f.status === 'followed_up' ? (d.autoCloseOn ?? null) : null,
    completeBy: d.completeBy,
    dueKind: current?.kind ?? null,
    dueDate: current?.date ?? null,
  };
}
