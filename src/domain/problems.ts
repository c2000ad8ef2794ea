/** FieldProblem: a validation problem as a message key and its parameters. */

/**
 * A problem found while validating one field. `code` is a message-catalog key
 * (src/io/messages), `params` fill its {placeholders}. Domain code never
 * formats text for people: the io layer does, in the user's language.
 */
export interface FieldProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
  severity: 'error' | 'warning';
}

export function fieldError(field: string, code: string, params?: FieldProblem['params']): FieldProblem {
  return { field, code, params, severity: 'error' };
}

export function fieldWarning(field: string, code: string, params?: FieldProblem['params']): FieldProblem {
  return { field, code, params, severity: 'warning' };
}

export function hasErrors(problems: readonly FieldProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
