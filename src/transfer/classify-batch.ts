/** What `lapor import` does with each row of a batch, decided without a database (tested in test/transfer/classify-batch.test.ts). */

import type { FieldProblem } from '../domain/problems.js';
import type { ReportDraft } from '../domain/report.js';
import type { RowOutcome } from './import-rows.js';
import type { OnDuplicate } from './import-types.js';

export interface ExistingReport {
  id: number;
  ticket: string;
  /** Set when found by ticket: its stored content hash, which an update keeps. */
  hash?: string | null;
}

/** A unit as classification needs it: found (active or not) or null for unknown. */
export interface UnitRef {
  id: number;
  code: string;
  active: boolean;
  /** Set when the name fits several units (databases from before migration 012): never used, the row is refused naming them. */
  candidates?: string;
}

/** A row ready to insert (the store writer's ReportRow). */
export interface InsertRow {
  line: number;
  draft: ReportDraft;
  unitId?: number;
  hash?: string;
}

export interface Lookups {
  /** Stored reports by duplicate key (`keyOf`): `r:REF` or `h:HASH`, and by ticket: `t:TICKET`. */
  existing: ReadonlyMap<string, ExistingReport>;
  /** Units by lower-case code or name as written in the rows (`unitKeys`); null when unknown. */
  units: ReadonlyMap<string, UnitRef | null>;
  /** Column of `ref` in the file (-1 without), for rows an update may still take. */
  refIndex: number;
}

export interface Classified {
  inserts: InsertRow[];
  /** Stored reports to lay the row's cells over (--on-duplicate update); validated again when applied. */
  updates: { existing: ExistingReport; row: RowOutcome }[];
  /** Rows skipped as duplicates (of a stored report, or of an earlier row of the batch). */
  duplicates: number;
  rejects: { row: RowOutcome; problems: FieldProblem[] }[];
  /** Warnings of rows that passed (stored, updated or skipped). */
  warnings: { line: number; problems: FieldProblem[] }[];
}

/** The duplicate key of a row: its ref, or without one the content hash. */
export function keyOf(draft: { ref?: string }, hash: string | undefined): string {
  return draft.ref !== undefined ? `r:${draft.ref}` : `h:${hash}`;
}

/** The ref cell of a row without a draft (an update may fill what the file left empty). */
function refCell(row: RowOutcome, refIndex: number): string | undefined {
  if (refIndex < 0) return undefined;
  if (!row.cells) throw new Error(`import: the cells of line ${row.line} were not kept`);
  const ref = row.cells[refIndex]?.trim();
  return ref === '' ? undefined : ref;
}

/** What a batch must look up before classifyBatch: stored reports by ref, hash and ticket, units by name. */
export function lookupKeys(
  rows: readonly RowOutcome[],
  onDuplicate: OnDuplicate,
  refIndex: number,
): { refs: string[]; hashes: string[]; tickets: string[]; units: string[] } {
  const refs: string[] = [];
  const hashes: string[] = [];
  const tickets: string[] = [];
  const units = new Set<string>();
  for (const row of rows) {
    const d = row.draft;
    if (row.ticket !== undefined) tickets.push(row.ticket);
    if (d?.unit !== undefined) units.add(d.unit.toLowerCase());
    if (d?.ref !== undefined) refs.push(d.ref);
    else if (d && row.hash !== undefined) hashes.push(row.hash);
    else if (!d && onDuplicate === 'update') {
      const ref = refCell(row, refIndex);
      if (ref !== undefined) refs.push(ref);
    }
  }
  return { refs, hashes, tickets, units: [...units] };
}

/** Why a row's unit cannot take it: unknown, ambiguous or deactivated; undefined when usable. */
export function unitRefProblem(value: string, unit: UnitRef | null | undefined): FieldProblem | undefined {
  if (unit?.candidates !== undefined) return { field: 'unit', code: 'report.ambiguousUnit', params: { value, candidates: unit.candidates }, severity: 'error' };
  if (unit && unit.active) return undefined;
  return { field: 'unit', code: unit ? 'report.inactiveUnit' : 'report.unknownUnit', params: { value }, severity: 'error' };
}

