/** The simulator over real HTTP, with latency, errors, dropped connections and lost acknowledgements. */

import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimRefusal, SimState, type AuthorType } from './state.js';

/*
 * A local stand-in for the national API over real HTTP, with the faults the sync must survive:
 * latency, 5xx, 429/503 with Retry-After, dropped connections and lost acknowledgements (the
 * write is applied, the answer never arrives). Faults come at random rates (flags) or scripted
 * one by one (tests, POST /__sim/faults). Control endpoints under /__sim/ play the national side.
 */

export type FaultKind = 'drop' | 'lostAck' | 'hang' | '500' | '502' | '503' | '429' | '401' | '403';

export interface ScriptedFault {
  /** operationId of the contract (createComplaint, addFollowup, ...); any API call when absent. */
  operation?: string;
  kind: FaultKind;
  /** How many requests it hits (default 1). */
  times?: number;
  retryAfter?: number;
}

export interface SimOptions {
  host?: string;
  port?: number;
  latencyMs?: number;
  jitterMs?: number;
  /** Share of API requests answered 500. */
  failRate?: number;
  /** Share answered 429 with Retry-After. */
  throttleRate?: number;
  /** Share answered 503 with Retry-After. */
  unavailableRate?: number;
  retryAfterSec?: number;
  /** Share of connections closed before anything is done. */
  dropRate?: number;
  /** Share of writes applied whose answer is never sent. */
  lostAckRate?: number;
  seed?: number;
  apiKey?: string;
  token?: string;
  keyHeader?: string;
  tokenHeader?: string;
  now?: () => Date;
}

export interface Simulator {
  url: string;
  port: number;
  state: SimState;
  inject(...faults: ScriptedFault[]): void;
  stats: { requests: number; byOperation: Record<string, number>; faults: Record<string, number> };
  close(): Promise<void>;
}

