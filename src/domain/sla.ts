/** SLA deadlines of one report from the agency's policy and working calendar. */

import type { WorkingCalendar } from './calendar.js';
import { addCalendarDays } from './calendar.js';
import type { FieldProblem } from './problems.js';
import { fieldError, fieldWarning } from './problems.js';

/**
 * SLA deadlines of one report (DOMAIN.md "Deadlines"). Every period is counted from the day after
 * its start date (WorkingCalendar.addWorkingDays), so the start date itself is never a working day
 * of the period. Deadlines are agency-local dates: the report is on time through the whole deadline
 * day and one working day late on the next working day.
 */
export interface SlaPolicy {
  verifyDays: number;
  followupDays: number;
  autoCloseDays: number;
  completionDays: number;
  completionUnit: 'calendar' | 'working';
  /**
   * Re-assignment within the same unit restarts the follow-up clock (the old rule, for agencies
   * that want it). Default false: only a move to another unit starts a new clock, so handing a
   * report to a colleague cannot erase lateness.
   */
  reassignRestartsClock: boolean;
}

/**
 * Completion is "at most 60 days" in the national rules without a unit; calendar days is the
 * stricter and common reading, configurable per agency.
 */
export const defaultSlaPolicy: SlaPolicy = {
  verifyDays: 3,
  followupDays: 5,
  autoCloseDays: 10,
  completionDays: 60,
  completionUnit: 'calendar',
  reassignRestartsClock: false,
};

export interface SlaInput {
  receivedDate: string;
  /** Disposition date (report handed to a liaison officer). */
  assignedDate?: string;
  lastFollowupDate?: string;
  /** The unit marked its last tindak lanjut as final (not an interim response). */
  lastFollowupFinal?: boolean;
  /** The reporter replied after the last follow-up, which stops the auto-close clock. */
  replyAfterFollowup?: boolean;
  /**
   * A reporter's reply dated after the last follow-up that did not re-open the report (recorded
   * before a back-dated final follow-up, in databases from before the time-order rule): the
   * auto-close counts from the later of the two, so the reply is never silently ignored.
   */
  lastReplyDate?: string;
  status: string;
}

export interface Deadlines {
  verifyBy: string;
  followupBy?: string;
  autoCloseOn?: string;
  completeBy: string;
}

/**
 * Deadlines from the dates alone; `input.status` is not consulted here (currentDeadline picks which
 * one matters), so a history view can still show every deadline of a closed report.
 * A calendar-day completion deadline is not moved off weekends or holidays: "at most 60 days" is
 * a hard limit, and moving it would make it later than the rule allows.
 */
export function computeDeadlines(input: SlaInput, policy: SlaPolicy, cal: WorkingCalendar): Deadlines {
  const received = input.receivedDate;
  const deadlines: Deadlines = {
    verifyBy: cal.addWorkingDays(received, policy.verifyDays),
    completeBy: policy.completionUnit === 'working' ? cal.addWorkingDays(received, policy.completionDays) : addCalendarDays(received, policy.completionDays),
  };
  if (input.assignedDate !== undefined) {
    deadlines.followupBy = cal.addWorkingDays(input.assignedDate, policy.followupDays);
  }
  if (input.lastFollowupDate !== undefined && input.lastFollowupFinal === true && input.replyAfterFollowup !== true) {
    const from = input.lastReplyDate !== undefined && input.lastReplyDate > input.lastFollowupDate ? input.lastReplyDate : input.lastFollowupDate;
    deadlines.autoCloseOn = cal.addWorkingDays(from, policy.autoCloseDays);
  }
  return deadlines;
}

export type DueKind = 'verify' | 'followup' | 'complete';

const FINAL_STATUSES: ReadonlySet<string> = new Set(['done', 'rejected', 'forwarded']);
const AWAITING_FOLLOWUP: ReadonlySet<string> = new Set(['verified', 'assigned', 'in_progress']);

/**
 * The one deadline an admin must act on now, by local status:
 * - recorded -> verify.
 * - verified / assigned / in_progress -> the unit's follow-up once it has been assigned, else
 *   completion (a verified but unassigned report has no disposition deadline of its own, and
 *   completion is what it then runs late against).
 * - followed_up -> complete (auto-close is something the tool does, not something anyone is late on).
 * - done / rejected / forwarded -> none.
 * - any other status -> complete, so an unexpected status is still chased rather than forgotten.
 */
export function currentDeadline(status: string, d: Deadlines): { kind: DueKind; date: string } | undefined {
  if (FINAL_STATUSES.has(status)) return undefined;
  if (status === 'recorded') return { kind: 'verify', date: d.verifyBy };
  if (AWAITING_FOLLOWUP.has(status) && d.followupBy !== undefined) return { kind: 'followup', date: d.followupBy };
  return { kind: 'complete', date: d.completeBy };
}

/** Working days after the deadline up to and including today; 0 when today <= deadline. */
export function daysLate(deadline: string, today: string, cal: WorkingCalendar): number {
  return cal.workingDaysBetween(deadline, today);
}

/** Upper bounds that catch typos (300 instead of 30) without limiting any real agency rule. */
export const slaPolicyMax: Readonly<Record<Exclude<keyof SlaPolicy, 'completionUnit' | 'reassignRestartsClock'>, number>> = {
  verifyDays: 60,
  followupDays: 60,
  autoCloseDays: 60,
  completionDays: 365,
};

/**
 * Checks an agency's override (a partial policy: missing fields keep their defaults). Values come
 * from configuration files, so their runtime types are checked too. Field names are the policy keys.
 * Codes: sla.notPositiveInt, sla.tooLarge, sla.badUnit (errors); sla.completionTooShort (warning).
 */
export function validatePolicy(p: Partial<SlaPolicy>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of Object.keys(slaPolicyMax) as (keyof typeof slaPolicyMax)[]) {
    const value: unknown = p[field];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      problems.push(fieldError(field, 'sla.notPositiveInt', { field, value: String(value) }));
    } else if (value > slaPolicyMax[field]) {
      problems.push(fieldError(field, 'sla.tooLarge', { field, value, max: slaPolicyMax[field] }));
    }
  }
  const unit: unknown = p.completionUnit;
  if (unit !== undefined && unit !== 'calendar' && unit !== 'working') {
    problems.push(fieldError('completionUnit', 'sla.badUnit', { field: 'completionUnit', value: String(unit) }));
  }
  if (problems.length > 0) return problems;

  const merged: SlaPolicy = { ...defaultSlaPolicy, ...p };
  const needed = merged.verifyDays + merged.followupDays;
  // 5 working days per 7 calendar days, ignoring holidays: only meant to catch clear mistakes.
  const completionWorking = merged.completionUnit === 'working' ? merged.completionDays : Math.floor((merged.completionDays * 5) / 7);
  if (completionWorking < needed) {
    problems.push(
      fieldWarning('completionDays', 'sla.completionTooShort', {
        field: 'completionDays',
        value: merged.completionDays,
        needed,
      }),
    );
  }
  return problems;
}
