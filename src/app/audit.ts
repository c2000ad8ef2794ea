/** Audit entries written on their own (reveals, PII exports, duplicate matches), and the trail read back for `lapor audit`. */

import type { AppContext } from '../context.js';
import { writeTransaction } from '../store/database.js';
import { appendAudit, listAudit, type AuditEntry, type AuditFilter, type AuditTrailEntry } from '../store/audit-repo.js';
import { historyDetails, type PiiFlags } from '../domain/pii.js';

export type AuditRecord = Omit<AuditEntry, 'at' | 'actor'>;

/** Writes the entries in one IMMEDIATE transaction, before the caller shows or writes anything they describe. */
export function recordAudit(ctx: AppContext, ...entries: AuditRecord[]): void {
  if (entries.length === 0) return;
  const db = ctx.db();
  const at = ctx.clock().toISOString();
  const actor = ctx.actor();
  writeTransaction(db, () => {
    for (const entry of entries) appendAudit(db, { at, actor, ...entry });
  });
}

/**
 * Short names inspectors type for the stored actions (`lapor audit --action reveal`); a stored
 * action name (`unit.add`, `config.set`) is taken as it is.
 */
export const auditActionNames: Readonly<Record<string, string>> = {
  reveal: 'report.reveal',
  'export-pii': 'report.export',
  add: 'report.add',
  edit: 'report.edit',
  import: 'report.import',
  'import-update': 'report.import.update',
  'duplicate-match': 'report.duplicate_match',
  attach: 'attachment.add',
};

/** A report that is gone (or never matched) is treated as confidential: nothing of it is shown. */
const unknownReport: PiiFlags = { anonymous: false, confidential: true };

/**
 * `lapor audit`: the trail through a filter, each entry's details as domain/pii.ts lets the
 * audit view show them: under the CURRENT flags of the report it names (as `history` does), so an
 * entry written before a report became confidential shows no name now; entries naming no report
 * still have identity-like fields masked (auditDetails is idempotent).
 */
export function auditTrail(ctx: AppContext, filter: AuditFilter): AuditTrailEntry[] {
  const actions = filter.actions?.map((a) => auditActionNames[a] ?? a);
  return listAudit(ctx.db(), { ...filter, ...(actions ? { actions } : {}) }).map((e) => {
    const flags = e.report === undefined ? { anonymous: false, confidential: false } : e.report.found ? e.report : unknownReport;
    return { ...e, details: historyDetails(e.details, flags) };
  });
}
