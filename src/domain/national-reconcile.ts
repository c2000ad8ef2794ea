/** Reconciliation: which lifecycle steps a national status implies, and when the two records disagree. */

import { finalStatuses, nextStatus, type LifecycleEvent, type Status } from './lifecycle.js';
import { mapNationalStatus } from './national-status.js';

/*
 * The national system's status is not copied onto the local one: it is translated into the
 * lifecycle events of lifecycle.ts that lead there, and only when the state machine allows each of
 * them and none needs something the national side does not say (an officer, a follow-up text).
 * Otherwise nothing changes and the two records disagree until someone acts: `disagrees` says
 * when, for the mismatch list (`lapor sync status --mismatches`).
 */

/**
 * How far each status is along the common path, as far as the national names can tell: the
 * national side shows assigned, in progress and followed up all as 'Dalam Proses'.
 */
const stage: Readonly<Record<Status, number>> = {
  recorded: 0,
  verified: 1,
  assigned: 2,
  in_progress: 2,
  followed_up: 2,
  done: 3,
  rejected: 3,
  forwarded: 3,
};

/** Whether both records are in the same final state (forwarding goes out through the national reject endpoint: 'Ditolak'). */
function sameFinal(local: Status, national: Status): boolean {
  return local === national || (local === 'forwarded' && national === 'rejected');
}

/**
 * Whether the local and national records disagree, the national status being the last one seen:
 * - an unknown national name cannot be judged: no;
 * - locally final: yes unless nationally final the same way (done: Selesai; rejected or
 *   forwarded: Ditolak/Diarsipkan). A local close the national record does not show yet is the
 *   case an admin must see: the national API has no endpoint to close a report;
 * - locally open: yes when the national record is final, or further along than the local one
 *   (nationally in process while nobody is assigned here). A national record behind the local
 *   one is the usual lag (verification and disposition are not sent), not a disagreement.
 */
export function disagrees(local: Status, nationalName: string): boolean {
  const mapped = mapNationalStatus(nationalName);
  if (!mapped.known) return false;
  if (finalStatuses.has(local)) return !(finalStatuses.has(mapped.local) && sameFinal(local, mapped.local));
  return finalStatuses.has(mapped.local) || stage[mapped.local] > stage[local];
}

/**
 * The lifecycle events that bring the local record to the national status, in order; [] when
 * nothing is to be done (same state, national behind, unknown name) or when no legal path exists
 * (then `disagrees` tells whether it is a mismatch). Each event is checked against the state
 * machine, so this never allows what `lapor` itself would refuse.
 */
export function nationalSteps(local: Status, nationalName: string): LifecycleEvent[] {
  const mapped = mapNationalStatus(nationalName);
  if (!mapped.known || !disagrees(local, nationalName)) return [];
  const wanted: LifecycleEvent | undefined =
    mapped.local === 'verified'
      ? { type: 'verify' }
      : mapped.local === 'done'
        ? { type: 'close' }
        : mapped.local === 'rejected'
          ? { type: 'reject', reason: 'other' }
          : undefined;
  // 'Dalam Proses' on a report nobody is assigned to here would need an officer: no path.
  if (wanted === undefined) return [];
  const step = nextStatus(local, wanted);
  return step.ok && step.status === mapped.local ? [wanted] : [];
}

/** Locally final reports whose national record is not final yet are checked this many times less often. */
export const settledPollFactor = 8;

/** The check-time cutoffs of a pull: open reports and locally final ones (undefined: all, --force). */
export function pollCutoffs(now: Date, pollHours: number, force: boolean): { openBefore?: string; finalBefore?: string } {
  if (force) return {};
  const before = (hours: number) => new Date(now.getTime() - hours * 3600_000).toISOString();
  return { openBefore: before(pollHours), finalBefore: before(pollHours * settledPollFactor) };
}
