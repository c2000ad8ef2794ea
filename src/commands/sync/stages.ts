/** The push and pull stages shared by `sync push`, `sync pull` and `sync` (not a command itself). */

import type { AppContext } from '../../context.js';
import { nowIso } from '../shared.js';
import { visible } from '../../io/safe-text.js';
import { pullReports, type PullResult } from '../../sync/pull.js';
import { pushOutbox, type PushResult } from '../../sync/push.js';
import type { NationalClient } from '../../sync/client.js';
import { finishRun, startRun } from '../../store/sync-repo.js';
import { reportsToPoll } from '../../store/sync-pull-repo.js';
import { pollCutoffs } from '../../domain/national-reconcile.js';
import { engineDeps, progressLine, pullDeps, syncConfig, ticketsOf, type SyncConfig, type SyncFlags } from './common.js';

/*
 * The push and pull stages, each recording its run, and the pull's --dry-run plan: shared by
 * `sync push`, `sync pull` and `sync` (a helper module: it defines no command, so the verbs
 * do not import each other).
 */

/** Sends the outbox and records the run; shared by `sync push` and `sync`. */
export async function pushStage(ctx: AppContext, config: SyncConfig, client: NationalClient, flags: SyncFlags): Promise<PushResult> {
  const db = ctx.db();
  const run = startRun(db, 'push', nowIso(ctx));
  const progress = progressLine(ctx, 'push');
  let result: PushResult | undefined;
  try {
    const tickets = ticketsOf(flags);
    result = await pushOutbox(engineDeps(ctx, config, client, progress.update), { force: flags.force === true, ...(tickets ? { tickets } : {}) });
    return result;
  } finally {
    progress.end();
    const failed = result?.results.filter((r) => r.outcome === 'failed' || r.outcome === 'deferred' || r.outcome === 'stopped').length ?? 0;
    const sent = result?.results.filter((r) => r.outcome === 'sent').length ?? 0;
    finishRun(
      db,
      run,
      { ok: result !== undefined && failed === 0 && !result.authFailed, done: sent, failed, ...(result ? {} : { error: 'interrupted' }) },
      nowIso(ctx),
    );
  }
}

/** Polls the national system and records the run; shared by `sync pull` and `sync`. */
export async function pullStage(ctx: AppContext, config: SyncConfig, client: NationalClient, flags: SyncFlags): Promise<PullResult> {
  const db = ctx.db();
  const run = startRun(db, 'pull', nowIso(ctx));
  const progress = progressLine(ctx, 'pull');
  let result: PullResult | undefined;
  try {
    const tickets = ticketsOf(flags);
    result = await pullReports(pullDeps(ctx, config, client, progress.update), {
      force: flags.force === true,
      pollHours: config.pollHours,
      ...(tickets ? { tickets } : {}),
    });
    return result;
  } finally {
    progress.end();
    const failed = result?.results.filter((r) => r.outcome === 'failed').length ?? 0;
    const done = result ? result.results.length - failed : 0;
    finishRun(
      db,
      run,
      { ok: result !== undefined && failed === 0 && !result.authFailed, done, failed, ...(result ? {} : { error: 'interrupted' }) },
      nowIso(ctx),
    );
  }
}

/** --dry-run: which reports would be polled now. */
export function printPollPlan(ctx: AppContext, flags: SyncFlags, emitJson = true): unknown[] {
  const config = syncConfig(ctx, flags, false);
  const tickets = ticketsOf(flags);
  const targets = reportsToPoll(ctx.db(), { ...pollCutoffs(ctx.clock(), config.pollHours, flags.force === true), ...(tickets ? { tickets } : {}) });
  const json = targets.map((t) => ({
    ticket: t.ticket,
    national_id: t.nationalId,
    status: t.status,
    requests: [`GET /complaints/${t.nationalId}/complaint`, `GET /complaints/${t.nationalId}/followups`],
  }));
  if (flags.format === 'json') {
    if (emitJson) ctx.io.out(JSON.stringify(json, null, 2));
  } else {
    for (const t of targets) ctx.io.out(visible(`${t.ticket}  GET /complaints/${t.nationalId}/complaint  GET /complaints/${t.nationalId}/followups`));
  }
  ctx.io.say('sync.dryRun.pull', { count: targets.length });
  return json;
}
