/** Sends the outbox: per-report order, fixed idempotency keys, bodies frozen before the first send. */

import {
  attachmentsToSend, beginAttempt, completeCreate, completeFollowup, completeForward, deferOp, failOp, freezeBody,
  pendingByReport, setDocId, type OutboxOp,
} from '../store/sync-repo.js';
import type { UploadFile } from './client.js';
import { attempt as tryRequest, type Attempt } from './attempt.js';
import { Gate, runPool, type SyncRunDeps } from './pool.js';
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
}

export async function pushOutbox(deps: EngineDeps, opts: { force: boolean; tickets?: readonly string[] }): Promise<PushResult> {
  const { db, client, clock } = deps;
  // Pauses are measured on `monotonic`, not `clock`: `clock` may be an injected wall time that stands still.
  const gate = new Gate(deps.monotonic, deps.sleep);
  const groups = pendingByReport(db, opts.tickets);
  const total = groups.reduce((n, g) => n + g.length, 0);
  const results: OpResult[] = [];
  let authFailed: Reason | undefined;
  let failed = 0;
  const record = (r: OpResult) => {
    results.push(r);
    if (r.outcome === 'failed' || r.outcome === 'deferred') failed++;
    deps.onProgress?.(results.length, total, failed);
  };

  const tries = { policy: deps.policy, random: deps.random, sleep: deps.sleep, gate };
  /** One request with in-run retries; every try is counted on the operation. */
  const attempt = <T>(op: OutboxOp, call: () => Promise<T>) => tryRequest(tries, call, { begin: () => beginAttempt(db, op.id), stop: () => authFailed !== undefined });

  function settle(op: OutboxOp, a: Extract<Attempt<unknown>, { ok: false }>, context?: string): OpResult {
    const why = reason(`sync.reason.${a.error.kind}`, { detail: context ? `${context}: ${a.error.detail}` : a.error.detail });
    const base = { ticket: op.ticket, kind: op.kind, reason: why };
    switch (a.decision.action) {
      case 'fail':
        failOp(db, op.id, encodeReason(why));
        return { ...base, outcome: 'failed' };
      case 'stop':
        authFailed ??= why;
        deferOp(db, op.id, encodeReason(why), null);
        return { ...base, outcome: 'stopped' };
      default: {
        const nextAt = new Date(clock().getTime() + a.decision.delayMs).toISOString();
        deferOp(db, op.id, encodeReason(why), nextAt);
        return { ...base, outcome: 'deferred', nextAt };
      }
    }
  }

  function refuse(op: OutboxOp, why: Reason): OpResult {
    failOp(db, op.id, encodeReason(why));
    return { ticket: op.ticket, kind: op.kind, outcome: 'failed', reason: why };
  }

  async function sendCreate(op: OutboxOp): Promise<OpResult> {
    let body = op.body;
    if (body === null) {
      const report = loadReport(db, op);
      if (!report.ok) return refuse(op, report.reason);
      // Check what can be checked before uploading anything.
      const precheck = createBody(db, report.value, deps.settings, []);
      if (!precheck.ok) return refuse(op, precheck.reason);
      const docIds: number[] = [];
      for (const file of attachmentsToSend(db, op.reportId)) {
        if (file.nationalDocId !== null) {
          docIds.push(Number(file.nationalDocId));
          continue;
        }
        let upload: UploadFile;
        try {
          upload = { filename: file.filename, mime: file.mime, data: deps.readAttachment(file.sha256) };
        } catch {
          return refuse(op, reason('sync.reason.attachmentMissing', { file: file.filename, ticket: op.ticket }));
        }
        // Each file has its own key, derived from the operation's, so a retry finds the same upload.
        const sent = await attempt(op, () => client.upload(`${op.key}.doc.${file.sha256}`, upload));
        if (!sent.ok) return settle(op, sent, file.filename);
        setDocId(db, file.id, String(sent.value[0]));
        docIds.push(sent.value[0]!);
      }
      const built = createBody(db, report.value, deps.settings, docIds);
      if (!built.ok) return refuse(op, built.reason);
      body = freezeBody(db, op.id, JSON.stringify(built.value));
    }
    const frozen = body;
    const sent = await attempt(op, () => client.create(op.key, frozen));
    if (!sent.ok) return settle(op, sent);
    completeCreate(db, op, sent.value, clock().toISOString());
    return { ticket: op.ticket, kind: op.kind, outcome: 'sent', nationalId: sent.value.nationalId };
  }

  async function sendLater(op: OutboxOp, nationalId: string): Promise<OpResult> {
    let body = op.body;
    if (body === null) {
      const built = op.kind === 'followup' ? followupBody(db, op, nationalId) : forwardBody(db, op);
      if (!built.ok) return refuse(op, built.reason);
      body = freezeBody(db, op.id, JSON.stringify(built.value));
    }
    const frozen = body;
    if (op.kind === 'followup') {
      const sent = await attempt(op, () => client.addFollowup(op.key, frozen));
      if (!sent.ok) return settle(op, sent);
      completeFollowup(db, op, sent.value.followupId, clock().toISOString());
    } else {
      const sent = await attempt(op, () => client.forward(nationalId, op.key, frozen));
      if (!sent.ok) return settle(op, sent);
      completeForward(db, op, sent.value.statusName, clock().toISOString());
    }
    return { ticket: op.ticket, kind: op.kind, outcome: 'sent', nationalId };
  }

  async function pushReport(ops: OutboxOp[]): Promise<void> {
    let nationalId = ops[0]!.nationalId;
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i]!;
      let result: OpResult;
      if (authFailed) return;
      if (op.state === 'failed') {
        result = { ticket: op.ticket, kind: op.kind, outcome: 'failed', reason: decodeReason(op.lastError) };
      } else if (!opts.force && op.nextAttemptAt !== null && op.nextAttemptAt > clock().toISOString()) {
        result = { ticket: op.ticket, kind: op.kind, outcome: 'waiting', nextAt: op.nextAttemptAt, reason: decodeReason(op.lastError) };
      } else if (op.kind === 'create') {
        result = await sendCreate(op);
        if (result.nationalId) nationalId = result.nationalId;
      } else if (nationalId === null) {
        result = ops.slice(0, i).some((o) => o.kind === 'create')
          ? { ticket: op.ticket, kind: op.kind, outcome: 'waiting' }
          : refuse(op, reason('sync.reason.noCreate', { ticket: op.ticket }));
      } else {
        result = await sendLater(op, nationalId);
      }
      record(result);
      // Later operations of this report wait: a follow-up never overtakes its report.
      if (result.outcome !== 'sent') {
        for (const later of ops.slice(i + 1)) if (!authFailed) record({ ticket: later.ticket, kind: later.kind, outcome: 'waiting' });
        return;
      }
    }
  }

  await runPool(groups, deps.concurrency, pushReport, () => authFailed !== undefined);
  return authFailed ? { results, authFailed } : { results };
}
