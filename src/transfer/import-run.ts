import { ImportWriter, countReports, storedReportRow, type ExistingReport, type ImportRow } from '../store/import-repo.js';
import { findUnit, type Unit } from '../store/units-repo.js';
import { validateReport, type RawReport } from '../domain/report.js';
import type { FieldProblem } from '../domain/problems.js';
import { InputError } from './import-decode.js';
import type { HeaderInfo, RowOutcome } from './import-rows.js';
import type { ImportIssue, ImportPlan, ImportResult, RunDeps } from './import-types.js';
import { createInlineStage, createWorkerStage, workerAvailable, type Stage } from './import-stage.js';
import { RejectsWriter } from './import-rejects.js';
import { changesBetween } from './import-changes.js';

export type { ImportIssue, ImportPlan, ImportResult, ImportStats, ImportStep, OnDuplicate, RunDeps } from './import-types.js';

/** At most this many errors and warnings are kept for the summary; the rejects file has them all. */
const KEEP = 1000;
const IN_FLIGHT = 4;

/** A row's cells; the worker keeps them whenever this can be called (import-wire.ts cellsNeeded). */
function cellsOf(row: RowOutcome): string[] {
  if (!row.cells) throw new Error(`import: the cells of line ${row.line} were not kept`);
  return row.cells;
}

export class ImportInterrupted extends Error {
  constructor(readonly result: ImportResult) {
    super('import interrupted');
  }
}

/**
 * Runs an import: parse/validate (worker or inline), then per batch of ~1,000
 * rows resolve units, detect duplicates and write. Atomic mode and --dry-run
 * hold one IMMEDIATE transaction for the whole file (committed only when no
 * row was rejected and it is not a dry run); --skip-invalid commits each batch,
 * so an interruption keeps whole batches and a re-run skips them as duplicates.
 */
