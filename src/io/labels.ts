/** Labels of stored values (a report status) in the user's language. */

import type { IO } from './io.js';

/** A report status in the user's language; an unknown (newer or national) status shows as stored. */
export function statusLabel(io: IO, status: string): string {
  return io.tOr(`status.${status}`, status);
}
