/** Sends the outbox: per-report order, fixed idempotency keys, bodies frozen before the first send. */

import {
  attachmentsToSend,
  beginAttempt,
  completeCreate,
  completeFollowup,
  completeForward,
  deferOp,
  failOp,
  freezeBody,
  nationalIdHolder,
  pendingByReport,
  setDocId,
  type OutboxOp,
} from '../store/sync-repo.js';
import type { UploadFile } from './client.js';
import { attempt as tryRequest, type Attempt } from './attempt.js';
import { Breaker, Gate, runPool, type SyncRunDeps } from './pool.js';
import { decodeReason, encodeReason, reason, type Reason } from './reason.js';
import { createBody, followupBody, forwardBody, loadReport, type SyncSettings } from './requests.js';

/*
 * Sends the outbox. Each report's operations go in id order and stop at the first that does not
 * go through; reports are worked on in parallel up to the concurrency. Every request of an
 * operation carries the operation's fixed Idempotency-Key (uploads a key derived from it), and
 * the body is frozen before the first send, so a run killed anywhere can simply be run again.
 */

export interface EngineDeps extends SyncRunDeps {
  settings: SyncSettings;
  /** The bytes of a stored attachment. */
  readAttachment(sha256: string): Uint8Array;
  onProgress?(done: number, total: number, failed: number): void;
}

export type OpOutcome = 'sent' | 'failed' | 'deferred' | 'waiting' | 'stopped';

export interface OpResult {
  ticket: string;
  kind: string;
  outcome: OpOutcome;
  reason?: Reason;
  nationalId?: string;
  /** When a deferred or waiting operation may go next. */
  nextAt?: string;
}

export interface PushResult {
  results: OpResult[];
  /** A 401/403 stopped the run. */
  authFailed?: Reason;
  /** Connection failures in a row stopped the run: the last one's detail. */
  unreachable?: string;
}

/** What one push run shares between its workers. */
interface PushRun {
  deps: EngineDeps;
  force: boolean;
  gate: Gate;
  breaker: Breaker;
  authFailed?: Reason;
  record(r: OpResult): void;
}

const stopped = (run: PushRun) => run.authFailed !== undefined || run.breaker.tripped !== undefined;

/** One request with in-run retries; every try is counted on the operation. */
function attempt<T>(run: PushRun, op: OutboxOp, call: () => Promise<T>): Promise<Attempt<T>> {
  const { deps } = run;
  const tries = { policy: deps.policy, random: deps.random, sleep: deps.sleep, gate: run.gate, breaker: run.breaker };
  return tryRequest(tries, call, { begin: () => beginAttempt(deps.db, op.id), stop: () => stopped(run) });
}

/** A failed request: failed for the admin, stopped (credentials) or back in the queue for later. */
function settle(run: PushRun, op: OutboxOp, a: Extract<Attempt<unknown>, { ok: false }>, context?: string): OpResult {
  const { db, clock } = run.deps;
  const why = reason(`sync.reason.${a.error.kind}`, { detail: context ? `${context}: ${a.error.detail}` : a.error.detail });
  const base = { ticket: op.ticket, kind: op.kind, reason: why };
  switch (a.decision.action) {
    case 'fail':
      failOp(db, op.id, encodeReason(why));
      return { ...base, outcome: 'failed' };
    case 'stop':
      run.authFailed ??= why;
      deferOp(db, op.id, encodeReason(why), null);
      return { ...base, outcome: 'stopped' };
    default: {
      const nextAt = new Date(clock().getTime() + a.decision.delayMs).toISOString();
      deferOp(db, op.id, encodeReason(why), nextAt);
      return { ...base, outcome: 'deferred', nextAt };
    }
  }
}

function refuse(run: PushRun, op: OutboxOp, why: Reason): OpResult {
  failOp(run.deps.db, op.id, encodeReason(why));
  return { ticket: op.ticket, kind: op.kind, outcome: 'failed', reason: why };
}

/** Uploads the report's files not uploaded yet; their national ids, or why the create cannot go. */
async function uploadFiles(run: PushRun, op: OutboxOp): Promise<{ docIds: number[] } | { result: OpResult }> {
  const { db } = run.deps;
  const docIds: number[] = [];
  for (const file of attachmentsToSend(db, op.reportId)) {
    if (file.nationalDocId !== null) {
      docIds.push(Number(file.nationalDocId));
      continue;
    }
    let upload: UploadFile;
    try {
      upload = { filename: file.filename, mime: file.mime, data: run.deps.readAttachment(file.sha256) };
    } catch {
      return { result: refuse(run, op, reason('sync.reason.attachmentMissing', { file: file.filename, ticket: op.ticket })) };
    }
    // Each file has its own key, derived from the operation's, so a retry finds the same upload.
    const sent = await attempt(run, op, () => run.deps.client.upload(`${op.key}.doc.${file.sha256}`, upload));
    if (!sent.ok) return { result: settle(run, op, sent, file.filename) };
    setDocId(db, file.id, String(sent.value[0]));
    docIds.push(sent.value[0]!);
  }
  return { docIds };
}

