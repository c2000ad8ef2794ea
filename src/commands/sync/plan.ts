/** `--dry-run` of a push: every request it would send now, in order. */

import type { AppContext } from '../../context.js';
import { planPush } from '../../sync/plan.js';
import { reasonText, syncConfig, ticketsOf, type SyncFlags } from './common.js';

/** `sync push --dry-run`: every request a push would send now, in order, with its body. */
export function printPlan(ctx: AppContext, flags: SyncFlags, emitJson = true): unknown[] {
  const { io } = ctx;
  const config = syncConfig(ctx, flags, false);
  const tickets = ticketsOf(flags);
  const plan = planPush(ctx.db(), config.settings, { now: ctx.clock().toISOString(), force: flags.force === true, ...(tickets ? { tickets } : {}) });
  const json = plan.map((p) => ({
    ticket: p.ticket,
    kind: p.kind,
    method: p.method,
    path: p.path,
    idempotency_key: p.idempotencyKey,
    uploads: p.uploads,
    frozen: p.frozen,
    body: p.body,
    blocked: p.blocked ? reasonText(ctx, p.blocked) : null,
  }));
  if (flags.format === 'json') {
    if (emitJson) io.out(JSON.stringify(json, null, 2));
  } else {
    for (const p of plan) {
      io.out(`${p.ticket} ${p.kind}: ${p.method} ${p.path}  Idempotency-Key: ${p.idempotencyKey}${p.frozen ? ` ${io.t('sync.dryRun.frozen')}` : ''}`);
      for (const file of p.uploads) io.out(`  ${io.t('sync.dryRun.upload', { file })}`);
      if (p.body) io.out(`  ${JSON.stringify(p.body)}`);
      if (p.blocked) io.out(`  ${io.chalk.yellow(io.t('sync.dryRun.blocked', { reason: reasonText(ctx, p.blocked) }))}`);
    }
  }
  const ready = plan.filter((p) => !p.blocked).length;
  io.say('sync.dryRun.push', { count: plan.length, ready });
  return json;
}
