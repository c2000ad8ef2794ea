/** What an import update changes, for the audit entry (personal data masked). */

import type { ReportDraft } from '../domain/report.js';
import { auditChanges } from '../domain/field-audit.js';

type Shown = string | boolean | null;

/**
 * What an import update changes, for the audit entry: `{field: {from, to}}` as the audit trail
 * of `lapor edit` keeps them (domain/field-audit.ts). An unreadable stored report counts as all changed.
 */
export function changesBetween(before: ReportDraft | undefined, after: ReportDraft): Record<string, { from: Shown; to: Shown }> {
  return auditChanges(before, after);
}
