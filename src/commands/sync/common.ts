/** What the sync verbs share: settings, credentials, the client, the lock and deadlines. */

import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import type { AppContext } from '../../context.js';
import { AuthError, SyncError } from '../../errors.js';
import { parseCount } from '../shared.js';
import { deadlinesForWrite } from '../../app/deadlines.js';
import { version } from '../../version.js';
import { loadCredentials } from '../../sync/credentials.js';
import { createClient, type NationalClient } from '../../sync/client.js';
import { defaultPolicy, type RetryPolicy } from '../../sync/retry.js';
import type { SyncSettings } from '../../sync/requests.js';
import type { EngineDeps } from '../../sync/push.js';
import type { PullDeps } from '../../sync/pull.js';
import type { Reason } from '../../sync/reason.js';
import { acquireLock, heartbeat, reclaimInFlight, releaseLock } from '../../store/sync-repo.js';
import { attachmentPath } from '../../store/attachments.js';
import { normalizeTicket } from '../../domain/report.js';
import { isInsecureRemote } from '../../domain/national-settings.js';
import { humanIfInstant } from '../../domain/dates.js';
import type { SyncFlags } from './options.js';

export type { SyncFlags } from './options.js';

export interface SyncConfig {
  url: string;
  keyHeader: string;
  tokenHeader: string;
  concurrency: number;
  pollHours: number;
  timeoutMs: number;
  maxResponseBytes: number;
  /** Connection failures in a row after which a run stops. */
  maxConnectionFailures: number;
  policy: RetryPolicy;
  settings: SyncSettings;
}

export function syncConfig(ctx: AppContext, flags: SyncFlags = {}, needUrl = true): SyncConfig {
  const s = ctx.settings().national;
  // A bad flag is exit 2 before the settings are judged: the flag is what the admin just typed.
  const concurrency = parseCount('--concurrency', flags.concurrency, 1) ?? s.concurrency;
  const url = s.url;
  if (needUrl && !url) throw new SyncError('sync.noUrl');
  if (needUrl && !s.allowInsecure && isInsecureRemote(url)) throw new SyncError('sync.insecureUrl', { url });
  const agency = s.agencyInstitutionId;
  const settings: SyncSettings = { nikInContent: s.nikInContent };
  if (agency !== undefined) settings.agencyInstitutionId = agency;
  return {
    url,
    keyHeader: s.keyHeader,
    tokenHeader: s.tokenHeader,
    concurrency,
    pollHours: s.pollHours,
    timeoutMs: s.timeoutSeconds * 1000,
    maxResponseBytes: s.maxResponseMb * 1024 * 1024,
    maxConnectionFailures: s.maxConnectionFailures,
    policy: { ...defaultPolicy, maxAttempts: s.maxAttempts, baseMs: s.backoffMs },
    settings,
  };
}

export function ticketsOf(flags: SyncFlags): string[] | undefined {
  return flags.ticket?.map(normalizeTicket);
}

