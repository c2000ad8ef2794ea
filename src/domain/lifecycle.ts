/**
 * The report lifecycle as a pure state machine. Where the history, deadlines and the chain of
 * assignments live is someone else's concern: this module only says which status an event leads
 * to, or which events would have been legal instead.
 */

export const statuses = ['recorded', 'verified', 'assigned', 'in_progress', 'followed_up', 'done', 'rejected', 'forwarded'] as const;
export type Status = (typeof statuses)[number];

/**
 * Final statuses take no work events: the only way out is an explicit `reopen`, so a late reply
 * or a stray follow-up cannot silently revive a closed case.
 */
export const finalStatuses: ReadonlySet<Status> = new Set<Status>(['done', 'rejected', 'forwarded']);

/** Canonical (English) codes; Indonesian aliases typed at the CLI are mapped in vocabulary.ts. */
export const rejectReasons = ['vague', 'irrelevant', 'duplicate', 'other'] as const;
export type RejectReason = (typeof rejectReasons)[number];

export type LifecycleEvent =
  | { type: 'verify' }
  | { type: 'assign' }
  | { type: 'respond' }
  | { type: 'followup'; final: boolean }
  | { type: 'reply'; reopens?: boolean }
  | { type: 'close' }
  | { type: 'autoClose' }
  | { type: 'reject'; reason: RejectReason }
  | { type: 'forward' }
  | { type: 'reopen' };
export type LifecycleEventType = LifecycleEvent['type'];

export type TransitionResult = { ok: true; status: Status } | { ok: false; allowed: LifecycleEventType[] };

/**
 * The whole machine: event -> (from -> to). Anything not listed is illegal. Keys are in the order
 * the CLI lists allowed events (moving the report forward first, then re-assignment and the side
 * exits, reopen last), so `allowedEvents` needs no separate ordering.
 */
const transitions: Readonly<Record<LifecycleEventType, Readonly<Partial<Record<Status, Status>>>>> = {
  verify: { recorded: 'verified' },
  respond: { assigned: 'in_progress' },
  // `final` on the event only feeds the auto-close deadline; the status is the same either way.
  followup: { assigned: 'followed_up', in_progress: 'followed_up', followed_up: 'followed_up' },
  // A reply re-opens a followed-up report; before that it is only history. Final statuses are
  // left out on purpose: the admin must `reopen` first.
  reply: {
    recorded: 'recorded',
    verified: 'verified',
    assigned: 'assigned',
    in_progress: 'in_progress',
    followed_up: 'in_progress',
  },
  close: { followed_up: 'done' },
  autoClose: { followed_up: 'done' },
  // Re-assignment keeps the status; the chain of officers is recorded outside this module.
  assign: { verified: 'assigned', assigned: 'assigned', in_progress: 'assigned' },
  reject: { recorded: 'rejected', verified: 'rejected', assigned: 'rejected', in_progress: 'rejected' },
  forward: { recorded: 'forwarded', verified: 'forwarded', assigned: 'forwarded', in_progress: 'forwarded' },
  // A rejected or forwarded report was never worked on here, so it starts over from intake.
  reopen: { done: 'in_progress', followed_up: 'in_progress', rejected: 'recorded', forwarded: 'recorded' },
};

/** Every event type, in the order the CLI lists them. */
export const eventTypes: readonly LifecycleEventType[] = Object.keys(transitions) as LifecycleEventType[];

export function allowedEvents(current: Status): LifecycleEventType[] {
  return eventTypes.filter((type) => transitions[type][current] !== undefined);
}

export function nextStatus(current: Status, event: LifecycleEvent): TransitionResult {
  // A reply outside the window (replyEffect) is history on a followed-up report, not a re-opening.
  if (event.type === 'reply' && event.reopens === false && current === 'followed_up') return { ok: true, status: current };
  const status = transitions[event.type][current];
  return status === undefined ? { ok: false, allowed: allowedEvents(current) } : { ok: true, status };
}

/**
 * What a reporter's reply does to a followed-up report:
 * - `reopens`: dated after the last follow-up and, when that one was final, no later than its
 *   auto-close date (the window the national rules give the reporter);
 * - `afterWindow`: dated after the auto-close date: the report is as good as done, so the reply is
 *   history only and the admin decides whether to `reopen`;
 * - `beforeFollowup`: dated (back-dated with --at) before the last follow-up, which already
 *   answered it: history only, never a re-opening with a deadline already past.
 * Instants are ISO UTC strings (they compare as text); dates are agency-local YYYY-MM-DD.
 */
export type ReplyEffect = 'reopens' | 'afterWindow' | 'beforeFollowup';

export function replyEffect(reply: { at: string; localDate: string }, followup: { lastAt?: string | null; autoCloseOn?: string | null }): ReplyEffect {
  if (followup.lastAt && reply.at < followup.lastAt) return 'beforeFollowup';
  if (followup.autoCloseOn && reply.localDate > followup.autoCloseOn) return 'afterWindow';
  return 'reopens';
}

/** An event already on a report's timeline (its stored kind, e.g. `followup`, `reply`, `national_status`). */
export interface TimelineMark {
  kind: string;
  at: string;
}

/** What a new step's date is checked against: the receipt and the latest event of the timeline. */
export interface TimelineMarks {
  receivedAt: string;
  latest?: TimelineMark;
}

/**
 * Time order: a step may not be dated before the receipt (kind `receipt`) nor before the latest
 * event of the report's timeline (a previous step, a reporter's reply, a national change). A step
 * back-dated behind them would be judged against facts that did not exist yet: an assignment before
 * the verification, or a final follow-up before a reply, which would reset the reply and let
 * `close --auto` close at once. Exempt from the timeline part: the reporter's reply, recorded
 * whenever the paper arrives and judged by replyEffect, and the auto-close, whose time this tool
 * computes from the follow-up. Typed times have minute precision, so the latest event counts from
 * the start of its minute (`--at "09:00"` after a step recorded at 09:00:35 is not "before" it).
 * Returns the event the step would precede, or undefined when the order holds.
 */
export function precededEvent(step: { type: LifecycleEventType; at: string }, marks: TimelineMarks): TimelineMark | undefined {
  if (step.type === 'autoClose') return undefined;
  if (step.at < marks.receivedAt) return { kind: 'receipt', at: marks.receivedAt };
  const latest = marks.latest;
  if (step.type === 'reply' || latest === undefined) return undefined;
  return step.at < startOfMinute(latest.at) ? latest : undefined;
}

/** `2026-12-09T01:00:35.123Z` -> `2026-12-09T01:00:00.000Z` (ISO UTC instants, as stored). */
function startOfMinute(at: string): string {
  return `${at.slice(0, 16)}:00.000Z`;
}

/** Guards for values read back from the database or typed by a user. */
export function isStatus(value: string): value is Status {
  return (statuses as readonly string[]).includes(value);
}

export function isRejectReason(value: string): value is RejectReason {
  return (rejectReasons as readonly string[]).includes(value);
}
