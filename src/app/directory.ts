/** Resolving units and officers by code, name, id or NIP, and whether they can take reports. */

import type { AppContext } from '../context.js';
import { InvalidInputError, NotFoundError, UsageError } from '../errors.js';
import { officerProblem, unitProblem } from '../domain/directory.js';
import { unitsMatching, type Unit } from '../store/units-repo.js';
import { findOfficerByNip, findOfficersByName, getOfficer, type Officer } from '../store/officers-repo.js';
import { mastersInfo, resolveInstitution } from '../store/national-repo.js';

/*
 * Resolving units, officers and national institutions from what an admin types (code, name, id,
 * NIP), and whether they are usable: one owner for "the unit exists and is active" (domain/directory.ts holds the rule).
 */

/**
 * A unit by code, id (`#12`) or name (case-insensitive); undefined when nothing matches. A name
 * that several units share (databases from before migration 012) is a usage error (exit 2)
 * listing them, as for officers: picking one silently could file reports under the wrong unit.
 */
export function findUnit(ctx: AppContext, ref: string): Unit | undefined {
  const matches = unitsMatching(ctx.db(), ref);
  if (matches.length > 1) {
    const candidates = matches.map((u) => `#${u.id} ${u.code} (${u.name}${u.active ? '' : ', inactive'})`).join('; ');
    throw new UsageError('unit.ambiguous', { ref: ref.trim(), candidates });
  }
  return matches[0];
}

/** A unit a report or an officer can be given; otherwise exit 4 naming the problem. */
export function requireUsableUnit(ctx: AppContext, value: string): Unit {
  const unit = findUnit(ctx, value);
  const problem = unitProblem(unit, value);
  if (problem) throw new InvalidInputError('error.invalidInput', { count: 1 }, [problem]);
  return unit!;
}

/** A unit that exists, active or not (filters, `sync map unit`); otherwise exit 4. */
export function requireUnit(ctx: AppContext, value: string): Unit {
  const unit = findUnit(ctx, value);
  if (!unit) throw new InvalidInputError('unit.notFound', { value });
  return unit;
}

/** A unit to filter by (`list --unit`, `due --unit`, `export --unit`): an unknown one is a bad flag value, exit 2. */
export function unitFilterId(ctx: AppContext, value: string): number {
  const unit = findUnit(ctx, value);
  if (!unit) throw new UsageError('unit.notFound', { value });
  return unit.id;
}

/**
 * An officer by numeric id, NIP (18 digits, spaces allowed) or name (case-insensitive).
 * Returns undefined when nothing matches; throws a usage error (exit 2) listing the candidates
 * when a name fits several officers, because picking one silently could assign a report to the
 * wrong person. Inactive officers are returned too: callers decide (see requireOfficer).
 */
export function findOfficer(ctx: AppContext, ref: string): Officer | undefined {
  const db = ctx.db();
  const text = ref.trim();
  const digits = text.replace(/\s+/g, '');
  if (/^\d{18}$/.test(digits)) return findOfficerByNip(db, digits);
  if (/^#?\d{1,15}$/.test(text)) return getOfficer(db, Number(text.replace('#', '')));
  const matches = findOfficersByName(db, text);
  if (matches.length > 1) {
    const candidates = matches.map((o) => `#${o.id} ${o.name} (${o.unitCode}${o.active ? '' : ', inactive'})`).join('; ');
    throw new UsageError('officer.ambiguous', { ref: text, candidates });
  }
  return matches[0];
}

/**
 * findOfficer that throws: not found (exit 3), or, with `usable: true`, an inactive officer or an
 * officer of a deactivated unit (exit 4). What `assign` needs before handing over a report.
 */
export function requireOfficer(ctx: AppContext, ref: string, opts: { usable?: boolean } = {}): Officer {
  const officer = findOfficer(ctx, ref);
  if (!officer) throw new NotFoundError('officer.notFound', { ref: ref.trim() });
  const problem = opts.usable ? officerProblem(officer) : undefined;
  if (problem) throw new InvalidInputError(problem.code, problem.params);
  return officer;
}

/** An officer to filter by (`due --officer`). */
export function officerFilterId(ctx: AppContext, ref: string): number {
  const officer = findOfficer(ctx, ref);
  // A filter flag naming nobody is a bad flag value (exit 2), like an unknown unit.
  if (!officer) throw new UsageError('workflow.officerNotFound', { value: ref });
  return officer.id;
}

/**
 * Where `forward --to` sends a report. With the national institution list loaded, a target it does
 * not know is caught now, not at the next sync; the id it resolves to is kept, so a later rename in
 * the list changes nothing. Without the list, what was typed is kept and sync resolves it (or says
 * to load the list).
 */
export function forwardTarget(ctx: AppContext, to: string): { to: string; institution_id?: number } {
  const db = ctx.db();
  if (mastersInfo(db).institutions === 0) return { to };
  const matches = resolveInstitution(db, to);
  if (matches.length === 0) throw new InvalidInputError('workflow.forwardUnknown', { to });
  if (matches.length > 1) throw new InvalidInputError('workflow.forwardAmbiguous', { to, ids: matches.map((m) => m.id).join(', ') });
  return { to, institution_id: matches[0]!.id };
}