/** A client over a keep-alive transport; credentials from the environment or the 0600 file. */
export async function openClient(ctx: AppContext, config: SyncConfig): Promise<{ client: NationalClient; close(): void }> {
  const credentials = loadCredentials(ctx.env);
  // national.timeout_seconds bounds the whole answer, not only a silence: a trickling server cannot hold the run.
  const transport = await ctx.runtime.openTransport({
    timeoutMs: config.timeoutMs,
    deadlineMs: config.timeoutMs,
    maxBytes: config.maxResponseBytes,
    maxSockets: config.concurrency,
  });
  const client = createClient(
    {
      baseUrl: config.url,
      apiKey: credentials.apiKey,
      token: credentials.token,
      keyHeader: config.keyHeader,
      tokenHeader: config.tokenHeader,
      userAgent: `lapor-admin/${version}`,
    },
    transport,
  );
  return { client, close: () => transport.close() };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it just is not ours.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `fn` holding the sync lock. Operations a dead run left in flight go back to the queue first:
 * they are sent again with their frozen body and key, so the national side keeps one copy.
 */
export async function withSyncLock<T>(ctx: AppContext, fn: () => Promise<T>): Promise<T> {
  const db = ctx.db();
  const me = { pid: process.pid, host: os.hostname() };
  const now = ctx.clock();
  const lock = acquireLock(db, { ...me, now: now.toISOString(), staleBefore: new Date(now.getTime() - 10 * 60_000).toISOString(), isAlive });
  if (!lock.ok)
    throw new SyncError('sync.locked', {
      pid: lock.holder.pid,
      host: lock.holder.host,
      since: humanIfInstant(lock.holder.acquiredAt, ctx.settings().timezone),
    });
  if (lock.tookOver) ctx.io.warn('sync.tookOverLock', { pid: lock.tookOver.pid, since: humanIfInstant(lock.tookOver.acquiredAt, ctx.settings().timezone) });
  const reclaimed = reclaimInFlight(db);
  if (reclaimed > 0) ctx.io.say('sync.reclaimed', { count: reclaimed });
  const timer = setInterval(() => heartbeat(db, me.pid, ctx.clock().toISOString()), 30_000);
  timer.unref();
  try {
    return await fn();
  } finally {
    clearInterval(timer);
    releaseLock(db, me.pid, me.host);
  }
}

/** "push 120/10000, 2 failed" redrawn in place, only on a terminal. */
export function progressLine(ctx: AppContext, stage: 'push' | 'pull'): { update(done: number, total: number, failed: number): void; end(): void } {
  const { io } = ctx;
  if (!io.stderrIsTTY) return { update: () => undefined, end: () => undefined };
  let last = 0;
  let drawn = false;
  return {
    update(done, total, failed) {
      const now = Date.now();
      if (done !== total && now - last < 100) return;
      last = now;
      drawn = true;
      io.streams.stderr.write(`\r\u001b[K${io.t(`sync.progress.${stage}`, { done, total, failed })}`);
    },
    end() {
      if (drawn) io.streams.stderr.write('\r\u001b[K');
    },
  };
}

function readAttachmentFrom(ctx: AppContext): (sha256: string) => Uint8Array {
  const dataDir = path.dirname(ctx.dbPath());
  return (sha256) => fs.readFileSync(attachmentPath(dataDir, sha256));
}

/** What push and pull both run on. */
function runDeps(ctx: AppContext, config: SyncConfig, client: NationalClient) {
  const { random, sleep, monotonic } = ctx.runtime;
  return {
    db: ctx.db(),
    client,
    policy: config.policy,
    concurrency: config.concurrency,
    maxConnectionFailures: config.maxConnectionFailures,
    random,
    sleep,
    monotonic,
    clock: ctx.clock,
  };
}

export function engineDeps(ctx: AppContext, config: SyncConfig, client: NationalClient, onProgress?: EngineDeps['onProgress']): EngineDeps {
  return {
    ...runDeps(ctx, config, client),
    settings: config.settings,
    readAttachment: readAttachmentFrom(ctx),
    ...(onProgress ? { onProgress } : {}),
  };
}

export function pullDeps(ctx: AppContext, config: SyncConfig, client: NationalClient, onProgress?: PullDeps['onProgress']): PullDeps {
  return {
    ...runDeps(ctx, config, client),
    deadlines: deadlinesForWrite(ctx),
    ...(onProgress ? { onProgress } : {}),
  };
}

/** A stored reason as a sentence; an instant among its parameters (a retry time) in agency time. */
export function reasonText(ctx: AppContext, r: Reason | undefined): string {
  if (!r) return '';
  const tz = ctx.settings().timezone;
  const params = Object.fromEntries(Object.entries(r.params).map(([k, v]) => [k, typeof v === 'string' ? humanIfInstant(v, tz) : v]));
  return ctx.io.t(r.key, params);
}

export interface Failure {
  ticket: string;
  stage: 'push' | 'pull';
  kind?: string;
  reason?: Reason;
}

/** The national system could not be reached and the run stopped: the one message, and when to expect the next try. */
export interface Unreachable {
  detail: string;
  /** The earliest retry as people read it (humanDateTime), '' when unknown. */
  next: string;
  /** The same instant in ISO 8601, for JSON. */
  nextAt: string | null;
}

/** The exit of a run: 6 when the credentials were refused, 5 when anything failed or nothing could be reached. */
export function finishOrThrow(authFailed: Reason | undefined, failures: readonly Failure[], unreachable?: Unreachable): void {
  if (authFailed) throw new AuthError('sync.authFailed', { detail: String(authFailed.params.detail ?? '') });
  if (unreachable)
    throw unreachable.next
      ? new SyncError('sync.unreachable', { detail: unreachable.detail, next: unreachable.next })
      : new SyncError('sync.unreachableLater', { detail: unreachable.detail });
  if (failures.length > 0) throw new SyncError('sync.failed', { count: failures.length });
}
