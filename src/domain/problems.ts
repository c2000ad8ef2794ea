/** FieldProblem: a validation problem as a message key and its parameters. */

/**
 * A problem found while validating one field. `code` is a message-catalog key
 * (src/io/messages), `params` fill its {placeholders}. Domain code never
 * formats text for people: the io layer does, in the user's language.
 */
/**
 * Every code a FieldProblem can carry. The domain does not import io, so this union is written out
 * here; io translates problems with keys typed by the catalog, so a code missing from the catalog
 * (in either language) is a compile error there, and a code missing here is one at its fieldError.
 */
export type ProblemCode =
  | `${'date' | 'datetime'}.format`
  | `date.${'invalid' | 'year'}`
  | 'time.invalid'
  | `email.${'at' | 'character' | 'domain' | 'local' | 'spaces' | 'tooLong'}`
  | `nik.${'age' | 'date' | 'day' | 'future' | 'length' | 'month' | 'notDigits' | 'serial' | 'unknownRegion'}`
  | `nip.${'birthDate' | 'length' | 'notDigits' | 'serial' | 'sex' | 'startFuture' | 'startMonth' | 'tooOld' | 'tooYoung'}`
  | `phone.${'foreign' | 'invalid' | 'character' | 'tooShort' | 'tooLong'}`
  | `holiday.${'importDate' | 'importEmpty' | 'importKind' | 'importName' | 'importTwice'}`
  | 'region.format'
  | `text.${'control' | 'bidi' | 'required' | 'tooLong' | 'tooShort'}`
  | `report.${'anonymousConfidential' | 'anonymousWithIdentity' | 'bool' | 'channel' | 'classification' | 'future'}`
  | `report.${'ambiguousUnit' | 'inactiveUnit' | 'incidentAfterReceived' | 'refExists' | 'unknownCategory' | 'unknownRegion' | 'unknownUnit'}`
  | `report.${'receivedLongAgo' | 'incidentLongAgo' | 'phoneNotMobile' | 'regionOutsideAgency'}`
  | `officer.${'nameLetter' | 'nipTaken'}`
  | `config.${'agencyRegion' | 'agencyCode' | 'headerName' | 'headerReserved' | 'integer' | 'nationalUrl' | 'nationalUrlSecret' | 'notEmpty' | 'oneOf' | 'positiveId' | 'timezone'}`
  | `sla.${'badUnit' | 'completionTooShort' | 'notPositiveInt' | 'tooLarge'}`
  | `import.${'duplicateRef' | 'duplicateRow' | 'duplicateTicket' | 'extraCells'}`;

export interface FieldProblem {
  field: string;
  code: ProblemCode;
  params?: Record<string, string | number>;
  severity: 'error' | 'warning';
}

export function fieldError(field: string, code: ProblemCode, params?: FieldProblem['params']): FieldProblem {
  return { field, code, params, severity: 'error' };
}

export function fieldWarning(field: string, code: ProblemCode, params?: FieldProblem['params']): FieldProblem {
  return { field, code, params, severity: 'warning' };
}

export function hasErrors(problems: readonly FieldProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
