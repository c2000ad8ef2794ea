/**
 * The personal-data policy (UU PDP): the only place that decides what each view shows of a
 * reporter. Commands, the audit trail, exports, sync previews and duplicate warnings ask here;
 * maskNik/maskPhone/maskEmail are only the primitives.
 *
 * Rules: an anonymous report has no identity anywhere; a confidential reporter's identity (name,
 * NIK, phone, e-mail, address) appears only through an audited reveal with a reason; everywhere
 * else NIK, phone and e-mail are masked and the address withheld.
 */
import { identityFields, type Reporter } from './report.js';
import { maskNik } from './nik.js';
import { maskPhone } from './phone.js';
import { maskEmail } from './email.js';

export type IdentityField = (typeof identityFields)[number];

export function isIdentityField(field: string): field is IdentityField {
  return (identityFields as readonly string[]).includes(field);
}

export interface PiiFlags {
  anonymous: boolean;
  confidential: boolean;
}

export interface WithReporter extends PiiFlags {
  reporter: Reporter;
}

/**
 * The views of a reporter: `list` and `show` (masked), `reveal` (in full, after the caller has
 * written the audit entry `revealDecision` asks for), `edit` (the interactive editor's picker
 * labels), `summary` (the last look before saving: what was typed in this session shows as
 * typed, NIK and phone still masked).
 */
export type ViewPurpose = 'list' | 'show' | 'reveal' | 'edit' | 'summary';

export type HiddenReason = 'anonymous' | 'confidential';

export interface ReporterView {
  name: string | null;
  nik: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  /** Set when the whole identity is withheld, and why. */
  hidden: HiddenReason | null;
}

/** What a withheld address shows as in masked views. */
export const withheldAddress = '***';

export function hiddenBecause(r: PiiFlags): HiddenReason | null {
  if (r.anonymous) return 'anonymous';
  return r.confidential ? 'confidential' : null;
}

const none = (hidden: HiddenReason | null): ReporterView => ({ name: null, nik: null, phone: null, email: null, address: null, hidden });

export function reporterView(r: WithReporter, purpose: ViewPurpose, typed: ReadonlySet<string> = new Set()): ReporterView {
  const p = r.reporter;
  if (r.anonymous) return none('anonymous');
  if (purpose === 'reveal') {
    return { name: p.name ?? null, nik: p.nik ?? null, phone: p.phone ?? null, email: p.email ?? null, address: p.address ?? null, hidden: null };
  }
  // The summary echoes what the admin has just typed (it is on the screen above it anyway).
  const shown = (field: IdentityField) => purpose === 'summary' && typed.has(field);
  if (r.confidential && !(purpose === 'summary' && identityFields.some(shown))) return none('confidential');
  const keep = (field: IdentityField, value: string | undefined, mask: (v: string) => string): string | null => {
    if (value === undefined) return null;
    if (shown(field) && field !== 'nik' && field !== 'phone') return value;
    if (r.confidential) return null;
    return mask(value);
  };
  return {
    name: keep('reporter_name', p.name, (v) => v),
    nik: keep('nik', p.nik, maskNik),
    phone: keep('phone', p.phone, maskPhone),
    email: keep('email', p.email, maskEmail),
    address: keep('address', p.address, () => withheldAddress),
    hidden: null,
  };
}

/**
 * The default of a prompt of the interactive editor: never a NIK, phone, e-mail or address, nor
 * a confidential name. A field without a default keeps its stored value on an empty answer
 * (`editKeepsOnEmpty`), so nothing is lost by not retyping it.
 */
export function editDefault(r: PiiFlags, field: string, stored: string | undefined): string | undefined {
  if (!isIdentityField(field)) return stored;
  return field === 'reporter_name' && hiddenBecause(r) === null ? stored : undefined;
}

/** Identity fields take an empty answer as "keep" and `clearAnswer` as "clear". */
export const clearAnswer = '-';
export const editKeepsOnEmpty = isIdentityField;

/** How `show --reveal` goes: refused without a reason for a confidential reporter, audited otherwise. */
export type RevealDecision =
  { reveal: false } | { reveal: true; audit: { reason: string | null; confidential: boolean } } | { refused: 'report.revealNeedsReason' };

export function revealDecision(r: PiiFlags, reason: string | undefined): RevealDecision {
  if (r.anonymous) return { reveal: false };
  const why = reason?.trim() ? reason : null;
  if (r.confidential && why === null) return { refused: 'report.revealNeedsReason' };
  return { reveal: true, audit: { reason: why, confidential: r.confidential } };
}

/** What the audit trail keeps instead of a value, and what history shows for it. */
export const auditMarks = { confidential: '(confidential)', anonymous: '(anonymous)', set: '(set)', changed: '(changed)' } as const;
const marks = new Set<unknown>(Object.values(auditMarks));

/**
 * An identity field's value as the audit trail stores it and as history shows it: nothing of a
 * confidential or anonymous reporter, NIK and phone masked, e-mail and address only as "(set)".
 * Idempotent, so history can pass stored (already masked) entries through it again with the
 * report's current flags. Other fields pass unchanged.
 */
