/** The audit trail's use cases: entries written on their own (reveals, PII exports, duplicate matches) and reading it for inspectors. */

import type { AppContext } from '../context.js';
import { writeTransaction } from '../store/database.js';
import { appendAudit, auditActions, queryAudit, type AuditEntry, type AuditFilter, type AuditListing } from '../store/audit-repo.js';
import { historyDetails } from '../domain/pii.js';

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

/** Friendly names of the actions inspectors ask about most; any stored action name works too. */
export const auditActionAliases: Readonly<Record<string, string>> = {
  reveal: 'report.reveal',
  'export-pii': 'report.export',
  'duplicate-match': 'report.duplicate_match',
  add: 'report.add',
  edit: 'report.edit',
  import: 'report.import',
};

/**
 * The stored action names an `--action` list means: an alias, an exact name, or a prefix such as
 * `sync` for every sync.* action. Undefined for a value that names nothing (the caller refuses it).
 */
export function resolveAuditActions(ctx: AppContext, wanted: readonly string[]): { actions: string[]; unknown: string[]; known: string[] } {
  const known = [...new Set([...auditActions(ctx.db()), ...Object.values(auditActionAliases)])].sort();
  const actions = new Set<string>();
  const unknown: string[] = [];
  for (const raw of wanted) {
    const w = raw.trim().toLowerCase();
    const matches = auditActionAliases[w] ? [auditActionAliases[w]] : known.filter((k) => k === w || k.startsWith(`${w}.`));
    if (matches.length === 0) unknown.push(raw);
    for (const m of matches) actions.add(m);
  }
  return { actions: [...actions], unknown, known: [...known, ...Object.keys(auditActionAliases)].sort() };
}

/**
 * The audit trail for inspectors, newest first. Entries about a report are shown under the
 * report's current flags (the personal-data policy's historyDetails), as `lapor history` does.
 */
export function listAudit(ctx: AppContext, filter: AuditFilter): AuditListing {
  const listing = queryAudit(ctx.db(), filter);
  return {
    total: listing.total,
    entries: listing.entries.map((e) => (e.flags ? { ...e, details: historyDetails(e.details, e.flags) } : e)),
  };
}
