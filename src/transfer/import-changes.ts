/** What an import update changes, for the audit entry (personal data masked). */

import type { ReportDraft } from '../domain/report.js';
import { maskNik } from '../domain/nik.js';
import { maskPhone } from '../domain/phone.js';

type Shown = string | boolean | null;

/** The report fields of a draft as compared and shown in the audit trail: personal data masked. */
function view(d: ReportDraft): Record<string, { value: Shown; shown: Shown }> {
  const plain = (value: string | boolean | undefined) => ({ value: value ?? null, shown: value ?? null });
  const hidden = (value: string | undefined, mask: (v: string) => string) => ({ value: value ?? null, shown: value === undefined ? null : mask(value) });
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
    reporter_name: hidden(r.name, (v) => (d.confidential ? '(confidential)' : v)),
    nik: hidden(r.nik, maskNik),
    phone: hidden(r.phone, maskPhone),
    email: hidden(r.email, () => '(set)'),
    address: hidden(r.address, () => '(set)'),
  };
}

/**
 * What an import update changes, for the audit entry: `{field: {from, to}}`
 * with NIK and phone masked and email/address only as "(set)", as the audit
 * trail of `lapor edit` keeps them. An unreadable stored report counts as all changed.
 */
export function changesBetween(before: ReportDraft | undefined, after: ReportDraft): Record<string, { from: Shown; to: Shown }> {
  const a = view(after);
  const b = before ? view(before) : undefined;
  const changes: Record<string, { from: Shown; to: Shown }> = {};
  for (const [field, now] of Object.entries(a)) {
    const was = b?.[field];
    if (was && was.value === now.value) continue;
    changes[field] = { from: was?.shown ?? null, to: now.shown };
  }
  return changes;
}