/** A row without a draft: rejected, unless it names a stored report (update it, or skip it). */
function classifyInvalid(out: Classified, row: RowOutcome, byTicket: ExistingReport | undefined, existing: Lookups, onDuplicate: OnDuplicate): void {
  // An update may leave cells empty (they keep what is stored): judged on the merged row instead.
  const ref = onDuplicate === 'update' && !byTicket ? refCell(row, existing.refIndex) : undefined;
  const match = byTicket ?? (ref === undefined ? undefined : existing.existing.get(`r:${ref}`));
  // A row of our own export that names a stored report is that report: `skip` leaves it alone.
  if (match && onDuplicate === 'update') out.updates.push({ existing: match, row });
  else if (match && onDuplicate === 'skip') out.duplicates++;
  else out.rejects.push({ row, problems: row.problems });
}

/** The problem of a row repeating a stored report or an earlier row (`--on-duplicate error`). */
function duplicateProblem(draft: ReportDraft, byTicket: boolean, stored: ExistingReport | undefined, earlier: InsertRow | undefined): FieldProblem {
  const params = { ticket: stored?.ticket ?? `line ${earlier!.line}`, ref: draft.ref ?? '' };
  if (byTicket) return { field: 'ticket', code: 'import.duplicateTicket', params, severity: 'error' };
  const byRef = draft.ref !== undefined;
  return { field: byRef ? 'ref' : '', code: byRef ? 'import.duplicateRef' : 'import.duplicateRow', params, severity: 'error' };
}

/**
 * Sorts a batch into inserts, updates, duplicates and rejects. A row whose ticket is a stored
 * report's (our own export) is that report, whatever its ref or content. Rows repeating a key of an
 * earlier row of the batch count as duplicates, except with `update`, where the later row replaces
 * the earlier one (as it would across batches) and with `error`, where it is rejected.
 */
export function classifyBatch(rows: readonly RowOutcome[], existing: Lookups, onDuplicate: OnDuplicate): Classified {
  const out: Classified = { inserts: [], updates: [], duplicates: 0, rejects: [], warnings: [] };
  const keys = new Map<string, InsertRow>();
  for (const row of rows) {
    const draft = row.draft;
    const byTicket = row.ticket === undefined ? undefined : existing.existing.get(`t:${row.ticket}`);
    if (!draft) {
      classifyInvalid(out, row, byTicket, existing, onDuplicate);
      continue;
    }
    let unitId: number | undefined;
    if (draft.unit !== undefined) {
      const unit = existing.units.get(draft.unit.toLowerCase());
      const problem = unitRefProblem(draft.unit, unit);
      if (problem || !unit) {
        out.rejects.push({ row, problems: problem ? [problem] : [] });
        continue;
      }
      unitId = unit.id;
    }
    if (row.problems.length > 0) out.warnings.push({ line: row.line, problems: row.problems });
    const ready: InsertRow = { line: row.line, draft, unitId, hash: row.hash };
    const key = byTicket ? `t:${row.ticket}` : keyOf(draft, row.hash);
    const earlier = keys.get(key);
    const stored = earlier ? undefined : (byTicket ?? existing.existing.get(key));
    if (!earlier && !stored) {
      keys.set(key, ready);
      out.inserts.push(ready);
    } else if (onDuplicate === 'skip') {
      out.duplicates++;
    } else if (onDuplicate === 'error') {
      out.rejects.push({ row, problems: [duplicateProblem(draft, byTicket !== undefined, stored, earlier)] });
    } else if (earlier) {
      // The same key twice in one batch: the later row wins, as it would across batches.
      Object.assign(earlier, ready);
      out.duplicates++;
    } else {
      out.updates.push({ existing: stored!, row });
    }
  }
  return out;
}
