import type { IO } from './io.js';

/** A report status in the user's language; an unknown (newer) status shows as stored. */
export function statusLabel(io: IO, status: string): string {
  const key = `status.${status}`;
  const label = io.t(key);
  return label === key ? status : label;
}
