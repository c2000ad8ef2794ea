/** Creating reports: `lapor add` as a batch of one and `lapor import` through the same writer, each owning its transaction. */

import type { DB } from '../store/database.js';
import { writeTransaction } from '../store/database.js';
import { appendAudit } from '../store/audit-repo.js';
import { getReportById } from '../store/reports-repo.js';
import { ReportsWriter, beginWrite, commitWrite, rollbackWrite, type ExistingReport, type ReportRow, type StoreContext } from '../store/reports-writer.js';
import { auditSnapshot } from '../domain/field-audit.js';
import { rawOfStored } from '../domain/field-values.js';
import type { RawReport } from '../domain/report.js';
import type { StoredReport } from '../domain/report-record.js';

export type { ExistingReport, ReportRow } from '../store/reports-writer.js';

/**
 * Creating reports: `lapor add` is a batch of one through the same store writer as `lapor import`
 * (store/reports-writer.ts: tickets, rows with their deadlines, outbox). This layer owns the
 * transactions and writes the audit entries.
 */

export type AddContext = StoreContext;

/** `lapor add`: one report with its ticket, deadlines, outbox entry and audit entry, atomically. */
export function addReport(db: DB, row: Omit<ReportRow, 'line' | 'hash'>, c: AddContext): StoredReport {
  return writeTransaction(db, () => {
    const inserted = new ReportsWriter(db, c).insertRows([{ ...row, line: 0 }])!;
    const details = auditSnapshot(row.draft);
    appendAudit(db, { at: c.at, actor: c.actor, action: 'report.add', entity: 'report', entityId: inserted.firstId, ticket: inserted.from, details });
    return getReportById(db, inserted.firstId)!;
  });
}

export interface ImportContext extends StoreContext {
  /** File name (or `-`) recorded in the audit trail. */
  source: string;
}

/**
 * The writes of `lapor import`: one IMMEDIATE transaction for the whole file or one per batch
 * (the caller decides), one ticket block and one audit entry per batch, the indexes suspended
 * for big imports (store/reports-writer.ts suspend()).
 */
export class ImportWriter {
  private readonly rows: ReportsWriter;
  private rebuilt = false;

  constructor(
    private readonly db: DB,
    private readonly c: ImportContext,
  ) {
    this.rows = new ReportsWriter(db, c);
  }

  begin(): void {
    beginWrite(this.db);
  }

  commit(): void {
    commitWrite(this.db, this.rebuilt);
  }

  rollback(): void {
    rollbackWrite(this.db);
  }

  suspend(): void {
    this.rows.suspend();
  }

  get isSuspended(): boolean {
    return this.rows.isSuspended;
  }

  /** Rebuilds what suspend() dropped; call before commit(). */
  resume(): void {
    if (!this.rows.isSuspended) return;
    this.rows.resume();
    this.rebuilt = true;
  }

  findDuplicate(ref: string | undefined, hash: string | undefined): ExistingReport | undefined {
    return this.rows.findDuplicate(ref, hash);
  }

  findDuplicates(refs: readonly string[], hashes: readonly string[], tickets?: readonly string[]): Map<string, ExistingReport> {
    return this.rows.findDuplicates(refs, hashes, tickets);
  }

  /** The stored report as raw input, for --on-duplicate update to lay the file's cells over. */
  storedRaw(id: number): RawReport | undefined {
    const report = getReportById(this.db, id);
    return report && rawOfStored(report);
  }

  /** Stores new reports with consecutive tickets, their outbox entries and one audit entry. */
  insertBatch(rows: readonly ReportRow[]): { from: string; to: string } | undefined {
    const inserted = this.rows.insertRows(rows);
    if (!inserted) return undefined;
    const range = { from: inserted.from, to: inserted.to };
    const details = { source: this.c.source, count: rows.length, tickets: range, lines: { from: rows[0]!.line, to: rows.at(-1)!.line } };
    appendAudit(this.db, { at: this.c.at, actor: this.c.actor, action: 'report.import', entity: 'report', details });
    return range;
  }

  /** `--on-duplicate update`: rewrites a report from a re-validated row, audited with what changed. */
  updateReport(existing: ExistingReport, row: ReportRow, changes: Record<string, unknown>): void {
    this.rows.updateRow(existing.id, row);
    const details = { source: this.c.source, line: row.line, changes };
    appendAudit(this.db, {
      at: this.c.at,
      actor: this.c.actor,
      action: 'report.import.update',
      entity: 'report',
      entityId: existing.id,
      ticket: existing.ticket,
      details,
    });
  }
}
