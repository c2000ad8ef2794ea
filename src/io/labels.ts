/** Labels of stored names and values (a report status, a field name, a detail of the history) in the user's language. */

import type { IO } from './io.js';
import type { FieldProblem } from '../domain/problems.js';

/** A report status in the user's language; an unknown (newer or national) status shows as stored. */
export function statusLabel(io: IO, status: string): string {
  return io.tOr(`status.${status}`, status);
}

/** A field or detail name as stored (`reporter_name`, `previous_officer`): its label, else itself. */
export function fieldLabel(io: IO, name: string): string {
  return io.tOr(`field.${name}`, io.tOr(`detail.${name}`, name));
}

/** Stored values of these names come from a closed vocabulary with labels in the catalog. */
const vocabularyOf: Readonly<Record<string, string>> = {
  classification: 'classification',
  channel: 'channel',
  reason: 'rejectReason',
  status: 'status',
  national_status: 'status',
  due_kind: 'due',
};

/** A stored value for a person: yes/no, a vocabulary word in the user's language, '-' for none. */
export function valueLabel(io: IO, name: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '-';
  if (typeof value === 'boolean') return io.t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  const vocabulary = vocabularyOf[name];
  return vocabulary ? io.tOr(`${vocabulary}.${text}`, text) : text;
}

/** A field named inside a sentence: the identifier in English (as flags and JSON keys spell it), the word in Indonesian. */
export function fieldWord(io: Pick<IO, 'tOr'>, name: string): string {
  return io.tOr(`fieldName.${name}`, name);
}

/** A problem's message parameters, with its field named in the user's language. */
export function problemParams(io: Pick<IO, 'tOr'>, p: FieldProblem): Record<string, string | number> {
  const params = { field: p.field, ...p.params };
  return { ...params, field: fieldWord(io, String(params.field)) };
}
