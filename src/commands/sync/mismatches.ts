/** `lapor sync status --mismatches`: reports whose local and national statuses disagree. */

import type { AppContext } from '../../context.js';
import { formatOf } from '../shared.js';
import { renderRows } from '../../io/render.js';
import { statusLabel } from '../../io/labels.js';
import { localDateTimeOf } from '../../domain/dates.js';
import { listMismatches, type Mismatch } from '../../store/mismatch-repo.js';

/**
 * Each report whose records disagree (domain/national-reconcile.ts `disagrees`): the local status,
 * the national one as last seen, and since when lapor has seen them disagree. Read-only: nothing
 * here asks the national system; the list is as fresh as the last pull.
 */
export async function runMismatches(ctx: AppContext, opts: { format?: string }): Promise<void> {
  const { io } = ctx;
  const format = formatOf(ctx, opts);
  const tz = ctx.settings().timezone;
  const rows = listMismatches(ctx.db());
  await renderRows<Mismatch>(
    io,
    format,
    [
      { key: 'ticket', label: 'field.ticket', value: (m) => m.ticket },
      { key: 'national_id', label: 'field.nationalId', value: (m) => m.nationalId },
      { key: 'local_status', label: 'sync.field.localStatus', value: (m) => m.localStatus, display: (m, i) => statusLabel(i, m.localStatus) },
      // The national name is the server's text, kept verbatim.
      { key: 'national_status', label: 'field.nationalStatus', value: (m) => m.nationalStatus, freeText: true },
      { key: 'since', label: 'sync.field.since', value: (m) => m.since, display: (m) => localDateTimeOf(m.since, tz) },
    ],
    rows,
  );
  if (format === 'table') io.say(rows.length ? 'sync.mismatchesHint' : 'sync.noMismatches');
}
