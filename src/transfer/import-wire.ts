/** How rows cross from the import worker to the main thread: as arrays. */

import type { ReportDraft, Reporter } from '../domain/report.js';
import type { FieldProblem } from '../domain/problems.js';
import type { RowOutcome } from './import-rows.js';
import { draftSlots, type DraftSlotKey, type ReporterSlotKey } from '../domain/fields.js';
import type { OnDuplicate } from './import-types.js';

/**
 * How rows cross from the import worker to the main thread: as arrays, not objects.
 * Structured clone writes every property name of every object; for 500,000 drafts of
 * ~20 properties that was ~1 s on each side, arrays cost a third of it. A valid row's
 * cells (kept for the rejects file) only travel when the main thread may still reject
 * or update that row.
 */
const draftKeys = draftSlots.filter((s) => !s.reporter).map((s) => s.key as DraftSlotKey);
const reporterKeys = draftSlots.filter((s) => s.reporter).map((s) => s.key as ReporterSlotKey);

// A field added to ReportDraft or Reporter and not in the field table (domain/fields.ts) fails to compile here.
type Unlisted = Exclude<keyof ReportDraft, DraftSlotKey | 'reporter'> | Exclude<keyof Reporter, ReporterSlotKey>;
const everyFieldListed: [Unlisted] extends [never] ? true : never = true;
void everyFieldListed;

type Value = string | number | boolean | null;
/** [line, hash, problems, cells, ticket, ...draft values, ...reporter values]; a row without a draft stops after the ticket. */
export type WireRow = [number, string | null, FieldProblem[] | null, string[] | null, string | null, ...Value[]];

const HEAD = 5;

export function packRow(row: RowOutcome, keepCells: boolean): WireRow {
  const d = row.draft;
  const problems = row.problems.length > 0 ? row.problems : null;
  if (!d) return [row.line, row.hash ?? null, problems, row.cells ?? null, row.ticket ?? null];
  const wire: WireRow = [row.line, row.hash ?? null, problems, keepCells ? (row.cells ?? null) : null, row.ticket ?? null];
  for (const key of draftKeys) wire.push(d[key] ?? null);
  for (const key of reporterKeys) wire.push(d.reporter[key] ?? null);
  return wire;
}

/** The RowOutcome packRow was given (without the cells it left behind); absent fields stay absent. */
export function unpackRow(wire: WireRow): RowOutcome {
  const row: RowOutcome = { line: wire[0], problems: wire[2] ?? [] };
  if (wire[1] !== null) row.hash = wire[1];
  if (wire[3] !== null) row.cells = wire[3];
  if (wire[4] !== null) row.ticket = wire[4];
  if (wire.length === HEAD) return row;
  const draft: Record<string, Value | Reporter> = {};
  let i = HEAD;
  for (const key of draftKeys) {
    const value = wire[i++] as Value;
    if (value !== null) draft[key] = value;
  }
  const reporter: Record<string, Value> = {};
  for (const key of reporterKeys) {
    const value = wire[i++] as Value;
    if (value !== null) reporter[key] = value;
  }
  draft.reporter = reporter as Reporter;
  row.draft = draft as unknown as ReportDraft;
  return row;
}

/** Whether the main thread may reject or update a valid row (unknown unit, duplicate), needing its cells. */
export function cellsNeeded(onDuplicate: OnDuplicate, fields: readonly (string | null)[]): boolean {
  return onDuplicate !== 'skip' || fields.includes('unit');
}
