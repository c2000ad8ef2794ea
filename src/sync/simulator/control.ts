/** The bodies of the simulator's control endpoints (/__sim/...), checked: a 400 that names what is wrong. */

import { routes } from './api.js';
import { SimRefusal } from './state.js';
import type { FaultKind, ScriptedFault } from './server.js';

/*
 * A mistyped control request used to be taken as it came (a fault without a kind, a status named
 * "undefined") and the test or demo built on it went wrong far from the cause. Each body is now
 * checked against what `npm run national-sim -- --help` documents (sim.controlHelp), and refused
 * with the contract's error shape: { message, errors: { field: [what is wrong] } }.
 */

export const faultKinds: readonly FaultKind[] = ['drop', 'lostAck', 'hang', '500', '502', '503', '429', '401', '403'];
const operations = routes.map((r) => r.operation);
const authors = ['reporter', 'institution', 'admin'];

type Errors = Record<string, string[]>;

function refuse(errors: Errors): never {
  throw new SimRefusal(400, 'The control request is invalid.', errors);
}

/** The JSON body of a control request; an empty body is an empty object. */
export function controlBody(raw: Buffer): unknown {
  if (raw.length === 0) return {};
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch (error) {
    throw new SimRefusal(400, `The body is not valid JSON: ${(error as Error).message}`);
  }
}

function objectOf(body: unknown, at: string, errors: Errors): Record<string, unknown> | undefined {
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  (errors[at ? at.slice(0, -1) : 'body'] ??= []).push('must be a JSON object');
  return undefined;
}

/** Fields a body may carry; any other is named (a typo, most often). */
function onlyKnown(b: Record<string, unknown>, known: readonly string[], at: string, errors: Errors): void {
  for (const key of Object.keys(b)) {
    if (!known.includes(key)) (errors[`${at}${key}`] ??= []).push(`is not a field of this request (fields: ${known.join(', ')})`);
  }
}

const count = (v: unknown, min: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= 1_000_000;

function checkFault(body: unknown, at: string, errors: Errors): ScriptedFault | undefined {
  const b = objectOf(body, at, errors);
  if (!b) return undefined;
  const err = (field: string, text: string) => (errors[`${at}${field}`] ??= []).push(text);
  onlyKnown(b, ['kind', 'operation', 'times', 'retryAfter'], at, errors);
  if (!faultKinds.includes(b.kind as FaultKind)) err('kind', `must be one of ${faultKinds.join(', ')} (got ${JSON.stringify(b.kind)})`);
  if (b.operation !== undefined && !operations.includes(b.operation as string))
    err('operation', `must be one of ${operations.join(', ')}, or left out for any call`);
  if (b.times !== undefined && !count(b.times, 1)) err('times', 'must be a whole number from 1 (how many requests the fault hits)');
  if (b.retryAfter !== undefined && !count(b.retryAfter, 0)) err('retryAfter', 'must be a whole number of seconds (for 429 and 503)');
  return b as unknown as ScriptedFault;
}

/** POST /__sim/faults: one fault or a list of them. */
export function checkFaults(body: unknown): ScriptedFault[] {
  const errors: Errors = {};
  const list = Array.isArray(body) ? body : [body];
  if (list.length === 0) refuse({ body: ['must be a fault object or a non-empty list of them'] });
  const faults = list.map((f, i) => checkFault(f, Array.isArray(body) ? `[${i}].` : '', errors));
  if (Object.keys(errors).length > 0) refuse(errors);
  return faults as ScriptedFault[];
}

const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** POST /__sim/complaints/ID/status and /followups: the national side moving a complaint on. */
export function checkComplaintControl(what: string, body: unknown): Record<string, unknown> {
  const errors: Errors = {};
  const b = objectOf(body, '', errors) ?? {};
  const err = (field: string, message: string) => (errors[field] ??= []).push(message);
  if (what === 'status') {
    onlyKnown(b, ['status_name', 'reason'], '', errors);
    if (!text(b.status_name)) err('status_name', 'is required: the new national status name, e.g. "Dalam Proses" or "Selesai"');
    if (b.reason !== undefined && typeof b.reason !== 'string') err('reason', 'must be a string');
  } else {
    onlyKnown(b, ['content', 'author_type', 'is_final'], '', errors);
    if (!text(b.content)) err('content', 'is required: the text of the follow-up');
    if (b.author_type !== undefined && !authors.includes(b.author_type as string))
      err('author_type', `must be one of ${authors.join(', ')} (default reporter)`);
    if (b.is_final !== undefined && ![0, 1, true, false].includes(b.is_final as number)) err('is_final', 'must be 0 or 1');
  }
  if (Object.keys(errors).length > 0) refuse(errors);
  return b;
}
