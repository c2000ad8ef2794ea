/** The writes of `lapor import`: prepared once, one ticket block and one audit entry per batch. */

import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { DB } from './database.js';
import type { ReportDraft } from '../domain/report.js';
import { formatTicket } from '../domain/report.js';
import { deadlinesOf, type DeadlineColumns, type DeadlineEnv } from '../domain/deadlines.js';
import { recomputeDeadlines } from './workflow-repo.js';
import { draftColumns, draftValues } from './reports-repo.js';

/** A validated row ready to store. */
export interface ImportRow {
  line: number;
  draft: ReportDraft;
  unitId?: number;
  /** Content hash of a row without a ref (never shown as the ref). */
  hash?: string;
}

export interface ExistingReport {
  id: number;
  ticket: string;
}

export interface WriterContext {
  agencyCode: string;
  year: number;
  actor: string;
  at: string;
  /** File name (or `-`) recorded in the audit trail. */
  source: string;
  /** Time zone, SLA policy and calendar (deadlinesForWrite), read before the import's transaction. */
  deadlines: DeadlineEnv;
}

// reports-repo's draft columns, plus source_hash, then the deadlines `lapor add` stores
// (recomputeDeadlines), written by the INSERT itself: a second UPDATE per row would fire the
// change-number update trigger and touch every row twice.
const columns = [
  'ticket', ...draftColumns, 'source_hash',
  'status', 'created_at', 'created_by', 'updated_at', 'updated_by',
  'verify_by', 'followup_by', 'auto_close_on', 'complete_by', 'due_kind', 'due_date',
];

/**
 * The storage side of `lapor import`. Statements are prepared once (re-preparing per row
 * measured 3x slower); a batch reserves its block of ticket numbers with one counter update
 * and writes one audit entry listing the ticket range, rather than one per row. Every call
 * runs inside a transaction the caller opened with `begin()` (IMMEDIATE).
 */
export class ImportWriter {
  private readonly insertReport;
  private readonly insertOutbox;
  private readonly insertAudit;
  private readonly reserve;
  private readonly byRef;
  private readonly byHash;
  private readonly byRefs;
  private readonly byHashes;
  private readonly update;
  private readonly reserveSeq;
  private insertWithSeq: Statement<unknown[]> | undefined;
  private rebuilt = false;
  /** Deadlines of a new report by its local received date: the same for every row of that day. */
  private readonly dueByDate = new Map<string, DeadlineColumns>();
  private suspended: { objects: { type: 'index' | 'trigger'; name: string; sql: string }[]; lastId: number; fts: boolean; seq: boolean } | undefined;

