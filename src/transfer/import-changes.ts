/** What an import update changes, for the audit entry (personal data masked). */

import type { ReportDraft } from '../domain/report.js';
import { auditFlags, auditValue, type PiiFlags } from '../domain/pii.js';

type Shown = string | boolean | null;

/** The report fields of a draft as compared, and as the audit trail shows them under `flags` (pii.ts). */
function view(d: ReportDraft, flags: PiiFlags): Record<string, { value: Shown; shown: Shown }> {
  const plain = (value: string | boolean | undefined) => ({ value: value ?? null, shown: value ?? null });
  const hidden = (field: string, value: string | undefined) => ({ value: value ?? null, shown: (auditValue(field, value, flags) as Shown | undefined) ?? null });
  const r = d.reporter;
  return {
    title: plain(d.title),
    description: plain(d.description),
    classification: plain(d.classification),
    channel: plain(d.channel),
    category: plain(d.category),
    received_at: plain(d.receivedAt),
    incident_date: plain(d.incidentDate),
    location: plain(d.location),
    region: plain(d.regionCode),
    unit: plain(d.unit),
    ref: plain(d.ref),
    anonymous: plain(d.anonymous),
    confidential: plain(d.confidential),
    reporter_name: hidden('reporter_name', r.name),
    nik: hidden('nik', r.nik),
    phone: hidden('phone', r.phone),
    email: hidden('email', r.email),
    address: hidden('address', r.address),
  };
}

/**
 * What an import update changes, for the audit entry: `{field: {from, to}}` with identity as
 * the personal-data policy keeps it in the audit trail, as for `lapor edit`. An unreadable
 * stored report counts as all changed.
 */
export function changesBetween(before: ReportDraft | undefined, after: ReportDraft): Record<string, { from: Shown; to: Shown }> {
  const flags = auditFlags(before, after);
  const a = view(after, flags);
  const b = before ? view(before, flags) : undefined;
  const changes: Record<string, { from: Shown; to: Shown }> = {};
  for (const [field, now] of Object.entries(a)) {
    const was = b?.[field];
    if (was && was.value === now.value) continue;
    changes[field] = { from: was?.shown ?? null, to: now.shown };
  }
  return changes;
}
