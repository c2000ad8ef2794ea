/**
 * The one place that knows the national payloads' field names (shared/national-api.md): our
 * records in, their JSON out, and back. A renamed field is a one-line change here.
 */
import type { StoredReport } from '../domain/report-record.js';
import type { Channel, Classification } from '../domain/vocabulary.js';

/** The answer did not have the documented shape; treated as transient (a later run may succeed). */
export class ProtocolError extends Error {
  constructor(what: string) {
    super(`unexpected answer from the national system: ${what}`);
    this.name = 'ProtocolError';
  }
}

export const classificationIds: Readonly<Record<Classification, number>> = { complaint: 1, aspiration: 2, information: 3 };

/** The national form's channel is free text: the Indonesian name an officer there would read. */
const channelNames: Readonly<Record<Channel, string>> = {
  'walk-in': 'Tatap Muka',
  letter: 'Surat',
  phone: 'Telepon',
  sms: 'SMS',
  email: 'Email',
  whatsapp: 'WhatsApp',
  'social-media': 'Media Sosial',
  'suggestion-box': 'Kotak Saran',
  other: 'Lainnya',
};

export function channelName(channel: Channel): string {
  return channelNames[channel] ?? channel;
}

export interface CreateIds {
  categoryId: number | null;
  dispositionId: number | null;
  docIds: number[];
  /** Agency policy (setting national.nik_in_content): the national form has no NIK field. */
  nikInContent: boolean;
}

export type CreateBody = Record<string, unknown>;

/** How a NIK is put into the content when the agency's policy says so (national.nik_in_content). */
const nikPrefix = '\n\nNIK: ';
const nikInContent = /\n\nNIK: (\d+)$/;

export function toCreateBody(r: StoredReport, ids: CreateIds): CreateBody {
  const content = ids.nikInContent && r.reporter.nik && !r.anonymous ? `${r.description}${nikPrefix}${r.reporter.nik}` : r.description;
  const body: CreateBody = {
    title: r.title,
    content,
    classification_id: classificationIds[r.classification],
    channel: channelName(r.channel),
    category_id: ids.categoryId,
    disposition_id: ids.dispositionId,
    date_of_incident: r.incidentDate ?? null,
    location: r.location ?? null,
    is_anonymous: r.anonymous ? 1 : 0,
    is_secret: r.confidential ? 1 : 0,
    attachments: ids.docIds,
    external_ref: r.ticket,
  };
  if (!r.anonymous && r.reporter.name) {
    const reporter: Record<string, string> = { name: r.reporter.name };
    if (r.reporter.email) reporter.email = r.reporter.email;
    // E.164 (+62...) is what the contract's phone pattern accepts.
    if (r.reporter.phone) reporter.phone = r.reporter.phone;
    body.reporter = reporter;
  }
  return body;
}

export function toFollowupBody(complaintId: number, content: string, final: boolean): Record<string, unknown> {
  return { complaint_id: complaintId, content, is_final: final ? 1 : 0 };
}

/** Forwarding goes through the national reject endpoint with not_authority: the target is `reason`. */
export function toForwardBody(institutionId: number, reason: string): Record<string, unknown> {
  return { is_request: 1, not_authority: 1, reason: institutionId, reason_description: reason };
}

export type ReporterPart = 'name' | 'nik' | 'phone' | 'email';

/** The reporter identity of a body (its reporter object and a NIK in the content) through `mask`, for --dry-run output. */
export function maskBody(body: CreateBody, mask: (field: ReporterPart, value: string) => string): CreateBody {
  const out: CreateBody = { ...body };
  const reporter = body.reporter as Record<string, string> | undefined;
  if (reporter) out.reporter = Object.fromEntries(Object.entries(reporter).map(([k, v]) => [k, mask(k as ReporterPart, v)]));
  if (typeof body.content === 'string') out.content = body.content.replace(nikInContent, (_, nik: string) => `${nikPrefix}${mask('nik', nik)}`);
  return out;
}

function results(json: unknown): Record<string, unknown> {
  const r = (json as { results?: unknown } | null)?.results;
  if (typeof r !== 'object' || r === null) throw new ProtocolError('no "results" object');
  return r as Record<string, unknown>;
}

/**
 * A national id: a positive safe integer, as a JSON number or a string of digits. `-5`, `1e+21`,
 * `1.5` or a 30-digit number are refused rather than stored after a silent loss of precision.
 */
export function nationalId(value: unknown, what: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : NaN;
  if (Number.isSafeInteger(n) && n > 0) return n;
  throw new ProtocolError(`${what} is not a valid id (${describe(value)})`);
}

/** A count (`total`): a safe integer, zero included. */
function count(value: unknown, what: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  throw new ProtocolError(`${what} is not a count (${describe(value)})`);
}

/** A text the contract gives as a string (tracking_id, names): bounded. */
function str(value: unknown, what: string, max = 500): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined;
  if (text === undefined) throw new ProtocolError(`${what} is missing`);
  // Control characters are kept: shown through io/safe-text visible(), stored as given.
  if (text.length > max) throw new ProtocolError(`${what} is not a usable text (${describe(value)})`);
  return text;
}

/** The value in an error message: short, so a hostile answer cannot flood the terminal. */
function describe(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}

