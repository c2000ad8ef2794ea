/** Officers: what makes their fields valid (officer add/edit, each interactive answer) and their writes. */

import type { AppContext } from '../context.js';
import { findUnit } from './directory.js';
import { writeTransaction } from '../store/database.js';
import { findOfficerByNip, insertOfficer, updateOfficer, type Officer, type OfficerFields } from '../store/officers-repo.js';
import { checkText } from '../domain/text.js';
import { formatNip, validateNip } from '../domain/nip.js';
import { normalizePhone } from '../domain/phone.js';
import { validateEmail } from '../domain/email.js';
import { localDateOf } from '../domain/dates.js';
import { unitProblem } from '../domain/directory.js';
import { fieldError, type FieldProblem } from '../domain/problems.js';

export interface FieldOptions {
  name?: string;
  unit?: string;
  nip?: string;
  phone?: string;
  email?: string;
}

/**
 * Validates whichever fields are given, all at once so the admin fixes everything in one go.
 * `selfId` is the officer being edited, which may keep its own NIP.
 */
export function validateOfficerFields(ctx: AppContext, o: FieldOptions, selfId?: number): { fields: Partial<OfficerFields>; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const fields: Partial<OfficerFields> = {};
  if (o.name !== undefined) {
    const checked = checkText(o.name, 'name', { required: true, min: 2, max: 200 });
    problems.push(...checked.problems);
    // Names are also references (`lapor assign ... --officer Siti`): digits alone would read as an id.
    if (checked.value !== undefined && !/\p{L}/u.test(checked.value)) problems.push(fieldError('name', 'officer.nameLetter', { value: checked.value }));
    else if (checked.value !== undefined) fields.name = checked.value.replace(/[ \t]+/g, ' ');
  }
  if (o.unit !== undefined) {
    const unit = findUnit(ctx, o.unit);
    const problem = unitProblem(unit, unit?.code ?? o.unit);
    if (problem) problems.push(problem);
    else fields.unitId = unit!.id;
  }
  if (o.nip !== undefined) {
    const checked = validateNip(o.nip, { today: localDateOf(ctx.clock(), ctx.settings().timezone) });
    problems.push(...checked.problems);
    if (checked.value !== undefined) {
      const holder = findOfficerByNip(ctx.db(), checked.value);
      if (holder && holder.id !== selfId)
        problems.push(fieldError('nip', 'officer.nipTaken', { nip: formatNip(checked.value), id: holder.id, name: holder.name }));
      else Object.assign(fields, { nip: checked.value, nipKind: checked.info!.kind });
    }
  }
  if (o.phone !== undefined) {
    const phone = normalizePhone(o.phone);
    problems.push(...phone.problems);
    if (phone.e164) Object.assign(fields, { phone: phone.e164, phoneRaw: phone.raw });
  }
  if (o.email !== undefined) {
    const email = validateEmail(o.email);
    problems.push(...email.problems);
    if (email.value) fields.email = email.value;
  }
  return { fields, problems };
}

/** Stores a new officer with its audit entry. */
export function addOfficer(ctx: AppContext, fields: OfficerFields): Officer {
  const db = ctx.db();
  return writeTransaction(db, () => insertOfficer(db, fields, ctx.actor(), ctx.clock().toISOString()));
}

/** Applies changes (undefined keeps a field, null clears it) with one audit entry naming them. */
export function changeOfficer(ctx: AppContext, id: number, changes: Partial<OfficerFields> & { active?: boolean }): { before: Officer; after: Officer } {
  const db = ctx.db();
  return writeTransaction(db, () => updateOfficer(db, id, changes, ctx.actor(), ctx.clock().toISOString()));
}
