/** The writes of `lapor import`: prepared once, one ticket block and one audit entry per batch. */

import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { beginImmediate, type DB } from './database.js';
import type { ReportDraft } from '../domain/report.js';
import { formatTicket } from '../domain/report.js';
import { deadlinesOf, type DeadlineColumns, type DeadlineEnv } from '../domain/deadlines.js';
import { recomputeDeadlines } from './workflow-repo.js';
import { draftColumns, draftValues } from './reports-repo.js';
import { replayOf, suspendedObjects, type SchemaObject } from './suspend.js';

export { suspendedObjects, liveIndexes } from './suspend.js';

/** A validated row ready to store. */
export interface ReportRow {
  /** Line in the imported file (0 for `lapor add`). */
  line: number;
  draft: ReportDraft;
  unitId?: number;
  /** Content hash of an imported row without a ref (never shown as the ref). */
  hash?: string;
}

export interface ExistingReport {
  id: number;
  ticket: string;
  /** Its content hash, when found by ticket: an update keeps it (the column is unique). */
  hash?: string | null;
}

/** Who writes, for which agency and ticket year, and the deadline policy read before the transaction. */
export interface StoreContext {
  agencyCode: string;
  year: number;
  actor: string;
  at: string;
  /** Time zone, SLA policy and calendar (deadlinesForWrite), read before the transaction. */
  deadlines: DeadlineEnv;
}

/** The rows of one insertRows call: consecutive ids and tickets. */
export interface InsertedRows {
  firstId: number;
  lastId: number;
  from: string;
  to: string;
}

// The field columns (fields.ts, via reports-repo), source_hash, then the deadlines a new report
// has, written by the INSERT itself: a second UPDATE per row would fire the change-number update
// trigger and touch every row twice.
const columns = [
  'ticket',
  ...draftColumns,
  'source_hash',
  'status',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
  'verify_by',
  'followup_by',
  'auto_close_on',
  'complete_by',
  'due_kind',
  'due_date',
];

interface Suspended {
  objects: SchemaObject[];
  lastId: number;
  /** INSERT ... SELECT statements made from suspended insert triggers (suspend.ts replayOf). */
  replays: string[];
  seq: boolean;
}

/**
 * The one place new reports are written, for `lapor add` (a batch of one) and `lapor import`.
 * Statements are prepared once (re-preparing per row measured 3x slower); a batch reserves its
 * block of ticket numbers with one counter update and its outbox entries with one INSERT ...
 * SELECT. Audit entries and transactions belong to the caller (app/report-writer.ts).
 */
export class ReportsWriter {
  private readonly insertReport;
  private readonly insertOutbox;
  private readonly reserve;
  private readonly byRef;
  private readonly byHash;
  private readonly byRefs;
  private readonly byHashes;
  private readonly byTickets;
  private readonly update;
  private readonly reserveSeq;
  private insertWithSeq: Statement<unknown[]> | undefined;
  /** Deadlines of a new report by its local received date: the same for every row of that day. */
  private readonly dueByDate = new Map<string, DeadlineColumns>();
  private suspended: Suspended | undefined;