/** The create's body: frozen already, or built now (after checking what can be checked before uploading). */
async function createBodyOf(run: PushRun, op: OutboxOp): Promise<{ body: string } | { result: OpResult }> {
  const { db, settings } = run.deps;
  if (op.body !== null) return { body: op.body };
  const report = loadReport(db, op);
  if (!report.ok) return { result: refuse(run, op, report.reason) };
  const precheck = createBody(db, report.value, settings, []);
  if (!precheck.ok) return { result: refuse(run, op, precheck.reason) };
  const files = await uploadFiles(run, op);
  if ('result' in files) return files;
  const built = createBody(db, report.value, settings, files.docIds);
  if (!built.ok) return { result: refuse(run, op, built.reason) };
  return { body: freezeBody(db, op.id, JSON.stringify(built.value)) };
}

async function sendCreate(run: PushRun, op: OutboxOp): Promise<OpResult> {
  const { db, client, clock } = run.deps;
  const body = await createBodyOf(run, op);
  if ('result' in body) return body.result;
  const sent = await attempt(run, op, () => client.create(op.key, body.body));
  if (!sent.ok) return settle(run, op, sent);
  // A national id another report already holds is a conflicting answer: stored, it would break every later run.
  const other = nationalIdHolder(db, sent.value.nationalId, op.reportId);
  if (other) return refuse(run, op, reason('sync.reason.idTaken', { id: sent.value.nationalId, other }));
  completeCreate(db, op, sent.value, clock().toISOString());
  return { ticket: op.ticket, kind: op.kind, outcome: 'sent', nationalId: sent.value.nationalId };
}

async function sendLater(run: PushRun, op: OutboxOp, nationalId: string): Promise<OpResult> {
  const { db, client, clock } = run.deps;
  let body = op.body;
  if (body === null) {
    const built = op.kind === 'followup' ? followupBody(db, op, nationalId) : forwardBody(db, op);
    if (!built.ok) return refuse(run, op, built.reason);
    body = freezeBody(db, op.id, JSON.stringify(built.value));
  }
  const frozen = body;
  if (op.kind === 'followup') {
    const sent = await attempt(run, op, () => client.addFollowup(op.key, frozen));
    if (!sent.ok) return settle(run, op, sent);
    completeFollowup(db, op, sent.value.followupId, clock().toISOString());
  } else {
    const sent = await attempt(run, op, () => client.forward(nationalId, op.key, frozen));
    if (!sent.ok) return settle(run, op, sent);
    completeForward(db, op, sent.value.statusName, clock().toISOString());
  }
  return { ticket: op.ticket, kind: op.kind, outcome: 'sent', nationalId };
}

/** What to do with one operation of a report, given those before it. */
async function pushOne(run: PushRun, ops: OutboxOp[], i: number, nationalId: string | null): Promise<OpResult> {
  const op = ops[i]!;
  const { clock } = run.deps;
  if (op.state === 'failed') return { ticket: op.ticket, kind: op.kind, outcome: 'failed', reason: decodeReason(op.lastError) };
  if (!run.force && op.nextAttemptAt !== null && op.nextAttemptAt > clock().toISOString()) {
    return { ticket: op.ticket, kind: op.kind, outcome: 'waiting', nextAt: op.nextAttemptAt, reason: decodeReason(op.lastError) };
  }
  if (op.kind === 'create') return sendCreate(run, op);
  if (nationalId !== null) return sendLater(run, op, nationalId);
  return ops.slice(0, i).some((o) => o.kind === 'create')
    ? { ticket: op.ticket, kind: op.kind, outcome: 'waiting' }
    : refuse(run, op, reason('sync.reason.noCreate', { ticket: op.ticket }));
}

/**
 * A report's operations in order. An unexpected error (a bug, a full disk) puts the operation
 * back in the queue before it goes on up: nothing stays "in flight" after a crash.
 */
async function pushReport(run: PushRun, ops: OutboxOp[]): Promise<void> {
  let nationalId = ops[0]!.nationalId;
  for (let i = 0; i < ops.length; i++) {
    if (stopped(run)) return;
    const op = ops[i]!;
    let result: OpResult;
    try {
      result = await pushOne(run, ops, i, nationalId);
    } catch (error) {
      deferOp(run.deps.db, op.id, encodeReason(reason('sync.reason.text', { text: String((error as Error).message ?? error) })), null);
      throw error;
    }
    if (result.nationalId) nationalId = result.nationalId;
    run.record(result);
    // Later operations of this report wait: a follow-up never overtakes its report.
    if (result.outcome !== 'sent') {
      for (const later of ops.slice(i + 1)) if (!run.authFailed) run.record({ ticket: later.ticket, kind: later.kind, outcome: 'waiting' });
      return;
    }
  }
}

export async function pushOutbox(deps: EngineDeps, opts: { force: boolean; tickets?: readonly string[] }): Promise<PushResult> {
  const groups = pendingByReport(deps.db, opts.tickets);
  const total = groups.reduce((n, g) => n + g.length, 0);
  const results: OpResult[] = [];
  let failed = 0;
  const run: PushRun = {
    deps,
    force: opts.force,
    // Pauses are measured on `monotonic`, not `clock`: `clock` may be an injected wall time that stands still.
    gate: new Gate(deps.monotonic, deps.sleep),
    breaker: new Breaker(deps.maxConnectionFailures),
    record(r) {
      results.push(r);
      if (r.outcome === 'failed' || r.outcome === 'deferred') failed++;
      deps.onProgress?.(results.length, total, failed);
    },
  };
  await runPool(
    groups,
    deps.concurrency,
    (ops) => pushReport(run, ops),
    () => stopped(run),
  );
  return { results, ...(run.authFailed ? { authFailed: run.authFailed } : {}), ...(run.breaker.tripped ? { unreachable: run.breaker.tripped } : {}) };
}
