/** Audit and event details as one line for people: changes as "field: from -> to", the rest as key=value. */

import { humanIfInstant } from '../domain/dates.js';

/** Changed fields as "field: from -> to"; other details as key=value; stored instants in agency time. */
export function describeDetails(details: Record<string, unknown>, tz: string): string {
  const shown = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : humanIfInstant(String(v ?? '-'), tz));
  const changes = details.changes as Record<string, { from: unknown; to: unknown }> | undefined;
  if (changes)
    return Object.entries(changes)
      .map(([k, v]) => `${k}: ${shown(v.from)} -> ${shown(v.to)}`)
      .join('; ');
  return Object.entries(details)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${shown(v)}`)
    .join(' ');
}
