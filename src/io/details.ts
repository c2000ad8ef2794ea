/** Audit and event details as one line for people: field names and vocabulary words in their language, instants in agency time. */

import type { IO } from './io.js';
import { fieldLabel, valueLabel } from './labels.js';
import { humanIfInstant } from '../domain/dates.js';

/** Changed fields as "Field: from -> to"; other details as "Name: value". */
export function describeDetails(io: IO, details: Record<string, unknown>, tz: string): string {
  const shown = (name: string, v: unknown) => (typeof v === 'string' ? humanIfInstant(valueLabel(io, name, v), tz) : valueLabel(io, name, v));
  const changes = details.changes as Record<string, { from: unknown; to: unknown }> | undefined;
  if (changes)
    return Object.entries(changes)
      .map(([k, v]) => `${fieldLabel(io, k)}: ${shown(k, v.from)} -> ${shown(k, v.to)}`)
      .join('; ');
  return Object.entries(details)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${fieldLabel(io, k)}: ${shown(k, v)}`)
    .join('; ');
}