export function auditValue(field: string, value: unknown, flags: PiiFlags): unknown {
  if (!isIdentityField(field) || value === null || value === undefined) return value;
  if (flags.anonymous) return auditMarks.anonymous;
  if (flags.confidential) return auditMarks.confidential;
  if (marks.has(value) || typeof value !== 'string') return value;
  if (field === 'nik') return maskNik(value);
  if (field === 'phone') return value.includes('*') ? value : maskPhone(value);
  if (field === 'email' || field === 'address') return auditMarks.set;
  return value;
}

/**
 * The flags an audit entry of a change is written under: confidential when it is before or
 * after (an entry that makes a report confidential must not carry its name), anonymous when it
 * becomes so (the identity is erased).
 */
export function auditFlags(before: PiiFlags | undefined, after: PiiFlags): PiiFlags {
  return { anonymous: after.anonymous, confidential: after.confidential || (before?.confidential ?? false) };
}

/** Audit details (top-level fields and `changes.{field}.from/to`) through `auditValue`. */
export function auditDetails(details: Record<string, unknown>, flags: PiiFlags): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) out[key] = auditValue(key, value, flags);
  const changes = details.changes;
  if (typeof changes === 'object' && changes !== null && !Array.isArray(changes)) {
    out.changes = Object.fromEntries(
      Object.entries(changes as Record<string, { from?: unknown; to?: unknown }>).map(([key, c]) => [
        key,
        typeof c === 'object' && c !== null ? { ...c, from: auditValue(key, c.from, flags), to: auditValue(key, c.to, flags) } : c,
      ]),
    );
  }
  return out;
}

/**
 * `lapor history` renders every entry, however old, under the report's CURRENT flags: an entry
 * written while the report was not confidential shows no name once it is.
 */
export const historyDetails = auditDetails;

/** What an export carries of reporters, from its flags. */
export interface ExportIdentity {
  /** The identity columns are written at all (--include-pii). */
  identity: boolean;
  /** Confidential reporters' identity too (--include-confidential, with a --reason). */
  confidential: boolean;
}

export interface ExportRequest {
  includePii?: boolean;
  includeConfidential?: boolean;
  reason?: string;
}

export type ExportRefusal = 'export.confidentialNeedsPii' | 'export.reasonNeedsPii' | 'export.confidentialNeedsReason';

export function exportIdentity(req: ExportRequest): { ok: true; value: ExportIdentity } | { ok: false; code: ExportRefusal } {
  const identity = req.includePii === true;
  const confidential = req.includeConfidential === true;
  if (confidential && !identity) return { ok: false, code: 'export.confidentialNeedsPii' };
  if (req.reason !== undefined && !identity) return { ok: false, code: 'export.reasonNeedsPii' };
  if (confidential && !req.reason?.trim()) return { ok: false, code: 'export.confidentialNeedsReason' };
  return { ok: true, value: { identity, confidential } };
}

/** Whether one report's reporter goes into an export decided by `exportIdentity`. */
export function exportShowsIdentity(r: PiiFlags, d: ExportIdentity): boolean {
  return d.identity && !r.anonymous && (!r.confidential || d.confidential);
}

/** A reporter value in a `sync --dry-run` body: masked, or nothing of a confidential reporter. */
export function previewValue(field: 'name' | 'nik' | 'phone' | 'email', value: string, flags: PiiFlags): string {
  if (flags.anonymous) return auditMarks.anonymous;
  if (flags.confidential) return auditMarks.confidential;
  if (field === 'nik') return maskNik(value);
  if (field === 'phone') return maskPhone(value);
  if (field === 'email') return maskEmail(value);
  return value;
}

/**
 * Whether a likely duplicate may be named (ticket, date, title): not when its reporter is
 * confidential, as the match itself tells that this NIK or phone filed it. Such a match is
 * reported without naming it and audited on the matched report (`duplicateAudit`).
 */
export function duplicateNamed(r: { anonymous?: boolean; confidential: boolean }): boolean {
  return hiddenBecause({ anonymous: r.anonymous ?? false, confidential: r.confidential }) === null;
}

export function duplicateAudit(matchedOn: 'nik' | 'phone', similarity: number): Record<string, unknown> {
  return { matched_on: matchedOn, similarity: Math.round(similarity * 100) / 100 };
}

/**
 * A report title as a reminder letter may show it: titles are typed by people and sometimes hold
 * a NIK, a phone number or an e-mail address, so those are masked; a confidential reporter's
 * report shows no title at all (null), as its existence can point to the person.
 */
export function letterTitle(title: string, flags: { confidential: boolean }): string | null {
  if (flags.confidential) return null;
  return title.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '***').replace(/\+?\d[\d\s.-]{6,}\d/g, '***');
}

/**
 * `list --reporter`: a match ties a NIK, phone or name to a report, so on a confidential report it
 * tells who filed it. Such a report is listed (identity still masked) only with a reason, and
 * every such match is written to its audit trail, listed or not (`reporterMatchAudit`).
 */
export function reporterMatchListed(r: PiiFlags, reason: string | undefined): boolean {
  return !r.confidential || Boolean(reason?.trim());
}

export function reporterMatchAudit(matchedOn: 'nik' | 'phone' | 'name', reason: string | undefined, listed: boolean): Record<string, unknown> {
  return { matched_on: matchedOn, listed, reason: reason?.trim() ? reason.trim() : null };
}
