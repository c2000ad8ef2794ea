/** Runs an import: batches, duplicates looked up per batch, rejects, summary. */

import { ImportWriter } from '../app/report-writer.js';
import { countReports } from '../store/reports-writer.js';
import { unitsMatching, type Unit } from '../store/units-repo.js';
import { InputError } from './import-decode.js';
import type { RowOutcome } from './import-rows.js';
import type { ImportPlan, ImportResult, RunDeps } from './import-types.js';
import { createInlineStage, createWorkerStage, workerAvailable, type Stage } from './import-stage.js';
import { classifyBatch, lookupKeys, type ExistingReport, type UnitRef } from './classify-batch.js';
import { planUpdate } from './import-update.js';
import { Tally } from './import-tally.js';

export type { ImportIssue, ImportPlan, ImportResult, ImportStats, ImportStep, OnDuplicate, RunDeps } from './import-types.js';

const IN_FLIGHT = 4;

/** The unit a row names: null when none; several (databases from before migration 012) carry their candidates. */
function unitRefOf(matches: readonly Unit[]): UnitRef | null {
  if (matches.length <= 1) return matches[0] ?? null;
  const first = matches[0]!;
  return { ...first, candidates: matches.map((u) => `#${u.id} ${u.code}`).join(', ') };
}

export class ImportInterrupted extends Error {
  constructor(readonly result: ImportResult) {
    super('import interrupted');
  }
}

/**
 * The writes of one import: each batch classified (classify-batch.ts, pure), then its rejects,
 * updates and inserts applied through the app's ImportWriter. Atomic mode and --dry-run hold one
 * IMMEDIATE transaction for the whole file; --skip-invalid commits each batch.
 */
class Batches {
  private pending: RowOutcome[] = [];
  private readonly units = new Map<string, UnitRef | null>();
  /** Reports stored before a single-transaction import; Infinity when indexes stay live. */
  private readonly before: number;
  readonly oneTransaction: boolean;
  bytesRead = 0;

  constructor(
    private readonly plan: ImportPlan,
    private readonly deps: RunDeps,
    readonly writer: ImportWriter,
    readonly tally: Tally,
  ) {
    this.oneTransaction = !plan.skipInvalid || plan.dryRun;
    this.before = this.oneTransaction && plan.onDuplicate !== 'update' ? countReports(deps.db) : Infinity;
  }

  private unitOf = (value: string): UnitRef | null => {
    const key = value.toLowerCase();
    let unit = this.units.get(key);
    if (unit === undefined) this.units.set(key, (unit = unitRefOf(unitsMatching(this.deps.db, value))));
    return unit;
  };

  add(rows: readonly RowOutcome[]): void {
    this.pending.push(...rows);
  }

  /** Writes every full batch, or everything pending when `all`. */
  flush(all: boolean): void {
    const size = this.plan.batchSize ?? 1000;
    while (this.pending.length >= size || (all && this.pending.length > 0)) {
      const batch = this.pending.slice(0, size);
      this.pending = this.pending.slice(batch.length);
      if (this.oneTransaction) {
        this.write(batch);
        this.maybeSuspend();
      } else {
        this.writer.begin();
        try {
          this.write(batch);
          this.writer.commit();
        } catch (error) {
          this.writer.rollback();
          throw error;
        }
      }
      this.deps.onStep?.({ step: 'batch', stored: this.tally.result.stored, committed: !this.oneTransaction });
      this.tally.flush();
    }
    this.deps.onProgress?.(this.tally.result);
  }

  private write(rows: RowOutcome[]): void {
    const { plan, writer, tally } = this;
    const result = tally.result;
    result.rows += rows.length;
    const refIndex = tally.header!.fields.indexOf('ref');
    const keys = lookupKeys(rows, plan.onDuplicate, refIndex);
    // One lookup per batch, --on-duplicate update included: an update keeps the ref and hash it was
    // found by (it only clears the hash of a report matched by its ref, one holding both).
    const existing = writer.findDuplicates(keys.refs, keys.hashes, keys.tickets);
    const units = new Map(keys.units.map((u) => [u, this.unitOf(u)] as const));
    const c = classifyBatch(rows, { existing, units, refIndex }, plan.onDuplicate);
    for (const w of c.warnings) tally.warn(w.line, w.problems);
    // Rejects and updates in file order, as the rejects file lists them.
    const steps = [...c.rejects, ...c.updates].sort((a, b) => a.row.line - b.row.line);
    for (const s of steps) {
      if ('existing' in s) this.update(s.existing, s.row);
      else tally.reject(s.row, s.problems);
    }
    result.duplicates += c.duplicates;
    const range = writer.insertBatch(c.inserts);
    if (range) {
      result.stored += c.inserts.length;
      result.tickets = { from: result.tickets?.from ?? range.from, to: range.to };
    }
  }

