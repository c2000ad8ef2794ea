/** Reports whose local and national records disagree: kept current by every status change. */

import type { DB } from './database.js';
import { isStatus } from '../domain/lifecycle.js';
import { disagrees } from '../domain/national-reconcile.js';

/*
 * One row per report whose status and last national status disagree (the rule is
 * domain/national-reconcile.ts `disagrees`). Refreshed inside the transaction of whatever changed
 * either side: a lifecycle step, a pull, a forwarding the national system confirmed. `since` is
 * when lapor first saw them disagree, kept while they keep disagreeing.
 */

/** Re-judges one report; call inside a write transaction. */
export function refreshMismatch(db: DB, reportId: number, now: string): void {
  const row = db.prepare('SELECT status, national_status AS national FROM reports WHERE id = ?').get(reportId) as
    { status: string; national: string | null } | undefined;
  // A forwarding still on its way is not a disagreement: the national side simply has not heard yet.
  const pending = () => db.prepare("SELECT 1 FROM outbox WHERE report_id = ? AND kind = 'forward' AND state <> 'done' LIMIT 1").get(reportId) !== undefined;
  if (!row || row.national === null || !isStatus(row.status) || !disagrees(row.status, row.national) || pending()) {
    db.prepare('DELETE FROM national_mismatches WHERE report_id = ?').run(reportId);
    return;
  }
  db.prepare(
    `INSERT INTO national_mismatches (report_id, local_status, national_status, since) VALUES (?, ?, ?, ?)
     ON CONFLICT (report_id) DO UPDATE SET local_status = excluded.local_status, national_status = excluded.national_status`,
  ).run(reportId, row.status, row.national, now);
}

export interface Mismatch {
  ticket: string;
  nationalId: string | null;
  localStatus: string;
  nationalStatus: string;
  since: string;
}

/** Every disagreement, the oldest first. */
export function listMismatches(db: DB): Mismatch[] {
  return db
    .prepare(
      `SELECT r.ticket, r.national_id AS nationalId, m.local_status AS localStatus, m.national_status AS nationalStatus, m.since
       FROM national_mismatches m JOIN reports r ON r.id = m.report_id ORDER BY m.since, r.id`,
    )
    .all() as Mismatch[];
}

export function mismatchCount(db: DB): number {
  return (db.prepare('SELECT count(*) AS n FROM national_mismatches').get() as { n: number }).n;
}
