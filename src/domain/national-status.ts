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

/** The national names that are final (normalized as `mapNationalStatus` compares them), for queries. */
export const finalNationalNames: readonly string[] = [...localByNationalName]
  .filter(([, local]) => local === 'done' || local === 'rejected')
  .map(([name]) => name);

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
 * Each label agrees with its local status (national-reconcile.ts `disagrees`).
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