export async function runImport(plan: ImportPlan, deps: RunDeps): Promise<ImportResult> {
  const { db, env } = deps;
  // Deadlines are keyed by the rows' receivedDate, computed in the validation time zone.
  if (env.timeZone !== deps.writer.deadlines.timeZone) throw new Error('import: validation and deadline time zones differ');
  const writer = new ImportWriter(db, deps.writer);
  const batchSize = plan.batchSize ?? 1000;
  const oneTransaction = !plan.skipInvalid || plan.dryRun;
  const result: ImportResult = { rows: 0, stored: 0, duplicates: 0, updated: 0, unchanged: 0, rejected: 0, warnings: 0, committed: false, errors: [], warningList: [] };
  const units = new Map<string, Unit | null>();
  let rejects: RejectsWriter | undefined;
  let header: HeaderInfo | undefined;
  let pending: RowOutcome[] = [];

  const useWorker = plan.worker === 'always' || (plan.worker !== 'never' && workerAvailable() && (plan.size === undefined || plan.size > 2_000_000));
  const stage: Stage = useWorker
    ? createWorkerStage({ options: plan.reader, now: env.now.toISOString(), timeZone: env.timeZone, onDuplicate: plan.onDuplicate })
    : createInlineStage(plan.reader, env);

  const columnOf = (field: string): string => {
    const i = header?.fields.indexOf(field as never) ?? -1;
    return i >= 0 ? header!.headers[i]! : field;
  };
  const issue = (line: number, p: FieldProblem): ImportIssue => ({ line, column: columnOf(p.field), field: p.field, code: p.code, params: p.params ?? {} });
  const reject = (row: RowOutcome, problems: FieldProblem[]) => {
    result.rejected++;
    const issues = problems.filter((p) => p.severity === 'error').map((p) => issue(row.line, p));
    for (const i of issues) if (result.errors.length < KEEP) result.errors.push(i);
    rejects?.add(cellsOf(row), row.line, issues.map(deps.describe).join('; '));
  };
  const unitOf = (value: string): Unit | null => {
    const key = value.toLowerCase();
    let unit = units.get(key);
    if (unit === undefined) units.set(key, (unit = findUnit(db, value) ?? null));
    return unit;
  };

  const keyOf = (draft: { ref?: string }, hash: string | undefined) => (draft.ref !== undefined ? `r:${draft.ref}` : `h:${hash}`);
  const writeBatch = (rows: RowOutcome[]) => {
    const inserts: ImportRow[] = [];
    const keys = new Map<string, ImportRow>();
    // Updates change stored reports as the batch goes: then each row looks for itself in turn.
    let stored: Map<string, ExistingReport> | undefined;
    if (plan.onDuplicate !== 'update') {
      const refs: string[] = [];
      const hashes: string[] = [];
      for (const row of rows) {
        if (row.draft?.ref !== undefined) refs.push(row.draft.ref);
        else if (row.draft && row.hash !== undefined) hashes.push(row.hash);
      }
      stored = writer.findDuplicates(refs, hashes);
    }
    for (const row of rows) {
      result.rows++;
      const draft = row.draft;
      if (!draft) {
        // An update may leave cells empty (they keep what is stored): judge the merged row instead.
        const existing = plan.onDuplicate === 'update' ? refOf(row) : undefined;
        const match = existing === undefined ? undefined : writer.findDuplicate(existing, undefined);
        if (match) update(match, row);
        else reject(row, row.problems);
        continue;
      }
      let unitId: number | undefined;
      if (draft.unit !== undefined) {
        const unit = unitOf(draft.unit);
        if (!unit || !unit.active) {
          reject(row, [{ field: 'unit', code: unit ? 'report.inactiveUnit' : 'report.unknownUnit', params: { value: draft.unit }, severity: 'error' }]);
          continue;
        }
        unitId = unit.id;
      }
      for (const w of row.problems) {
        result.warnings++;
        if (result.warningList.length < KEEP) result.warningList.push(issue(row.line, w));
      }
      const ready: ImportRow = { line: row.line, draft, unitId, hash: row.hash };
      const key = keyOf(draft, row.hash);
      const earlier = keys.get(key);
      const existing = earlier ? undefined : stored ? stored.get(key) : writer.findDuplicate(draft.ref, row.hash);
      if (!earlier && !existing) {
        keys.set(key, ready);
        inserts.push(ready);
      } else if (plan.onDuplicate === 'skip') {
        result.duplicates++;
      } else if (plan.onDuplicate === 'error') {
        const params = { ticket: existing?.ticket ?? `line ${earlier!.line}`, ref: draft.ref ?? '' };
        reject(row, [{ field: draft.ref !== undefined ? 'ref' : '', code: draft.ref !== undefined ? 'import.duplicateRef' : 'import.duplicateRow', params, severity: 'error' }]);
      } else if (earlier) {
        // The same key twice in one batch: the later row wins, as it would across batches.
        Object.assign(earlier, ready);
        result.duplicates++;
      } else {
        update(existing!, row);
      }
    }
    const range = writer.insertBatch(inserts);
    if (range) {
      result.stored += inserts.length;
      result.tickets = { from: result.tickets?.from ?? range.from, to: range.to };
    }
  };

  // --on-duplicate update: the stored report with the file's non-empty cells laid over it, validated again.
  const refOf = (row: RowOutcome): string | undefined => {
    const i = header!.fields.indexOf('ref');
    const ref = i < 0 ? undefined : cellsOf(row)[i]?.trim();
    return ref === '' ? undefined : ref;
  };
  const update = (existing: { id: number; ticket: string }, row: RowOutcome) => {
    const stored = storedReportRow(db, existing.id)!;
    const before: RawReport = {};
    for (const [k, v] of Object.entries(stored)) if (v !== null) before[k as keyof RawReport] = typeof v === 'number' ? v === 1 : v;
    const merged: RawReport = { ...before };
    header!.fields.forEach((field, i) => {
      const cell = cellsOf(row)[i];
      if (field && cell !== undefined && cell.trim() !== '') merged[field] = cell;
    });
    const next = validateReport(merged, env);
    if (!next.draft) return reject(row, next.problems);
    const unit = next.draft.unit === undefined ? undefined : unitOf(next.draft.unit);
    if (unit === null || (unit && !unit.active)) {
      return reject(row, [{ field: 'unit', code: unit ? 'report.inactiveUnit' : 'report.unknownUnit', params: { value: next.draft.unit! }, severity: 'error' }]);
    }
    if (unit) next.draft.unit = unit.code; // compared by code: the file may name the unit
    const old = validateReport(before, env).draft;
    const changes = changesBetween(old, next.draft);
    if (Object.keys(changes).length === 0) {
      result.unchanged++;
      return;
    }
    writer.updateReport(existing, { line: row.line, hash: row.hash, draft: next.draft, unitId: unit?.id }, changes);
    result.updated++;
  };

  // A big import in one transaction rebuilds the indexes once at the end instead of updating
  // them row by row: worth it when it adds at least 10,000 rows and an eighth of the table.
  const existing = oneTransaction && plan.onDuplicate !== 'update' ? countReports(db) : Infinity;
  const inFlight: number[] = [];
  let bytesRead = 0;
  const maybeSuspend = () => {
    if (existing === Infinity || writer.isSuspended) return;
    const rows = result.rows + pending.length;
    const estimate = plan.size && bytesRead > 0 ? (rows * plan.size) / bytesRead : rows;
    if (estimate >= 10_000 && estimate * 8 >= existing) {
      writer.suspend();
      result.indexesRebuilt = true;
      deps.onStep?.({ step: 'suspend' });
    }
  };

  const flush = (all: boolean) => {
    while (pending.length >= batchSize || (all && pending.length > 0)) {
      const batch = pending.slice(0, batchSize);
      pending = pending.slice(batch.length);
      if (oneTransaction) {
        writeBatch(batch);
        maybeSuspend();
      } else {
        writer.begin();
        try {
          writeBatch(batch);
          writer.commit();
        } catch (error) {
          writer.rollback();
          throw error;
        }
      }
      deps.onStep?.({ step: 'batch', stored: result.stored, committed: !oneTransaction });
      rejects?.flush();
    }
    deps.onProgress?.(result);
  };

  const take = async () => {
    const got = await stage.next();
    bytesRead += inFlight.shift() ?? 0;
    if (got.header) {
      header = result.header = got.header;
      if (plan.rejectsPath) rejects = new RejectsWriter(plan.rejectsPath, got.header.headers, got.header.delimiter);
    }
    pending.push(...got.rows);
    flush(false);
  };

  if (oneTransaction) writer.begin();
  let interrupted = false;
  try {
    for await (const chunk of plan.input) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      inFlight.push(buf.length);
      stage.send(buf);
      while (stage.pending >= IN_FLIGHT) await take();
      if (deps.stopRequested?.()) {
        interrupted = true;
        break;
      }
    }
    if (!interrupted) {
      stage.finish();
      while (stage.pending > 0) await take();
      flush(true);
      // The worker's heap is not needed for the index rebuild and commit that follow.
      await stage.close();
    }
    if (oneTransaction) {
      if (result.rejected === 0 && !plan.dryRun && !interrupted) {
        if (writer.isSuspended) deps.onStep?.({ step: 'rebuild', rows: result.stored });
        writer.resume();
        deps.onStep?.({ step: 'commit' });
        writer.commit();
        result.committed = true;
      } else {
        writer.rollback();
        result.indexesRebuilt = false;
      }
    } else result.committed = true;
  } catch (error) {
    writer.rollback();
    throw error instanceof InputError ? Object.assign(error, { result }) : error;
  } finally {
    try {
      rejects?.close();
      if (rejects && rejects.count > 0) result.rejectsFile = rejects.path;
    } finally {
      // Even when the rejects file cannot be written (disk full): a live worker keeps the process up.
      await stage.close();
    }
  }
  if (interrupted) throw new ImportInterrupted(result);
  return result;
}
