/** National status names mapped onto the local lifecycle. */

import type { Status } from './lifecycle.js';

/**
 * The national API's numeric status_code is undocumented, so statuses are matched by name only.
 * Unknown names are not an error: the caller stores the name verbatim and keeps its local status.
 */
export type NationalStatusMapping = { known: true; local: Status } | { known: false; local?: undefined };

// A Map rather than an object literal so names such as "constructor" cannot match a prototype key.
const localByNationalName: ReadonlyMap<string, Status> = new Map<string, Status>([
  ['belum terverifikasi', 'recorded'],
  ['terverifikasi', 'verified'],
  ['dalam proses', 'in_progress'],
  ['selesai', 'done'],
  ['ditolak', 'rejected'],
  // Archived reports are closed without action, which locally is a rejection.
  ['diarsipkan', 'rejected'],
]);

function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function mapNationalStatus(name: string): NationalStatusMapping {
  const local = localByNationalName.get(normalizeName(name));
  return local === undefined ? { known: false } : { known: true, local };
}

/**
 * The national label shown next to a local status. The national lifecycle is coarser than ours:
 * - assigned, in_progress and followed_up all show as 'Dalam Proses' (nationally a disposed report
 *   is simply being processed until it is finished);
 * - forwarded shows as 'Ditolak', because forwarding goes through the national reject endpoint
 *   (`not_authority: 1`), so that is the name the national system will report back.
 * Each label maps back through `reconcileStatus` without changing the local status.
 */
export const nationalStatusNames: Readonly<Record<Status, string>> = {
  recorded: 'Belum Terverifikasi',
  verified: 'Terverifikasi',
  assigned: 'Dalam Proses',
  in_progress: 'Dalam Proses',
  followed_up: 'Dalam Proses',
  done: 'Selesai',
  rejected: 'Ditolak',
  forwarded: 'Ditolak',
};

/**
 * The local statuses a national status name stands for (`list --status 'Dalam Proses'`): every
 * status the national system shows under that name, or the one it maps to when no local status
 * shows under it ('Diarsipkan'); empty for a name it does not know.
 */
export function localStatusesOf(nationalName: string): Status[] {
  const name = normalizeName(nationalName);
  const shown = (Object.keys(nationalStatusNames) as Status[]).filter((s) => normalizeName(nationalStatusNames[s]) === name);
  if (shown.length) return shown;
  const mapped = mapNationalStatus(name);
  return mapped.known ? [mapped.local] : [];
}

/**
 * Merge the status pulled from the national system into the local one. Rules, first match wins:
 * 1. A forwarded report never moves: the national side shows it as 'Ditolak' (see above), and
 *    taking that would lose the fact that it went to another agency.
 * 2. Unknown national name: keep local (the caller keeps the name verbatim).
 * 3. National done/rejected ('Selesai', 'Ditolak', 'Diarsipkan'): take it; closing is a national
 *    decision and it wins over anything local, including another local final status.
 * 4. National recorded ('Belum Terverifikasi'): keep local. Our lifecycle starts at recorded, so
 *    this can only ever mean "the national side has not caught up yet".
 * 5. National verified/in_progress ('Terverifikasi', 'Dalam Proses'):
 *    a. local recorded or verified: take national (it is the same or further along);
 *    b. local assigned, in_progress or followed_up: keep local, which is more detailed than the
 *       national status and never behind it;
 *    c. local done or rejected: keep local. The national API has no endpoint to close or reject,
 *       so the national status lags behind these local decisions; undoing them on every pull
 *       would bypass `reopen`. A reporter's reply shows up as a follow-up, not as a status.
 */
export function reconcileStatus(local: Status, nationalName: string): { status: Status; changed: boolean } {
  const status = resolveStatus(local, nationalName);
  return { status, changed: status !== local };
}

function resolveStatus(local: Status, nationalName: string): Status {
  if (local === 'forwarded') return local;
  const mapped = mapNationalStatus(nationalName);
  if (!mapped.known) return local;
  switch (mapped.local) {
    case 'done':
    case 'rejected':
      return mapped.local;
    case 'verified':
    case 'in_progress':
      return local === 'recorded' || local === 'verified' ? mapped.local : local;
    default:
      // 'recorded' (rule 4), and any status the name table may gain later: the safe choice is
      // to leave the local lifecycle alone.
      return local;
  }
}
