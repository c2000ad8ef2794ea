/** The simulated national API: its routes, their answers, Idempotency-Key replay. */

import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { SimState } from './state.js';

export interface Route {
  method: string;
  pattern: RegExp;
  operation: string;
  write: boolean;
}

export const routes: Route[] = [
  { method: 'GET', pattern: /^\/masters\/institutions\/external$/, operation: 'listInstitutions', write: false },
  { method: 'GET', pattern: /^\/masters\/categories$/, operation: 'listCategories', write: false },
  { method: 'POST', pattern: /^\/complaints\/complaint\/file$/, operation: 'uploadAttachment', write: true },
  { method: 'POST', pattern: /^\/complaints\/complaint$/, operation: 'createComplaint', write: true },
  { method: 'GET', pattern: /^\/complaints\/(\d+)\/complaint$/, operation: 'getComplaint', write: false },
  { method: 'GET', pattern: /^\/complaints\/(\d+)\/followups$/, operation: 'listFollowups', write: false },
  { method: 'POST', pattern: /^\/complaints\/followup\/add$/, operation: 'addFollowup', write: true },
  { method: 'POST', pattern: /^\/complaints\/process\/(\d+)\/reject$/, operation: 'forwardComplaint', write: true },
];

export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const error = (status: number, message: string, errors?: Record<string, string[]>): Answer => ({
  status,
  body: errors ? { message, errors } : { message },
});

/** One API request as the handlers see it. */
export interface ApiRequest {
  operation: string;
  match: RegExpMatchArray;
  req: IncomingMessage;
  raw: Buffer;
  url: URL;
}

/** First successful answer per Idempotency-Key, with what it was for. */
export type IdempotencyStore = Map<string, { fingerprint: string; answer: Answer }>;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

function page<T>(rows: T[], url: URL): Answer {
  const p = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const size = Math.min(1000, Math.max(1, Number(url.searchParams.get('page_size') ?? 100) || 100));
  return { status: 200, body: { results: { data: rows.slice((p - 1) * size, p * size), total: rows.length } } };
}

function formOf(req: IncomingMessage, raw: Buffer): Promise<FormData> {
  return new Request('http://sim/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body: raw }).formData();
}

async function uploadAttachment(state: SimState, req: IncomingMessage, raw: Buffer): Promise<Answer> {
  const form = await formOf(req, raw);
  const files = form.getAll('attachments[]').filter((f) => typeof f !== 'string');
  if (files.length === 0) return error(422, 'The given data was invalid.', { 'attachments[]': ['At least one file is required.'] });
  const docs = [];
  for (const f of files) if (typeof f !== 'string') docs.push(state.addDoc(f.name, new Uint8Array(await f.arrayBuffer())));
  return { status: 201, body: { results: { docs: docs.map((d) => ({ id: d.id, filename: d.filename, size: d.size })) } } };
}

/** The JSON writes: create, follow-up, forward. */
function jsonWrite(state: SimState, operation: string, id: number, raw: Buffer): Answer {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    return error(400, 'The body is not valid JSON.');
  }
  if (operation === 'createComplaint') {
    const c = state.createComplaint(body);
    return { status: 201, body: { results: { complaint_id: c.id, tracking_id: c.trackingId } } };
  }
  if (operation === 'addFollowup') return { status: 201, body: { results: { followup_id: state.addInstitutionFollowup(body).id } } };
  return { status: 200, body: { results: { status_name: state.forward(id, body) } } };
}

export async function handleApi(state: SimState, { operation, match, req, raw, url }: ApiRequest): Promise<Answer> {
  const id = match[1] === undefined ? 0 : Number(match[1]);
  switch (operation) {
    case 'listInstitutions':
      return page(state.institutions, url);
    case 'listCategories':
      return page(state.categories, url);
    case 'getComplaint':
      return { status: 200, body: state.detailJson(id) };
    case 'listFollowups':
      return { status: 200, body: state.followupsJson(id) };
    case 'uploadAttachment':
      return uploadAttachment(state, req, raw);
  }
  return jsonWrite(state, operation, id, raw);
}

/** What a write carries, so a replay with the same key can be told apart from a different request. */
async function contentOf(operation: string, req: IncomingMessage, raw: Buffer): Promise<string> {
  if (operation === 'uploadAttachment') {
    // Multipart boundaries differ per send: compare what was uploaded, not the bytes on the wire.
    const form = await formOf(req, raw);
    const parts = await Promise.all(
      form.getAll('attachments[]').map(async (f) =>
        typeof f === 'string'
          ? f
          : `${f.name}:${crypto
              .createHash('sha256')
              .update(new Uint8Array(await f.arrayBuffer()))
              .digest('hex')}`,
      ),
    );
    return parts.join('|');
  }
  try {
    return canonical(JSON.parse(raw.toString('utf8')));
  } catch {
    return raw.toString('utf8');
  }
}

/** Writes keep their first successful answer per Idempotency-Key (contract: at least 24 h; here: for the process). */
export async function idempotent(store: IdempotencyStore, operation: string, req: IncomingMessage, raw: Buffer, run: () => Promise<Answer>): Promise<Answer> {
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || key.length < 8 || key.length > 255) return error(400, 'An Idempotency-Key header (8-255 characters) is required.');
  const fingerprint = `${operation} ${req.url} ${await contentOf(operation, req, raw)}`;
  const seen = store.get(key);
  if (seen) {
    if (seen.fingerprint !== fingerprint)
      return error(422, 'This Idempotency-Key was already used with a different request.', { 'Idempotency-Key': ['already used with a different request'] });
    return seen.answer;
  }
  const answer = await run();
  if (answer.status >= 200 && answer.status < 300) store.set(key, { fingerprint, answer });
  return answer;
}