/** `dd-mm-yyyy HH:MM:SS` in Asia/Jakarta (UTC+7, no daylight saving) -> ISO instant. */
export function parseJakartaTime(value: string): string | undefined {
  const m = /^(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [, dd, mm, yyyy, hh, mi, ss] = m.map(Number) as [number, number, number, number, number, number, number];
  const ms = Date.UTC(yyyy, mm - 1, dd, hh - 7, mi, ss);
  const check = new Date(Date.UTC(yyyy, mm - 1, dd));
  if (check.getUTCDate() !== dd || check.getUTCMonth() !== mm - 1) return undefined;
  return new Date(ms).toISOString();
}

export function formatJakartaTime(instant: Date): string {
  const t = new Date(instant.getTime() + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(t.getUTCDate())}-${p(t.getUTCMonth() + 1)}-${t.getUTCFullYear()} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())}`;
}

export function fromCreated(json: unknown): { nationalId: string; trackingId: string } {
  const r = results(json);
  return { nationalId: String(nationalId(r.complaint_id, 'complaint_id')), trackingId: str(r.tracking_id, 'tracking_id', 64) };
}

export function fromUploaded(json: unknown): number[] {
  const docs = results(json).docs;
  if (!Array.isArray(docs) || docs.length === 0) throw new ProtocolError('no uploaded docs');
  return docs.map((d: { id?: unknown }) => nationalId(d.id, 'docs[].id'));
}

export function fromFollowupAdded(json: unknown): { followupId: string } {
  return { followupId: String(nationalId(results(json).followup_id, 'followup_id')) };
}

export function fromForwarded(json: unknown): { statusName?: string } {
  const name = results(json).status_name;
  return typeof name === 'string' ? { statusName: name } : {};
}

export interface NationalDetail {
  statusName: string;
  trackingId?: string;
  dispositionId?: number;
  dispositionName?: string;
  updatedAt?: string;
  /** Why the national side rejected or archived it, when it says (`reason_description`). */
  reason?: string;
}

export function fromDetail(json: unknown): NationalDetail {
  const data = results(json).data as Record<string, unknown> | undefined;
  if (typeof data !== 'object' || data === null) throw new ProtocolError('no "data" object');
  const detail: NationalDetail = { statusName: str(data.status_name, 'status_name').trim() };
  if (data.tracking_id !== undefined && data.tracking_id !== null) detail.trackingId = str(data.tracking_id, 'tracking_id', 64);
  if (data.disposition_id !== undefined && data.disposition_id !== null) detail.dispositionId = nationalId(data.disposition_id, 'disposition_id');
  if (typeof data.disposition_name === 'string') detail.dispositionName = data.disposition_name;
  const updated = typeof data.updated_at === 'string' ? parseJakartaTime(data.updated_at) : undefined;
  if (updated) detail.updatedAt = updated;
  // Free text kept for the history: a very long one is cut, not refused (refusing would block every later check).
  if (typeof data.reason_description === 'string' && data.reason_description.trim()) detail.reason = data.reason_description.trim().slice(0, 2000);
  return detail;
}

export type AuthorType = 'institution' | 'reporter' | 'admin';

export interface NationalFollowup {
  id: string;
  content: string;
  /** ISO instant; undefined when the national time could not be read. */
  at?: string;
  author: AuthorType;
  rating?: number;
  /** The closing answer (`is_final`), as the institution marked it. */
  isFinal?: boolean;
}

export function fromFollowups(json: unknown): NationalFollowup[] {
  const data = results(json).data;
  if (!Array.isArray(data)) throw new ProtocolError('"data" is not a list');
  return data.map((f: Record<string, unknown>) => {
    const author = f.author_type === 'reporter' || f.author_type === 'admin' ? f.author_type : 'institution';
    const out: NationalFollowup = { id: String(nationalId(f.id, 'followups[].id')), content: typeof f.content === 'string' ? f.content : '', author };
    const at = typeof f.created_at === 'string' ? parseJakartaTime(f.created_at) : undefined;
    if (at) out.at = at;
    if (typeof f.rating === 'number') out.rating = f.rating;
    if (f.is_final === 1 || f.is_final === true) out.isFinal = true;
    return out;
  });
}

export interface MasterPage<T> {
  rows: T[];
  total: number;
}

export function fromInstitutions(json: unknown): MasterPage<{ id: number; name: string }> {
  const r = results(json);
  if (!Array.isArray(r.data)) throw new ProtocolError('"data" is not a list');
  return { rows: r.data.map((x: Record<string, unknown>) => ({ id: nationalId(x.id, 'id'), name: str(x.name, 'name') })), total: count(r.total, 'total') };
}

export function fromCategories(json: unknown): MasterPage<{ id: number; name: string; parentId: number | null }> {
  const r = results(json);
  if (!Array.isArray(r.data)) throw new ProtocolError('"data" is not a list');
  return {
    rows: r.data.map((x: Record<string, unknown>) => ({
      id: nationalId(x.id, 'id'),
      name: str(x.name, 'name'),
      parentId: x.parent_id === undefined || x.parent_id === null ? null : nationalId(x.parent_id, 'parent_id'),
    })),
    total: count(r.total, 'total'),
  };
}

/** The server's reason for a 400/422, as one line: "message (field: problem; ...)". */
export function errorText(json: unknown, fallback: string): string {
  const e = json as { message?: unknown; errors?: Record<string, unknown> } | null;
  const message = typeof e?.message === 'string' && e.message.trim() ? e.message.trim() : fallback;
  const fields =
    e?.errors && typeof e.errors === 'object'
      ? Object.entries(e.errors).map(([field, list]) => `${field}: ${Array.isArray(list) ? list.join(', ') : String(list)}`)
      : [];
  return fields.length ? `${message} (${fields.join('; ')})` : message;
}
