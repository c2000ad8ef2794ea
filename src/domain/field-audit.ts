/** What the audit trail keeps of report fields, driven by the field table's `audit` column. */

import { reportFields, type FieldSpec } from './fields.js';
import { fieldValue } from './field-values.js';
import { auditFlags, auditMarks, auditValue, type PiiFlags } from './pii.js';
import type { ReportDraft } from './report.js';
import type { StoredReport } from './report-record.js';

type Holder = ReportDraft | StoredReport;
type Shown = string | boolean | null;

const isPolicyMark = (v: Shown) => v === auditMarks.confidential || v === auditMarks.anonymous;

/**
 * One field as the audit trail shows it: identity values through the personal-data policy
 * (pii.ts auditValue) under `flags`, so this module decides nothing about personal data itself.
 */
function shown(r: Holder, f: FieldSpec, flags: PiiFlags): Shown {
  const value = fieldValue(r, f) as string | boolean | undefined;
  if (value === undefined) return null;
  return f.audit === 'identity' ? (auditValue(f.name, value, flags) as Shown) : value;
}

/** The fields of a new report as `report.add` records them (long text left out). */
export function auditSnapshot(r: Holder): Record<string, Shown | undefined> {
  const out: Record<string, Shown | undefined> = {};
  for (const f of reportFields) if (f.audit !== 'long') out[f.name] = shown(r, f, r) ?? undefined;
  return out;
}

/**
 * `{field: {from, to}}` for every field whose value changed, as shown in the audit trail. When
 * the shown forms are equal (two NIKs masked alike), the change is recorded as "(changed)".
 * `after.unit` must be the unit's code. A missing `before` (unreadable) counts as all changed.
 */
export function auditChanges(before: Holder | undefined, after: Holder): Record<string, { from: Shown; to: Shown }> {
  const changes: Record<string, { from: Shown; to: Shown }> = {};
  // Both sides under the stricter flags: an entry that makes a report confidential keeps no name.
  const flags = auditFlags(before, after);
  for (const f of reportFields) {
    const a = before === undefined ? undefined : fieldValue(before, f);
    const b = fieldValue(after, f);
    if (before !== undefined && (a ?? null) === (b ?? null)) continue;
    const from = before === undefined ? null : shown(before, f, flags);
    const to = shown(after, f, flags);
    // Masks that agree (two NIKs masked alike) say "(changed)"; a policy mark such as
    // "(confidential)" stays as it is: it already says the value is withheld.
    const alike = from === to && before !== undefined && !isPolicyMark(from);
    changes[f.name] = alike ? { from: auditMarks.changed, to: auditMarks.changed } : { from, to };
  }
  return changes;
}