/** mulberry32: a tiny seeded generator, so a faulty run can be replayed with --seed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const routes: { method: string; pattern: RegExp; operation: string; write: boolean }[] = [
  { method: 'GET', pattern: /^\/masters\/institutions\/external$/, operation: 'listInstitutions', write: false },
  { method: 'GET', pattern: /^\/masters\/categories$/, operation: 'listCategories', write: false },
  { method: 'POST', pattern: /^\/complaints\/complaint\/file$/, operation: 'uploadAttachment', write: true },
  { method: 'POST', pattern: /^\/complaints\/complaint$/, operation: 'createComplaint', write: true },
  { method: 'GET', pattern: /^\/complaints\/(\d+)\/complaint$/, operation: 'getComplaint', write: false },
  { method: 'GET', pattern: /^\/complaints\/(\d+)\/followups$/, operation: 'listFollowups', write: false },
  { method: 'POST', pattern: /^\/complaints\/followup\/add$/, operation: 'addFollowup', write: true },
  { method: 'POST', pattern: /^\/complaints\/process\/(\d+)\/reject$/, operation: 'forwardComplaint', write: true },
];

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const error = (status: number, message: string, errors?: Record<string, string[]>): Answer => ({ status, body: errors ? { message, errors } : { message } });

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

export async function startSimulator(opts: SimOptions = {}): Promise<Simulator> {
  const random = seeded(opts.seed ?? 1);
  const state = new SimState(opts.now);
  const scripted: ScriptedFault[] = [];
  const idempotency = new Map<string, { fingerprint: string; answer: Answer }>();
  const stats: Simulator['stats'] = { requests: 0, byOperation: {}, faults: {} };
  const apiKey = opts.apiKey ?? 'sim-key';
  const token = opts.token ?? 'sim-token';
  const keyHeader = (opts.keyHeader ?? 'authorization').toLowerCase();
  const tokenHeader = (opts.tokenHeader ?? 'token').toLowerCase();
  const retryAfter = String(opts.retryAfterSec ?? 1);

  function pickFault(operation: string, write: boolean): ScriptedFault | undefined {
    const i = scripted.findIndex((f) => !f.operation || f.operation === operation);
    if (i >= 0) {
      const f = scripted[i]!;
      if ((f.times ?? 1) <= 1) scripted.splice(i, 1);
      else f.times = (f.times ?? 1) - 1;
      return f;
    }
    const roll = random();
    let edge = 0;
    const rates: [number | undefined, FaultKind][] = [
      [opts.dropRate, 'drop'],
      [opts.failRate, '500'],
      [opts.throttleRate, '429'],
      [opts.unavailableRate, '503'],
    ];
    if (write) rates.push([opts.lostAckRate, 'lostAck']);
    for (const [rate, kind] of rates) if (roll < (edge += rate ?? 0)) return { kind };
    return undefined;
  }

  async function handleApi(operation: string, match: RegExpMatchArray, req: http.IncomingMessage, raw: Buffer, url: URL): Promise<Answer> {
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
      case 'uploadAttachment': {
        const form = await new Request('http://sim/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body: raw }).formData();
        const files = form.getAll('attachments[]').filter((f) => typeof f !== 'string');
        if (files.length === 0) return error(422, 'The given data was invalid.', { 'attachments[]': ['At least one file is required.'] });
        const docs = [];
        for (const f of files) if (typeof f !== 'string') docs.push(state.addDoc(f.name, new Uint8Array(await f.arrayBuffer())));
        return { status: 201, body: { results: { docs: docs.map((d) => ({ id: d.id, filename: d.filename, size: d.size })) } } };
      }
    }
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

  /** Writes keep their first successful answer per Idempotency-Key (contract: at least 24 h; here: for the process). */
  async function idempotent(operation: string, req: http.IncomingMessage, raw: Buffer, run: () => Promise<Answer>): Promise<Answer> {
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length < 8 || key.length > 255) return error(400, 'An Idempotency-Key header (8-255 characters) is required.');
    let content: string;
    if (operation === 'uploadAttachment') {
      // Multipart boundaries differ per send: compare what was uploaded, not the bytes on the wire.
      const form = await new Request('http://sim/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body: raw }).formData();
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
      content = parts.join('|');
    } else {
      try {
        content = canonical(JSON.parse(raw.toString('utf8')));
      } catch {
        content = raw.toString('utf8');
      }
    }
    const fingerprint = `${operation} ${req.url} ${content}`;
    const seen = idempotency.get(key);
    if (seen) {
      if (seen.fingerprint !== fingerprint)
        return error(422, 'This Idempotency-Key was already used with a different request.', { 'Idempotency-Key': ['already used with a different request'] });
      return seen.answer;
    }
    const answer = await run();
    if (answer.status >= 200 && answer.status < 300) idempotency.set(key, { fingerprint, answer });
    return answer;
  }

  async function control(method: string, path: string, raw: Buffer): Promise<Answer> {
    const body = raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {};
    if (method === 'GET' && path === '/__sim/state') return { status: 200, body: { ...state.snapshot(), stats } };
    if (method === 'POST' && path === '/__sim/faults') {
      scripted.push(...(Array.isArray(body) ? (body as ScriptedFault[]) : [body as unknown as ScriptedFault]));
      return { status: 200, body: { queued: scripted.length } };
    }
    const m = /^\/__sim\/complaints\/(\d+)\/(status|followups)$/.exec(path);
    if (method === 'POST' && m) {
      const id = Number(m[1]);
      if (m[2] === 'status') {
        state.setStatus(id, String(body.status_name ?? ''));
        return { status: 200, body: { ok: true } };
      }
      const f = state.addFollowup(id, String(body.content ?? ''), (body.author_type as AuthorType | undefined) ?? 'reporter');
      return { status: 201, body: { followup_id: f.id } };
    }
    return error(404, 'Unknown simulator control path.');
  }

  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const raw = Buffer.concat(chunks);
        const url = new URL(req.url ?? '/', 'http://sim');
        const send = (a: Answer) => {
          if (res.destroyed) return;
          res.writeHead(a.status, { 'Content-Type': 'application/json', ...a.headers });
          res.end(JSON.stringify(a.body));
        };
        try {
          if (url.pathname.startsWith('/__sim/')) return send(await control(req.method ?? 'GET', url.pathname, raw));
          const route = routes.find((r) => r.method === req.method && r.pattern.test(url.pathname));
          if (!route) return send(error(404, `No route for ${req.method} ${url.pathname}.`));
          stats.requests++;
          stats.byOperation[route.operation] = (stats.byOperation[route.operation] ?? 0) + 1;
          const latency = (opts.latencyMs ?? 0) + (opts.jitterMs ? random() * opts.jitterMs : 0);
          if (latency > 0) await new Promise((r) => setTimeout(r, latency));
          const fault = pickFault(route.operation, route.write);
          if (fault) stats.faults[fault.kind] = (stats.faults[fault.kind] ?? 0) + 1;
          if (fault?.kind === 'drop') return void req.socket.destroy();
          if (fault?.kind === 'hang') return void hanging.add(res);
          if (fault?.kind === '429' || fault?.kind === '503') {
            return send({
              ...error(Number(fault.kind), fault.kind === '429' ? 'Too Many Attempts.' : 'Service Unavailable.'),
              headers: { 'Retry-After': String(fault.retryAfter ?? retryAfter) },
            });
          }
          if (fault?.kind === '401' || fault?.kind === '403') return send(error(Number(fault.kind), fault.kind === '401' ? 'Unauthenticated.' : 'Forbidden.'));
          if (fault?.kind === '500' || fault?.kind === '502') return send(error(Number(fault.kind), 'Server Error'));
          const sentKey = req.headers[keyHeader];
          const expectKey = keyHeader === 'authorization' ? `Bearer ${apiKey}` : apiKey;
          if (sentKey !== expectKey || req.headers[tokenHeader] !== token) return send(error(401, 'Unauthenticated.'));
          const match = url.pathname.match(route.pattern)!;
          const answer = route.write
            ? await idempotent(route.operation, req, raw, () => handleApi(route.operation, match, req, raw, url))
            : await handleApi(route.operation, match, req, raw, url);
          // Lost acknowledgement: the write happened, the client never hears of it.
          if (fault?.kind === 'lostAck') return void req.socket.destroy();
          send(answer);
        } catch (e) {
          if (e instanceof SimRefusal) send(error(e.status, e.message, e.errors));
          else send(error(500, `Simulator error: ${(e as Error).message}`));
        }
      })();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    state,
    stats,
    inject: (...faults) => void scripted.push(...faults),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
