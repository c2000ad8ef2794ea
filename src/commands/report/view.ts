/** Masking and the stable JSON/table shape of a report. */

import type { IO } from '../../io/io.js';
import type { Column } from '../../io/render.js';
import type { StoredReport } from '../../domain/report-record.js';
import { localDateOf, localDateTimeOf } from '../../domain/dates.js';
import { hiddenBecause, reporterView, type ReporterView } from '../../domain/pii.js';
import { statusLabel } from '../../io/labels.js';

/** The label of a reporter in tables: the name as the policy shows it, or why it is withheld. */
export function reporterLabel(r: StoredReport, io: IO): string {
  const hidden = hiddenBecause(r);
  if (hidden) return io.t(hidden === 'anonymous' ? 'common.anonymous' : 'common.hidden');
  return reporterView(r, 'list').name ?? '';
}

/** The JSON `reporter` object: the masked view, or in full (with the number as typed) after an audited reveal. */
function reporterJson(r: StoredReport, reveal: boolean): ReporterView | Record<string, string | null> {
  if (!reveal || r.anonymous) return reporterView(r, 'show');
  const v = reporterView(r, 'reveal');
  return { name: v.name, nik: v.nik, phone: v.phone, phone_typed: r.reporter.phoneRaw ?? null, email: v.email, address: v.address };
}

export { statusLabel } from '../../io/labels.js';

/**
 * Table columns of `list`; a current deadline already past `today` is shown in red. At narrow
 * widths the title and reporter are cut first, then channel, unit and received are left out.
 */
export function listColumns(timeZone: string, today: string): Column<StoredReport>[] {
  return [
    { key: 'ticket', label: 'field.ticket', value: (r) => r.ticket },
    { key: 'received', label: 'field.received_at', value: (r) => localDateOf(r.receivedAt, timeZone), hide: 3 },
    { key: 'status', label: 'field.status', value: (r) => r.status, display: (r, io) => statusLabel(io, r.status) },
    { key: 'channel', label: 'field.channel', value: (r) => r.channel, hide: 1 },
    {
      key: 'due',
      label: 'field.due',
      value: (r) => r.workflow.dueDate ?? null,
      display: (r, io) => (r.workflow.dueDate && r.workflow.dueDate < today ? io.chalk.red(r.workflow.dueDate) : (r.workflow.dueDate ?? '')),
    },
    { key: 'unit', label: 'field.unit', value: (r) => r.unitCode ?? null, hide: 2 },
    { key: 'title', label: 'field.title', value: (r) => r.title, freeText: true },
    {
      key: 'reporter',
      label: 'field.reporter_name',
      value: (r) => reporterView(r, 'list').name,
      display: (r, io) => reporterLabel(r, io),
      freeText: true,
      // Wide enough for "(disembunyikan: rahasia)": a placeholder cut short says nothing.
      min: 24,
    },
  ];
}

/** The JSON shape of a report in `list`, `show` and (later) exports: stable keys, masked identity. */
export function reportJson(r: StoredReport, timeZone: string, reveal = false): Record<string, unknown> {
  return {
    ticket: r.ticket,
    status: r.status,
    classification: r.classification,
    channel: r.channel,
    title: r.title,
    description: r.description,
    category: r.category ?? null,
    received_at: r.receivedAt,
    received_local: localDateTimeOf(r.receivedAt, timeZone),
    incident_date: r.incidentDate ?? null,
    location: r.location ?? null,
    region: r.regionCode ?? null,
    unit: r.unitCode ?? null,
    ref: r.ref ?? null,
    anonymous: r.anonymous,
    confidential: r.confidential,
    reporter: reporterJson(r, reveal),
    officer: r.workflow.officerName ?? null,
    assigned_at: r.workflow.assignedAt ?? null,
    responded_at: r.workflow.respondedAt ?? null,
    last_followup_at: r.workflow.lastFollowupAt ?? null,
    closed_at: r.workflow.closedAt ?? null,
    status_reason: r.workflow.statusReason ?? null,
    forwarded_to: r.workflow.forwardedTo ?? null,
    deadlines: {
      verify_by: r.workflow.verifyBy ?? null,
      followup_by: r.workflow.followupBy ?? null,
      auto_close_on: r.workflow.autoCloseOn ?? null,
      complete_by: r.workflow.completeBy ?? null,
      current: r.workflow.dueDate ? { kind: r.workflow.dueKind, date: r.workflow.dueDate } : null,
    },
    national_id: r.national.id ?? null,
    tracking_id: r.national.trackingId ?? null,
    national_status: r.national.status ?? null,
    created_at: r.createdAt,
    created_by: r.createdBy,
    updated_at: r.updatedAt,
    updated_by: r.updatedBy,
  };
}
