/** Liaison officers. */

import type { DB } from './database.js';
import { appendAudit } from './audit-repo.js';
import { NotFoundError } from '../errors.js';
import { finalStatuses } from '../domain/lifecycle.js';
import type { NipKind } from '../domain/nip.js';

/** A liaison officer (pejabat penghubung) with the unit they answer for. */
export interface Officer {
  id: number;
  name: string;
  unitId: number;
  unitCode: string;
  unitName: string;
  /** A deactivated unit takes no new reports, so neither do its officers. */
  unitActive: boolean;
  /** 18 digits, or null when not recorded. */
  nip: string | null;
  /** What the NIP says: a PNS or a contract civil servant (PPPK); null without a NIP. */
  nipKind: NipKind | null;
  /** E.164. */
  phone: string | null;
  /** As typed. */
  phoneRaw: string | null;
  email: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The stored fields an admin sets; `undefined` in a change means "keep", `null` means "clear". */
export interface OfficerFields {
  name: string;
  unitId: number;
  nip: string | null;
  /** Set with the NIP (validateNip's kind). */
  nipKind: NipKind | null;
  phone: string | null;
  phoneRaw: string | null;
  email: string | null;
}

interface OfficerRow {
  id: number;
  name: string;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  unit_active: number;
  nip: string | null;
  nip_kind: NipKind | null;
  phone: string | null;
  phone_raw: string | null;
  email: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

const select = `SELECT o.id, o.name, o.unit_id, u.code AS unit_code, u.name AS unit_name, u.active AS unit_active,
  o.nip, o.nip_kind, o.phone, o.phone_raw, o.email, o.active, o.created_at, o.updated_at
  FROM officers o JOIN units u ON u.id = o.unit_id`;

const toOfficer = (r: OfficerRow): Officer => ({
  id: r.id,
  name: r.name,
  unitId: r.unit_id,
  unitCode: r.unit_code,
  unitName: r.unit_name,
  unitActive: r.unit_active === 1,
  nip: r.nip,
  nipKind: r.nip_kind,
  phone: r.phone,
  phoneRaw: r.phone_raw,
  email: r.email,
  active: r.active === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** What the audit trail keeps: the fields, with the unit by code so it reads without a join. */
function auditView(o: Officer): Record<string, unknown> {
  return { name: o.name, unit: o.unitCode, nip: o.nip, phone: o.phone, email: o.email, active: o.active };
}

export function getOfficer(db: DB, id: number): Officer | undefined {
  const row = db.prepare(`${select} WHERE o.id = ?`).get(id) as OfficerRow | undefined;
  return row ? toOfficer(row) : undefined;
}

export function listOfficers(db: DB, filter: { unitId?: number; includeInactive?: boolean } = {}): Officer[] {
  const rows = db
    .prepare(`${select} WHERE (@unit IS NULL OR o.unit_id = @unit) AND (@all = 1 OR o.active = 1) ORDER BY u.code, o.name COLLATE NOCASE, o.id`)
    .all({ unit: filter.unitId ?? null, all: filter.includeInactive ? 1 : 0 }) as OfficerRow[];
  return rows.map(toOfficer);
}

export function findOfficerByNip(db: DB, nip: string): Officer | undefined {
  const row = db.prepare(`${select} WHERE o.nip = ?`).get(nip) as OfficerRow | undefined;
  return row ? toOfficer(row) : undefined;
}

/** Officers with this name, ignoring case and repeated spaces. */
export function findOfficersByName(db: DB, name: string): Officer[] {
  const wanted = name.trim().replace(/\s+/g, ' ');
  return (db.prepare(`${select} WHERE o.name = ? COLLATE NOCASE ORDER BY o.id`).all(wanted) as OfficerRow[]).map(toOfficer);
}

/** Call inside a write transaction (app/officers.ts). */
export function insertOfficer(db: DB, fields: OfficerFields, actor: string, at: string): Officer {
  const info = db
    .prepare(
      'INSERT INTO officers (unit_id, name, nip, nip_kind, phone, phone_raw, email, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)',
    )
    .run(fields.unitId, fields.name, fields.nip, fields.nip === null ? null : fields.nipKind, fields.phone, fields.phoneRaw, fields.email, at, at);
  const officer = getOfficer(db, Number(info.lastInsertRowid))!;
  appendAudit(db, { at, actor, action: 'officer.add', entity: 'officer', entityId: officer.id, details: auditView(officer) });
  return officer;
}

/** Applies the given changes (undefined keeps a field) with one audit entry naming what changed; inside a write transaction. */
export function updateOfficer(
  db: DB,
  id: number,
  changes: Partial<OfficerFields> & { active?: boolean },
  actor: string,
  at: string,
): { before: Officer; after: Officer } {
  const before = getOfficer(db, id);
  if (!before) throw new NotFoundError('officer.notFound', { ref: String(id) });
  const pick = <K extends keyof OfficerFields>(k: K, current: OfficerFields[K]): OfficerFields[K] =>
    changes[k] === undefined ? current : (changes[k] as OfficerFields[K]);
  const active = changes.active === undefined ? before.active : changes.active;
  const nip = pick('nip', before.nip);
  db.prepare(
    'UPDATE officers SET name = ?, unit_id = ?, nip = ?, nip_kind = ?, phone = ?, phone_raw = ?, email = ?, active = ?, updated_at = ? WHERE id = ?',
  ).run(
    pick('name', before.name),
    pick('unitId', before.unitId),
    nip,
    nip === null ? null : pick('nipKind', before.nipKind),
    pick('phone', before.phone),
    pick('phoneRaw', before.phoneRaw),
    pick('email', before.email),
    active ? 1 : 0,
    at,
    id,
  );
  const after = getOfficer(db, id)!;
  const from = auditView(before);
  const to = auditView(after);
  const diff: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(to)) if (from[key] !== to[key]) diff[key] = { from: from[key], to: to[key] };
  const action =
    changes.active === undefined || Object.keys(diff).some((k) => k !== 'active') ? 'officer.edit' : active ? 'officer.activate' : 'officer.deactivate';
  appendAudit(db, { at, actor, action, entity: 'officer', entityId: id, details: { officer: before.name, changes: diff } });
  return { before, after };
}

/**
 * Reports still in this officer's hands (not done, rejected or forwarded). Shown when the officer is
 * deactivated so nothing is left with someone who no longer answers.
 */
export function countOpenReportsOf(db: DB, officerId: number): number {
  const finals = [...finalStatuses];
  const row = db
    .prepare(`SELECT COUNT(*) AS n FROM reports WHERE officer_id = ? AND status NOT IN (${finals.map(() => '?').join(', ')})`)
    .get(officerId, ...finals) as { n: number };
  return row.n;
}
