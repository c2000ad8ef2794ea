/** The rules that make a unit or an officer usable for a report. */

import { fieldError, type FieldProblem } from './problems.js';

/** What the rules need to know of a unit or an officer (the store's rows carry more). */
export interface UnitState {
  active: boolean;
}

export interface OfficerState {
  id: number;
  name: string;
  unitCode: string;
  active: boolean;
  /** A deactivated unit takes no new reports, so neither do its officers. */
  unitActive: boolean;
}

/**
 * The one rule "this unit can take reports and officers": it exists and is active. `value` is what
 * the message names (the typed text, or the code). Used by add, edit, import and officer add/edit.
 */
export function unitProblem(unit: UnitState | undefined, value: string): FieldProblem | undefined {
  if (!unit) return fieldError('unit', 'report.unknownUnit', { value });
  if (!unit.active) return fieldError('unit', 'report.inactiveUnit', { value });
  return undefined;
}

/** Why this officer cannot be handed a report (an inactive officer, or one of a deactivated unit). */
export function officerProblem(
  officer: OfficerState,
): { code: 'officer.inactive' | 'officer.unitInactive'; params: Record<string, string | number> } | undefined {
  if (!officer.active) return { code: 'officer.inactive', params: { id: officer.id, name: officer.name } };
  if (!officer.unitActive) return { code: 'officer.unitInactive', params: { id: officer.id, name: officer.name, unit: officer.unitCode } };
  return undefined;
}