  constructor(
    private readonly db: DB,
    private readonly c: StoreContext,
  ) {
    this.insertReport = db.prepare(`INSERT INTO reports (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    // The national system must learn of each new report, a batch at a time: the key is one random
    // UUID per batch followed by the report id, unique everywhere and entering the key index in
    // order (a random key per row: 2.6 s more at 500,000 rows).
    this.insertOutbox = db.prepare(
      "INSERT INTO outbox (report_id, kind, idempotency_key, created_at) SELECT id, 'create', ? || id, ? FROM reports WHERE id BETWEEN ? AND ? ORDER BY id",
    );
    this.reserve = db.prepare('INSERT INTO counters (name, value) VALUES (@name, @n) ON CONFLICT (name) DO UPDATE SET value = value + @n RETURNING value');
    this.reserveSeq = db.prepare("UPDATE counters SET value = value + ? WHERE name = 'reports.change_seq' RETURNING value");
    this.byRef = db.prepare('SELECT id, ticket FROM reports WHERE ref = ?');
    this.byHash = db.prepare('SELECT id, ticket FROM reports WHERE source_hash = ?');
    this.byRefs = db.prepare('SELECT ref AS key, id, ticket FROM reports WHERE ref IN (SELECT value FROM json_each(?))');
    this.byHashes = db.prepare('SELECT source_hash AS key, id, ticket FROM reports WHERE source_hash IN (SELECT value FROM json_each(?))');
    this.byTickets = db.prepare('SELECT ticket AS key, id, ticket, source_hash AS hash FROM reports WHERE ticket IN (SELECT value FROM json_each(?))');
    const sets = [...draftColumns, 'source_hash', 'updated_at', 'updated_by'].map((col) => `${col} = ?`).join(', ');
    this.update = db.prepare(`UPDATE reports SET ${sets} WHERE id = ?`);
  }

  /**
   * For a big import in one transaction: drops the non-unique indexes of reports and its FTS and
   * change-number insert triggers, so rows are appended instead of threaded into a dozen B-trees
   * one by one (measured 3.5x faster at 100k rows). `resume()` rebuilds them before COMMIT; a
   * ROLLBACK (error, dry run, Ctrl-C, kill -9) brings them back untouched. Other connections never
   * see them missing: the DDL is part of the transaction. Unique indexes stay, as they guard
   * tickets, refs and hashes. Not for updates (the FTS update trigger would delete index entries
   * never written). A trigger whose work cannot be replayed (suspend.ts) stays live.
   */
  suspend(): void {
    if (this.suspended || !this.db.inTransaction) return;
    const replays: string[] = [];
    const objects = suspendedObjects(this.db).filter((o) => {
      if (o.type !== 'trigger' || o.name === 'reports_change_seq_insert') return true;
      const replay = replayOf(o.sql);
      if (replay !== undefined) replays.push(replay);
      return replay !== undefined;
    });
    const lastId = (this.db.prepare('SELECT coalesce(max(id), 0) AS id FROM reports').get() as { id: number }).id;
    for (const o of objects) this.db.exec(`DROP ${o.type === 'index' ? 'INDEX' : 'TRIGGER'} "${o.name}"`);
    const seq = objects.some((o) => o.name === 'reports_change_seq_insert');
    this.suspended = { objects, lastId, replays, seq };
    if (seq) {
      // What reports_change_seq_insert (migration 003) does per row, done per batch; the test
      // test/store/reports-writer.test.ts compares it with the trigger on the same rows.
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
    // The suspended triggers' own statements, once for every row inserted since suspend(): the
    // full-text index in one statement measured 0.9 s at 500,000 rows, the trigger row by row 8 s.
    for (const replay of s.replays) this.db.prepare(replay).run(s.lastId);
    for (const o of s.objects) if (o.type === 'trigger') this.db.exec(o.sql);
    this.suspended = undefined;
  }

  /** The report a row would duplicate: the same ref, or (without ref) the same content hash. */
  findDuplicate(ref: string | undefined, hash: string | undefined): ExistingReport | undefined {
    if (ref !== undefined) return this.byRef.get(ref) as ExistingReport | undefined;
    if (hash !== undefined) return this.byHash.get(hash) as ExistingReport | undefined;
    return undefined;
  }

  /**
   * findDuplicate for a whole batch in two statements, keyed `r:REF` and `h:HASH` (and `t:TICKET`
   * for the rows of our own export, which name their report by its ticket): a lookup per
   * row measured 1.2 s at 500,000 rows, per batch 0.1 s. Only equivalent while nothing in the
   * batch changes stored refs or hashes, i.e. not with --on-duplicate update.
   */
  findDuplicates(refs: readonly string[], hashes: readonly string[], tickets: readonly string[] = []): Map<string, ExistingReport> {
    const found = new Map<string, ExistingReport>();
    const add = (prefix: string, rows: unknown[]) => {
      for (const r of rows as (ExistingReport & { key: string })[])
        found.set(prefix + r.key, prefix === 't:' ? { id: r.id, ticket: r.ticket, hash: r.hash } : { id: r.id, ticket: r.ticket });
    };
    if (refs.length > 0) add('r:', this.byRefs.all(JSON.stringify(refs)));
    if (hashes.length > 0) add('h:', this.byHashes.all(JSON.stringify(hashes)));
    if (tickets.length > 0) add('t:', this.byTickets.all(JSON.stringify(tickets)));
    return found;
  }

  /** Stores new reports with consecutive tickets and their outbox entries; call inside a write transaction. */
  insertRows(rows: readonly ReportRow[]): InsertedRows | undefined {
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
        ticket,
        ...draftValues(row.draft, row.unitId),
        row.hash ?? null,
        'recorded',
        at,
        actor,
        at,
        actor,
        d.verifyBy,
        d.followupBy,
        d.autoCloseOn,
        d.completeBy,
        d.dueKind,
        d.dueDate,
      ];
      const info = seqLast !== undefined ? this.insertWithSeq!.run(...values, seqLast - rows.length + 1 + i) : this.insertReport.run(...values);
      lastId = Number(info.lastInsertRowid);
      if (i === 0) firstId = lastId;
    }
    this.insertOutbox.run(`${randomUUID()}-`, at, firstId, lastId);
    return { firstId, lastId, from: formatTicket(agencyCode, year, first), to: formatTicket(agencyCode, year, last) };
  }

  /**
   * A new report's deadlines (status recorded, no other facts yet), as recomputeDeadlines would
   * store them. They depend only on the local received date, so they are computed once per date:
   * the working-day arithmetic per row measured 0.8 s at 500,000 rows. `receivedDate` is
   * receivedAt's date in the validation time zone, which must be the deadlines' own.
   */
  private deadlinesOf(draft: ReportDraft): DeadlineColumns {
    let d = this.dueByDate.get(draft.receivedDate);
    if (d === undefined) {
      const facts = { status: 'recorded', receivedAt: draft.receivedAt, lastFollowupFinal: false, replyAfterFollowup: false };
      this.dueByDate.set(draft.receivedDate, (d = deadlinesOf(facts, this.c.deadlines)));
    }
    return d;
  }

  /** Rewrites a stored report's fields from a re-validated row, then its deadlines from the stored facts. */
  updateRow(id: number, row: ReportRow): void {
    const { actor, at } = this.c;
    this.update.run(...draftValues(row.draft, row.unitId), row.hash ?? null, at, actor, id);
    // From the stored facts (status, assignment, follow-ups), as `lapor edit` does: received_at may have changed.
    recomputeDeadlines(this.db, id, this.c.deadlines);
  }
}

/** Number of reports, to decide whether rebuilding indexes after a big import beats updating them. */
export function countReports(db: DB): number {
  return (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
}

/** Opens the IMMEDIATE transaction a use case holds over several batches (writeTransaction is for one call). */
export function beginWrite(db: DB): void {
  beginImmediate(db);
}

/** Commits; after a big import, gives the WAL's disk space back (one big transaction leaves a WAL as large as the import). */
export function commitWrite(db: DB, truncateWal: boolean): void {
  db.exec('COMMIT');
  if (!truncateWal) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Busy readers: the regular checkpoints will catch up.
  }
}

export function rollbackWrite(db: DB): void {
  if (db.inTransaction) db.exec('ROLLBACK');
}
