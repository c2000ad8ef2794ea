/** The simulator over real HTTP, with latency, errors, dropped connections and lost acknowledgements. */

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimRefusal, SimState, type AuthorType } from './state.js';
import { error, handleApi, idempotent, routes, type Answer, type IdempotencyStore, type Route } from './api.js';
import { checkComplaintControl, checkFaults, controlBody } from './control.js';

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

/** Everything one running simulator keeps between requests. */
interface Sim {
  opts: SimOptions;
  random: () => number;
  state: SimState;
  scripted: ScriptedFault[];
  idempotency: IdempotencyStore;
  stats: Simulator['stats'];
  hanging: Set<http.ServerResponse>;
  /** Fixed at start: the credentials expected and the Retry-After sent. */
  auth: { keyHeader: string; key: string; tokenHeader: string; token: string };
  retryAfter: string;
}

function pickFault(sim: Sim, operation: string, write: boolean): ScriptedFault | undefined {
  const { scripted, opts } = sim;
  const i = scripted.findIndex((f) => !f.operation || f.operation === operation);
  if (i >= 0) {
    const f = scripted[i]!;
    if ((f.times ?? 1) <= 1) scripted.splice(i, 1);
    else f.times = (f.times ?? 1) - 1;
    return f;
  }
  const roll = sim.random();
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

/**
 * POST /__sim/complaints/:id/(status|followups): the national side moves a complaint on. A status
 * change may carry a `reason` (a rejection's, shown as `reason_description`); a follow-up an
 * `author_type` (reporter by default, institution, admin) and `is_final` (1: the closing answer).
 */
function controlComplaint(state: SimState, id: number, what: string, body: Record<string, unknown>): Answer {
  if (what === 'status') {
    state.decide(id, String(body.status_name ?? ''), typeof body.reason === 'string' && body.reason.trim() ? body.reason : undefined);
    return { status: 200, body: { ok: true } };
  }
  const isFinal = body.is_final === 1 || body.is_final === true;
  const f = state.addFollowup(id, String(body.content ?? ''), (body.author_type as AuthorType | undefined) ?? 'reporter', isFinal);
  return { status: 201, body: { followup_id: f.id } };
}

/** The control endpoints; bodies are checked in control.ts (a 400 naming what is wrong). */
function control(sim: Sim, method: string, path: string, raw: Buffer): Answer {
  if (method === 'GET' && path === '/__sim/state') return { status: 200, body: { ...sim.state.snapshot(), stats: sim.stats } };
  if (method === 'POST' && path === '/__sim/faults') {
    sim.scripted.push(...checkFaults(controlBody(raw)));
    return { status: 200, body: { queued: sim.scripted.length } };
  }
  const m = /^\/__sim\/complaints\/(\d+)\/(status|followups)$/.exec(path);
  if (method === 'POST' && m) return controlComplaint(sim.state, Number(m[1]), m[2]!, checkComplaintControl(m[2]!, controlBody(raw)));
  return error(404, `Unknown simulator control request: ${method} ${path} (see npm run national-sim -- --help).`);
}

/** The answer a fault that still answers gives (throttled, unavailable, refused, server error); none for the others. */
function faultAnswer(fault: ScriptedFault | undefined, retryAfter: string): Answer | undefined {
  if (fault?.kind === '429' || fault?.kind === '503') {
    return {
      ...error(Number(fault.kind), fault.kind === '429' ? 'Too Many Attempts.' : 'Service Unavailable.'),
      headers: { 'Retry-After': String(fault.retryAfter ?? retryAfter) },
    };
  }
  if (fault?.kind === '401' || fault?.kind === '403') return error(Number(fault.kind), fault.kind === '401' ? 'Unauthenticated.' : 'Forbidden.');
  if (fault?.kind === '500' || fault?.kind === '502') return error(Number(fault.kind), 'Server Error');
  return undefined;
}

function authOf(opts: SimOptions): Sim['auth'] {
  const apiKey = opts.apiKey ?? 'sim-key';
  const keyHeader = (opts.keyHeader ?? 'authorization').toLowerCase();
  const key = keyHeader === 'authorization' ? `Bearer ${apiKey}` : apiKey;
  return { keyHeader, key, tokenHeader: (opts.tokenHeader ?? 'token').toLowerCase(), token: opts.token ?? 'sim-token' };
}

/** Counts the call, waits the latency, and draws the fault it meets (if any). */
async function meetFault(sim: Sim, route: Route): Promise<ScriptedFault | undefined> {
  const { stats, opts } = sim;
  stats.requests++;
  stats.byOperation[route.operation] = (stats.byOperation[route.operation] ?? 0) + 1;
  const latency = (opts.latencyMs ?? 0) + (opts.jitterMs ? sim.random() * opts.jitterMs : 0);
  if (latency > 0) await new Promise((r) => setTimeout(r, latency));
  const fault = pickFault(sim, route.operation, route.write);
  if (fault) stats.faults[fault.kind] = (stats.faults[fault.kind] ?? 0) + 1;
  return fault;
}

async function serveApi(sim: Sim, req: http.IncomingMessage, res: http.ServerResponse, raw: Buffer, url: URL, send: (a: Answer) => void): Promise<void> {
  const route = routes.find((r) => r.method === req.method && r.pattern.test(url.pathname));
  if (!route) return send(error(404, `No route for ${req.method} ${url.pathname}.`));
  const fault = await meetFault(sim, route);
  if (fault?.kind === 'drop') return void req.socket.destroy();
  if (fault?.kind === 'hang') return void sim.hanging.add(res);
  const refused = faultAnswer(fault, sim.retryAfter);
  if (refused) return send(refused);
  const { auth } = sim;
  if (req.headers[auth.keyHeader] !== auth.key || req.headers[auth.tokenHeader] !== auth.token) return send(error(401, 'Unauthenticated.'));
  const call = { operation: route.operation, match: url.pathname.match(route.pattern)!, req, raw, url };
  const answer = route.write
    ? await idempotent(sim.idempotency, route.operation, req, raw, () => handleApi(sim.state, call))
    : await handleApi(sim.state, call);
  // Lost acknowledgement: the write happened, the client never hears of it.
  if (fault?.kind === 'lostAck') return void req.socket.destroy();
  send(answer);
}

async function serve(sim: Sim, req: http.IncomingMessage, res: http.ServerResponse, raw: Buffer): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sim');
  const send = (a: Answer) => {
    if (res.destroyed) return;
    res.writeHead(a.status, { 'Content-Type': 'application/json', ...a.headers });
    res.end(JSON.stringify(a.body));
  };
  try {
    if (url.pathname.startsWith('/__sim/')) return send(control(sim, req.method ?? 'GET', url.pathname, raw));
    await serveApi(sim, req, res, raw, url, send);
  } catch (e) {
    if (e instanceof SimRefusal) send(error(e.status, e.message, e.errors));
    else send(error(500, `Simulator error: ${(e as Error).message}`));
  }
}

export async function startSimulator(opts: SimOptions = {}): Promise<Simulator> {
  const sim: Sim = {
    opts,
    random: seeded(opts.seed ?? 1),
    state: new SimState(opts.now),
    scripted: [],
    idempotency: new Map(),
    stats: { requests: 0, byOperation: {}, faults: {} },
    hanging: new Set(),
    auth: authOf(opts),
    retryAfter: String(opts.retryAfterSec ?? 1),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void serve(sim, req, res, Buffer.concat(chunks)));
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
    state: sim.state,
    stats: sim.stats,
    inject: (...faults) => void sim.scripted.push(...faults),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of sim.hanging) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
