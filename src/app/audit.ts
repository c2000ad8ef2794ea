/** Audit entries written on their own (reveals, PII exports, duplicate matches): one transaction, who and when from the context. */

import type { AppContext } from '../context.js';
import { writeTransaction } from '../store/database.js';
import { appendAudit, type AuditEntry } from '../store/audit-repo.js';

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
