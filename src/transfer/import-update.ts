/** `--on-duplicate update`: the stored report with the file's non-empty cells laid over it, validated again. */

import { validateReport, type RawReport, type ReportFieldName, type ValidationEnv } from '../domain/report.js';
import type { FieldProblem } from '../domain/problems.js';
import type { RowOutcome } from './import-rows.js';
import { unitRefProblem, type InsertRow, type UnitRef } from './classify-batch.js';
import { changesBetween } from './import-changes.js';

/** `--on-duplicate update`: the stored report with the file's non-empty cells laid over it, validated again. */

export type UpdatePlan =
  { kind: 'reject'; problems: FieldProblem[] } | { kind: 'unchanged' } | { kind: 'update'; row: InsertRow; changes: Record<string, unknown> };

export function planUpdate(
  stored: RawReport,
  row: RowOutcome,
  fields: readonly (ReportFieldName | null)[],
  env: ValidationEnv,
  unitOf: (value: string) => UnitRef | null,
): UpdatePlan {
  if (!row.cells) throw new Error(`import: the cells of line ${row.line} were not kept`);
  const merged: RawReport = { ...stored };
  fields.forEach((field, i) => {
    const cell = row.cells![i];
    if (field && cell !== undefined && cell.trim() !== '') merged[field] = cell;
  });
  const next = validateReport(merged, env);
  if (!next.draft) return { kind: 'reject', problems: next.problems };
  const unit = next.draft.unit === undefined ? undefined : unitOf(next.draft.unit);
  const problem = unit === undefined ? undefined : unitRefProblem(next.draft.unit!, unit);
  if (problem) return { kind: 'reject', problems: [problem] };
  if (unit) next.draft.unit = unit.code; // compared by code: the file may name the unit
  const changes = changesBetween(validateReport(stored, env).draft, next.draft);
  if (Object.keys(changes).length === 0) return { kind: 'unchanged' };
  return { kind: 'update', row: { line: row.line, hash: row.hash, draft: next.draft, unitId: unit?.id }, changes };
}