  private update(existing: ExistingReport, row: RowOutcome): void {
    const stored = this.writer.storedRaw(existing.id)!;
    // Found by ticket: the report keeps its own content hash (unique: the row's may be another report's).
    const keyed = existing.hash === undefined ? row : { ...row, hash: existing.hash ?? undefined };
    const plan = planUpdate(stored, keyed, this.tally.header!.fields, this.deps.env, this.unitOf);
    if (plan.kind === 'reject') return this.tally.reject(row, plan.problems);
    if (plan.kind === 'unchanged') {
      this.tally.result.unchanged++;
      return;
    }
    this.writer.updateReport(existing, plan.row, plan.changes);
    this.tally.result.updated++;
  }

  /**
   * A big import in one transaction rebuilds the indexes once at the end instead of updating
   * them row by row: worth it when it adds at least 10,000 rows and an eighth of the table.
   */
  private maybeSuspend(): void {
    if (this.before === Infinity || this.writer.isSuspended) return;
    const rows = this.tally.result.rows + this.pending.length;
    const estimate = this.plan.size && this.bytesRead > 0 ? (rows * this.plan.size) / this.bytesRead : rows;
    if (estimate >= 10_000 && estimate * 8 >= this.before) {
      this.writer.suspend();
      this.tally.result.indexesRebuilt = true;
      this.deps.onStep?.({ step: 'suspend' });
    }
  }

  /** Commits a single-transaction import when nothing was rejected, else rolls it back. */
  finish(interrupted: boolean): void {
    const result = this.tally.result;
    if (!this.oneTransaction) {
      result.committed = true;
      return;
    }
    if (result.rejected === 0 && !this.plan.dryRun && !interrupted) {
      if (this.writer.isSuspended) this.deps.onStep?.({ step: 'rebuild', rows: result.stored });
      this.writer.resume();
      this.deps.onStep?.({ step: 'commit' });
      this.writer.commit();
      result.committed = true;
    } else {
      this.writer.rollback();
      result.indexesRebuilt = false;
    }
  }
}

function createStage(plan: ImportPlan, deps: RunDeps): Stage {
  const { env } = deps;
  const useWorker = plan.worker === 'always' || (plan.worker !== 'never' && workerAvailable() && (plan.size === undefined || plan.size > 2_000_000));
  return useWorker
    ? createWorkerStage({ options: plan.reader, now: env.now.toISOString(), timeZone: env.timeZone, onDuplicate: plan.onDuplicate })
    : createInlineStage(plan.reader, env);
}

/** Feeds the input to the stage and its rows to the batches; false when stopped (Ctrl-C) between chunks. */
async function pump(plan: ImportPlan, deps: RunDeps, stage: Stage, batches: Batches): Promise<boolean> {
  const inFlight: number[] = [];
  const take = async () => {
    const got = await stage.next();
    batches.bytesRead += inFlight.shift() ?? 0;
    if (plan.sheet) for (const row of got.rows) row.line = plan.sheet.rowOf(row.line);
    if (got.header) batches.tally.setHeader(got.header);
    batches.add(got.rows);
    batches.flush(false);
  };
  for await (const chunk of plan.input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    inFlight.push(buf.length);
    stage.send(buf);
    while (stage.pending >= IN_FLIGHT) await take();
    if (deps.stopRequested?.()) return false;
  }
  stage.finish();
  while (stage.pending > 0) await take();
  batches.flush(true);
  // The worker's heap is not needed for the index rebuild and commit that follow.
  await stage.close();
  return true;
}

/**
 * Runs an import: parse/validate (worker or inline), then per batch of ~1,000 rows classify and
 * write. Committed only when no row was rejected and it is not a dry run (atomic mode), or batch
 * by batch with --skip-invalid, so an interruption keeps whole batches and a re-run skips them.
 */
export async function runImport(plan: ImportPlan, deps: RunDeps): Promise<ImportResult> {
  // Deadlines are keyed by the rows' receivedDate, computed in the validation time zone.
  if (deps.env.timeZone !== deps.writer.deadlines.timeZone) throw new Error('import: validation and deadline time zones differ');
  const writer = new ImportWriter(deps.db, deps.writer);
  const tally = new Tally(plan.rejectsPath, deps.describe, plan.sheet);
  const batches = new Batches(plan, deps, writer, tally);
  const stage = createStage(plan, deps);
  if (batches.oneTransaction) writer.begin();
  let interrupted = false;
  try {
    interrupted = !(await pump(plan, deps, stage, batches));
    batches.finish(interrupted);
  } catch (error) {
    writer.rollback();
    throw error instanceof InputError ? Object.assign(error, { result: tally.result }) : error;
  } finally {
    try {
      tally.close();
    } finally {
      // Even when the rejects file cannot be written (disk full): a live worker keeps the process up.
      await stage.close();
    }
  }
  if (interrupted) throw new ImportInterrupted(tally.result);
  return tally.result;
}
