import { reportFields, type FieldSpec } from './fields.js';
import { fieldValue } from './field-values.js';
import { maskNik } from './nik.js';
import { maskPhone } from './phone.js';
import type { ReportDraft } from './report.js';
import type { StoredReport } from './report-record.js';

/** What the audit trail keeps of report fields, driven by the field table's `audit` column. */

type Holder = ReportDraft | StoredReport;
type Shown = string | boolean | null;

/**
 * How the audit trail shows one identity value (fields marked `audit: 'identity'`): never in
 * clear. The one place this module decides anything about personal data; the personal-data
 * policy (domain/pii.ts) is meant to take it over.
 */
export function auditIdentity(field: string, value: string, confidential: boolean): string {
  if (field === 'nik') return maskNik(value);
  if (field === 'phone') return maskPhone(value);
  if (field === 'reporter_name') return confidential ? '(confidential)' : value;
  return '(set)';
}

function shown(r: Holder, f: FieldSpec): Shown {
  const value = fieldValue(r, f) as string | boolean | undefined;
  if (value === undefined) return null;
  return f.audit === 'identity' ? auditIdentity(f.name, value as string, r.confidential) : value;
}

/** The fields of a new report as `report.add` records them (long text left out). */
export function auditSnapshot(r: Holder): Record<string, Shown | undefined> {
  const out: Record<string, Shown | undefined> = {};
  for (const f of reportFields) if (f.audit !== 'long') out[f.name] = shown(r, f) ?? undefined;
  return out;
}

/**
 * `{field: {from, to}}` for every field whose value changed, as shown in the audit trail. When
 * the shown forms are equal (two NIKs masked alike), the change is recorded as "(changed)".
 * `after.unit` must be the unit's code. A missing `before` (unreadable) counts as all changed.
 */
export function auditChanges(before: Holder | undefined, after: Holder): Record<string, { from: Shown; to: Shown }> {
  const changes: Record<string, { from: Shown; to: Shown }> = {};
  for (const f of reportFields) {
    const a = before === undefined ? undefined : fieldValue(before, f);
    const b = fieldValue(after, f);
    if (before !== undefined && (a ?? null) === (b ?? null)) continue;
    const from = before === undefined ? null : shown(before, f);
    const to = shown(after, f);
    changes[f.name] = from === to && before !== undefined ? { from: '(changed)', to: '(changed)' } : { from, to };
  }
  return changes;
}
