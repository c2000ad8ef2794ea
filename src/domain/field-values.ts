/** Reads and writes field values of drafts and stored reports through the field table (fields.ts). */

import { reportFields, type FieldSlot, type FieldSpec, type ReportFieldName } from './fields.js';
import type { RawReport, ReportDraft } from './report.js';
import type { StoredReport } from './report-record.js';

type Holder = ReportDraft | StoredReport;

function isStored(r: Holder): r is StoredReport {
  return 'ticket' in r;
}

export function slotValue(r: object & { reporter: object }, slot: FieldSlot): unknown {
  return ((slot.reporter ? r.reporter : r) as Record<string, unknown>)[slot.key];
}

/** A field's value: the first slot of a draft, or the `stored` key of a stored report (the unit's code). */
export function fieldValue(r: Holder, f: FieldSpec): unknown {
  if (isStored(r) && f.stored !== undefined) return (r as unknown as Record<string, unknown>)[f.stored];
  return slotValue(r, f.slots[0]!);
}

/** The stored report as the raw input that would create it, so an edit or import update re-validates the whole record. */
export function rawOfStored(r: StoredReport): RawReport {
  const raw: RawReport = {};
  for (const f of reportFields) {
    const typed =
      f.typed === undefined
        ? undefined
        : slotValue(
            r,
            f.slots.find((s) => s.key === f.typed)!,
          );
    const value = typed ?? fieldValue(r, f);
    if (value !== undefined && value !== null) raw[f.name as ReportFieldName] = value as string | boolean;
  }
  return raw;
}