  constructor(
    private readonly db: DB,
    private readonly c: WriterContext,
  ) {
    this.insertReport = db.prepare(`INSERT INTO reports (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    // The national system must learn of each new report, as with outbox-repo's enqueue, but a batch
    // at a time: the key is one random UUID per batch followed by the report id, unique everywhere
    // and entering the key index in order (a random key per row: 2.6 s more at 500,000 rows).
    this.insertOutbox = db.prepare(
      "INSERT INTO outbox (report_id, kind, idempotency_key, created_at) SELECT id, 'create', ? || id, ? FROM reports WHERE id BETWEEN ? AND ? ORDER BY id",
    );
    this.insertAudit = db.prepare('INSERT INTO audit_log (at, actor, action, entity, entity_id, ticket, details) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.reserve = db.prepare(
      'INSERT INTO counters (name, value) VALUES (@name, @n) ON CONFLICT (name) DO UPDATE SET value = value + @n RETURNING value',
    );
    this.reserveSeq = db.prepare("UPDATE counters SET value = value + ? WHERE name = 'reports.change_seq' RETURNING value");
    this.byRef = db.prepare('SELECT id, ticket FROM reports WHERE ref = ?');
    this.byHash = db.prepare('SELECT id, ticket FROM reports WHERE source_hash = ?');
    this.byRefs = db.prepare('SELECT ref AS key, id, ticket FROM reports WHERE ref IN (SELECT value FROM json_each(?))');
    this.byHashes = db.prepare('SELECT source_hash AS key, id, ticket FROM reports WHERE source_hash IN (SELECT value FROM json_each(?))');
    const sets = [...draftColumns, 'source_hash', 'updated_at', 'updated_by'].map((col) => `${col} = ?`).join(', ');
    this.update = db.prepare(`UPDATE reports SET ${sets} WHERE id = ?`);
  }

  /**
   * For a big import in one transaction: drops the non-unique indexes of reports, the FTS
   * insert trigger and the change-number insert trigger, so rows are appended instead of
   * threaded into a dozen B-trees one by one (measured 3.5x faster at 100k rows). `resume()`
   * rebuilds them before COMMIT; a ROLLBACK (error, dry run, Ctrl-C, kill -9) brings them back
   * untouched. Other connections never see them missing: the DDL is part of the transaction.
   * Unique indexes stay, as they guard tickets, refs and hashes. Not for updates (the FTS
   * update trigger would delete index entries never written).
   */
  suspend(): void {
    if (this.suspended || !this.db.inTransaction) return;
    const objects = suspendedObjects(this.db);
    const lastId = (this.db.prepare('SELECT coalesce(max(id), 0) AS id FROM reports').get() as { id: number }).id;
    for (const o of objects) this.db.exec(`DROP ${o.type === 'index' ? 'INDEX' : 'TRIGGER'} "${o.name}"`);
    const names = new Set(objects.map((o) => o.name));
    this.suspended = { objects, lastId, fts: names.has('reports_fts_insert'), seq: names.has('reports_change_seq_insert') };
    if (this.suspended.seq) {
      // What reports_change_seq_insert (migration 003) does per row, done per batch.
      this.insertWithSeq = this.db.prepare(`INSERT INTO reports (${columns.join(', ')}, change_seq) VALUES (${columns.map(() => '?').join(', ')}, ?)`);
    }
  }

  get isSuspended(): boolean {
    return this.suspended !== undefined;
  }

  /** Rebuilds what suspend() dropped; call before COMMIT. */
  resume(): void {
    const s = this.suspended;
    if (!s) return;
    for (const o of s.objects) if (o.type === 'index') this.db.exec(o.sql);
    // What reports_fts_insert (migration 001) does per row, for every row inserted since suspend():
    // one statement at the end measured 0.9 s at 500,000 rows, the trigger row by row 8 s.
    if (s.fts) this.db.prepare('INSERT INTO reports_fts (rowid, title, description) SELECT id, title, description FROM reports WHERE id > ?').run(s.lastId);
    for (const o of s.objects) if (o.type === 'trigger') this.db.exec(o.sql);
    this.suspended = undefined;
    this.rebuilt = true;
  }

  begin(): void {
    this.db.exec('BEGIN IMMEDIATE');
  }

  commit(): void {
    this.db.exec('COMMIT');
    if (this.rebuilt) {
      // One big transaction leaves a WAL as large as the import; give that disk space back.
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // Busy readers: the regular checkpoints will catch up.
      }
    }
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  /** The report a row would duplicate: the same ref, or (without ref) the same content hash. */
  findDuplicate(ref: string | undefined, hash: string | undefined): ExistingReport | undefined {
    if (ref !== undefined) return this.byRef.get(ref) as ExistingReport | undefined;
    if (hash !== undefined) return this.byHash.get(hash) as ExistingReport | undefined;
    return undefined;
  }

  /**
   * findDuplicate for a whole batch in two statements, keyed `r:REF` and `h:HASH`: a lookup per
   * row measured 1.2 s at 500,000 rows, per batch 0.1 s. Only equivalent while nothing in the
   * batch changes stored refs or hashes, i.e. not with --on-duplicate update.
   */
  findDuplicates(refs: readonly string[], hashes: readonly string[]): Map<string, ExistingReport> {
    const found = new Map<string, ExistingReport>();
    const add = (prefix: string, rows: unknown[]) => {
      for (const r of rows as (ExistingReport & { key: string })[]) found.set(prefix + r.key, { id: r.id, ticket: r.ticket });
    };
    if (refs.length > 0) add('r:', this.byRefs.all(JSON.stringify(refs)));
    if (hashes.length > 0) add('h:', this.byHashes.all(JSON.stringify(hashes)));
    return found;
  }

  /** Stores new reports with consecutive tickets, their outbox entries and one audit entry. */
  insertBatch(rows: readonly ImportRow[]): { from: string; to: string } | undefined {
    if (rows.length === 0) return undefined;
    const { agencyCode, year, actor, at } = this.c;
    const last = (this.reserve.get({ name: `ticket:${agencyCode}:${year}`, n: rows.length }) as { value: number }).value;
    const first = last - rows.length + 1;
    const seqLast = this.suspended?.seq ? (this.reserveSeq.get(rows.length) as { value: number } | undefined)?.value : undefined;
    let firstId = 0;
    let lastId = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const ticket = formatTicket(agencyCode, year, first + i);
      const d = this.deadlinesOf(row.draft);
      const values = [
        ticket, ...draftValues(row.draft, row.unitId), row.hash ?? null, 'recorded', at, actor, at, actor,
        d.verifyBy, d.followupBy, d.autoCloseOn, d.completeBy, d.dueKind, d.dueDate,
      ];
      const info =
        seqLast !== undefined ? this.insertWithSeq!.run(...values, seqLast - rows.length + 1 + i) : this.insertReport.run(...values);
      lastId = Number(info.lastInsertRowid);
      if (i === 0) firstId = lastId;
    }
    this.insertOutbox.run(`${randomUUID()}-`, at, firstId, lastId);
    const range = { from: formatTicket(agencyCode, year, first), to: formatTicket(agencyCode, year, last) };
    const details = { source: this.c.source, count: rows.length, tickets: range, lines: { from: rows[0]!.line, to: rows.at(-1)!.line } };
    this.insertAudit.run(at, actor, 'report.import', 'report', null, null, JSON.stringify(details));
    return range;
  }

  /**
   * A new report's deadlines, as `lapor add` stores them (status recorded, no other facts yet).
   * They depend only on the local received date, so they are computed once per date: many rows
   * share one, and the working-day arithmetic per row measured 0.8 s at 500,000 rows.
   * `receivedDate` is receivedAt's date in the validation time zone, which runImport checks is
   * the deadlines' own.
   */
  private deadlinesOf(draft: ReportDraft): DeadlineColumns {
    let d = this.dueByDate.get(draft.receivedDate);
    if (d === undefined) {
      const facts = { status: 'recorded', receivedAt: draft.receivedAt, lastFollowupFinal: false, replyAfterFollowup: false };
      this.dueByDate.set(draft.receivedDate, (d = deadlinesOf(facts, this.c.deadlines)));
    }
    return d;
  }

  /** `--on-duplicate update`: rewrites a report from a re-validated row, audited with what changed. */
  updateReport(existing: ExistingReport, row: ImportRow, changes: Record<string, unknown>): void {
    const { actor, at } = this.c;
    this.update.run(...draftValues(row.draft, row.unitId), row.hash ?? null, at, actor, existing.id);
    // From the stored facts (status, assignment, follow-ups), as `lapor edit` does: received_at may have changed.
    recomputeDeadlines(this.db, existing.id, this.c.deadlines);
    const details = { source: this.c.source, line: row.line, changes };
    this.insertAudit.run(at, actor, 'report.import.update', 'report', existing.id, existing.ticket, JSON.stringify(details));
  }
}

/**
 * Indexes a big import keeps up to date row by row, because that costs less than rebuilding
 * them (each rebuild is a scan of the whole table): imported rows enter them in key order
 * (change numbers, the import's one updated_at) or not at all (partial indexes on columns an
 * import leaves NULL). Any other name is dropped and rebuilt, so a renamed index stays correct.
 */
export const liveIndexes: ReadonlySet<string> = new Set(['reports_change_seq', 'reports_updated', 'reports_auto_close', 'reports_poll']);

/** What a big import drops inside its transaction and rebuilds before COMMIT (bench/import.js mirrors it). */
export function suspendedObjects(db: DB): { type: 'index' | 'trigger'; name: string; sql: string }[] {
  const objects = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'reports' AND sql IS NOT NULL
         AND ((type = 'index' AND sql NOT LIKE 'CREATE UNIQUE%') OR (type = 'trigger' AND name IN ('reports_fts_insert', 'reports_change_seq_insert')))`,
    )
    .all() as { type: 'index' | 'trigger'; name: string; sql: string }[];
  return objects.filter((o) => !liveIndexes.has(o.name));
}

/** Number of reports, to decide whether rebuilding indexes after a big import beats updating them. */
export function countReports(db: DB): number {
  return (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
}

/** The stored report as `validateReport` input, so an update re-validates the merged row. */
export function storedReportRow(db: DB, id: number): Record<string, string | number | null> | undefined {
  return db
    .prepare(
      `SELECT r.title, r.description, r.classification, r.channel, r.category, r.received_at, r.incident_date, r.location,
              r.region_code AS region, u.code AS unit, r.ref, r.reporter_name, r.reporter_nik AS nik,
              coalesce(r.reporter_phone_raw, r.reporter_phone) AS phone, r.reporter_email AS email, r.reporter_address AS address,
              r.anonymous, r.confidential
         FROM reports r LEFT JOIN units u ON u.id = r.unit_id WHERE r.id = ?`,
    )
    .get(id) as Record<string, string | number | null> | undefined;
}
