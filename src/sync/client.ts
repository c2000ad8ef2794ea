/** The national API client over an injected transport. */

import type { Transport, TransportResponse } from './transport.js';
import { NetworkError } from './network-error.js';
import { classifyStatus, parseRetryAfter, type FailureKind } from './retry.js';
import * as payload from './payload.js';

export interface ClientConfig {
  baseUrl: string;
  apiKey: string;
  token: string;
  /** Header carrying the API key; `Authorization` gets the `Bearer ` scheme, any other the bare key. */
  keyHeader: string;
  tokenHeader: string;
  userAgent: string;
  now?: () => number;
}

/** A failed request, classified for the retry policy. `detail` never holds a credential. */
export class NationalError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly detail: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
    /** Node's code when no answer came at all (ECONNREFUSED, ETIMEDOUT, ...): the run's breaker counts these. */
    readonly networkCode?: string,
  ) {
    super(detail);
    this.name = 'NationalError';
  }
}

export interface UploadFile {
  filename: string;
  mime: string;
  data: Uint8Array;
}

export interface NationalClient {
  listInstitutions(page: number, pageSize: number): Promise<payload.MasterPage<{ id: number; name: string }>>;
  listCategories(page: number, pageSize: number): Promise<payload.MasterPage<{ id: number; name: string; parentId: number | null }>>;
  upload(key: string, file: UploadFile): Promise<number[]>;
  /** Bodies of writes are JSON text, sent byte for byte as frozen in the outbox. */
  create(key: string, body: string): Promise<{ nationalId: string; trackingId: string }>;
  detail(complaintId: string): Promise<payload.NationalDetail>;
  followups(complaintId: string): Promise<payload.NationalFollowup[]>;
  addFollowup(key: string, body: string): Promise<{ followupId: string }>;
  forward(complaintId: string, key: string, body: string): Promise<{ statusName?: string }>;
}

/** A complaint id goes into a URL path: only digits, so nothing stored can bend the path. */
function idSegment(id: string): string {
  if (!/^\d+$/.test(id)) throw new NationalError('invalid', `national complaint id '${id}' is not a number`);
  return id;
}

export function createClient(cfg: ClientConfig, transport: Transport): NationalClient {
  const now = cfg.now ?? Date.now;
  const secrets = [cfg.apiKey, cfg.token].filter((s) => s.length >= 4);
  // A server (or proxy) that echoes headers into an error body must not leak them into our output.
  const redact = (text: string) => secrets.reduce((t, s) => t.split(s).join('***'), text).slice(0, 500);
  const baseHeaders: Record<string, string> = {
    [cfg.keyHeader]: cfg.keyHeader.toLowerCase() === 'authorization' ? `Bearer ${cfg.apiKey}` : cfg.apiKey,
    [cfg.tokenHeader]: cfg.token,
    Accept: 'application/json',
    'User-Agent': cfg.userAgent,
  };

  async function send(method: 'GET' | 'POST', path: string, opts: { body?: string | Uint8Array; key?: string; contentType?: string } = {}): Promise<unknown> {
    const headers = { ...baseHeaders };
    if (opts.key) headers['Idempotency-Key'] = opts.key;
    if (opts.body !== undefined) headers['Content-Type'] = opts.contentType ?? 'application/json; charset=utf-8';
    let res: TransportResponse;
    try {
      res = await transport({ method, url: cfg.baseUrl + path, headers, body: opts.body });
    } catch (error) {
      if (error instanceof NetworkError) {
        const kind = error.code === 'ETOOBIG' ? 'oversize' : 'transient';
        throw new NationalError(kind, redact(`${error.code}: ${error.message}`), undefined, undefined, kind === 'transient' ? error.code : undefined);
      }
      throw error;
    }
    let json: unknown;
    try {
      json = res.text ? JSON.parse(res.text) : undefined;
    } catch {
      json = undefined;
    }
    const kind = classifyStatus(res.status);
    if (kind === 'redirect') throw new NationalError(kind, redact(`HTTP ${res.status} to ${res.headers.location ?? '(no Location)'}`), res.status);
    if (kind === undefined) {
      if (json === undefined) throw new NationalError('transient', `HTTP ${res.status} with a body that is not JSON`, res.status);
      return json;
    }
    const detail = redact(`HTTP ${res.status}: ${payload.errorText(json, res.text.trim() || 'no details')}`);
    throw new NationalError(kind, detail, res.status, parseRetryAfter(res.headers['retry-after'], now()));
  }

  /** A 2xx answer that breaks the contract is transient: the same key fetches the same answer later. */
  async function parsed<T>(promise: Promise<unknown>, parse: (json: unknown) => T): Promise<T> {
    const json = await promise;
    try {
      return parse(json);
    } catch (error) {
      if (error instanceof payload.ProtocolError) throw new NationalError('transient', error.message);
      throw error;
    }
  }

  return {
    listInstitutions: (page, size) => parsed(send('GET', `/masters/institutions/external?page=${page}&page_size=${size}`), payload.fromInstitutions),
    listCategories: (page, size) => parsed(send('GET', `/masters/categories?page=${page}&page_size=${size}`), payload.fromCategories),
    async upload(key, file) {
      const form = new FormData();
      form.append('attachments[]', new Blob([file.data], { type: file.mime }), file.filename);
      // Let the platform's multipart encoder build the body rather than hand-rolling boundaries.
      const encoded = new Response(form);
      const body = new Uint8Array(await encoded.arrayBuffer());
      return parsed(
        send('POST', '/complaints/complaint/file', { body, key, contentType: encoded.headers.get('content-type') ?? undefined }),
        payload.fromUploaded,
      );
    },
    create: (key, body) => parsed(send('POST', '/complaints/complaint', { body, key }), payload.fromCreated),
    detail: (id) => parsed(send('GET', `/complaints/${idSegment(id)}/complaint`), payload.fromDetail),
    followups: (id) => parsed(send('GET', `/complaints/${idSegment(id)}/followups`), payload.fromFollowups),
    addFollowup: (key, body) => parsed(send('POST', '/complaints/followup/add', { body, key }), payload.fromFollowupAdded),
    forward: (id, key, body) => parsed(send('POST', `/complaints/process/${idSegment(id)}/reject`, { body, key }), payload.fromForwarded),
  };
}
