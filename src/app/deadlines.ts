/** Deadlines through the context: ctx.deadlines() once per run, the fingerprint check and the explicit recompute use case. */

import { createHash } from 'node:crypto';
import type { AppContext } from '../context.js';
import type { DB } from '../store/database.js';
import type { AgencySettings } from '../domain/settings.js';
import type { Lang } from '../io/messages/index.js';
import type { DeadlineEnv } from '../domain/deadlines.js';
import { loadCalendar, type LoadedCalendar } from '../calendar-loader.js';
import { writeTransaction } from '../store/database.js';
import { deadlineFactsPage, writeDeadlinesOf } from '../store/workflow-repo.js';
import { readInternal, writeInternal } from '../store/settings-repo.js';

/** Time zone, SLA policy and the agency's calendar, with the hash of all three. */
export interface AgencyDeadlines extends DeadlineEnv {
  readonly calendar: LoadedCalendar;
  readonly fingerprint: string;
}

/** `ctx.deadlines()`: what deadlines are computed with, loaded once per run. */
export interface Deadlines {
  env(): AgencyDeadlines;
  /** The fingerprint of what the stored deadlines were last computed with, if any. */
  storedFingerprint(): string | undefined;
  /**
   * Whether stored deadline columns were computed with something else than env(): a policy or
   * calendar change whose recompute was cut short, or an upgrade shipping a new holiday year.
   * A database without reports has nothing stale.
   */
  stale(): boolean;
  /** Forget the loaded policy and calendar; recomputeDeadlines does this after a change. */
  reload(): void;
}

const fingerprintKey = 'internal.deadlines_fingerprint';
/** Reports recomputed per transaction: one transaction for 200,000 held the write lock ~8 s. */
const pageSize = 5000;

/**
 * The version of the deadline rules themselves. Raised when a rule changes how stored deadlines
 * come out, so the first write after the upgrade recomputes them all: 2 since the auto-close
 * counts from a reporter's reply dated after the final follow-up (databases from before the
 * time-order rule may hold one), which `close --auto` must see before it closes anything.
 */
const deadlineRules = 2;

/** Everything stored deadlines depend on; when it changes, every report's deadlines are recomputed. */
function fingerprintOf(env: DeadlineEnv & { calendar: LoadedCalendar }): string {
  const c = env.calendar;
  const basis = {
    rules: deadlineRules,
    timeZone: env.timeZone,
    policy: env.policy,
    collective: c.countCollectiveLeave,
    shipped: c.shipped.map((h) => `${h.date}:${h.kind}`),
    overrides: c.overrides.map((o) => `${o.date}:${o.action}`),
  };
  return createHash('sha256').update(JSON.stringify(basis)).digest('hex');
}

/** Built by the context; loads nothing until a command asks. Never writes. */
export function createDeadlines(source: { db(): DB; settings(): AgencySettings; lang: Lang }): Deadlines {
  let loaded: AgencyDeadlines | undefined;
  const env = (): AgencyDeadlines => {
    if (!loaded) {
      const settings = source.settings();
      const calendar = loadCalendar(source.db(), settings, source.lang);
      const base = { timeZone: settings.timezone, policy: settings.sla, calendar };
      loaded = { ...base, fingerprint: fingerprintOf(base) };
    }
    return loaded;
  };
  const storedFingerprint = () => readInternal(source.db(), fingerprintKey);
  return {
    env,
    storedFingerprint,
    stale: () => storedFingerprint() !== env().fingerprint && deadlineFactsPage(source.db(), 0, 1).length > 0,
    reload: () => void (loaded = undefined),
  };
}

/** Stores every report's deadlines under `env`, a page per transaction, then the fingerprint. */
function storeAll(ctx: AppContext, env: AgencyDeadlines): void {
  const db = ctx.db();
  let count = 0;
  for (let lastId = 0; ;) {
    const page = deadlineFactsPage(db, lastId, pageSize);
    if (page.length === 0) break;
    writeTransaction(db, () => writeDeadlinesOf(db, page, env));
    count += page.length;
    lastId = page.at(-1)!.id;
  }
  // Written last: a run killed before this line leaves the old fingerprint, so the next write finishes.
  writeTransaction(db, () => writeInternal(db, fingerprintKey, env.fingerprint));
  if (count > 0) ctx.io.say('workflow.recomputed', { count });
}

/** Stores every deadline unless they were computed with exactly this policy and calendar. */
function storeIfChanged(ctx: AppContext, deadlines: Deadlines): void {
  if (deadlines.storedFingerprint() !== deadlines.env().fingerprint) storeAll(ctx, deadlines.env());
}

/**
 * The use case after the SLA policy, the time zone or the calendar changed (config set, holiday
 * add/remove, init): recompute every stored deadline now, unless what they depend on came out the
 * same (a setting set to its value, a holiday renamed). Runs after the change's own commit, in
 * pages, so other lapor processes never wait long for the write lock; if it dies halfway the
 * fingerprint still differs and the next write command finishes it (deadlinesForWrite).
 */
export function recomputeDeadlines(ctx: AppContext): void {
  const deadlines = ctx.deadlines();
  deadlines.reload();
  storeIfChanged(ctx, deadlines);
}

/**
 * Writes one calendar change (with its audit entry) in its own transaction, then recomputes every
 * stored deadline (recomputeDeadlines, in pages after the commit).
 */
export function changeCalendar(ctx: AppContext, write: () => void): void {
  writeTransaction(ctx.db(), write);
  recomputeDeadlines(ctx);
}

/**
 * The deadline environment for a command that writes reports. The one place that repairs stale
 * stored deadlines: read commands compute them on the fly instead (app/report-query.ts).
 */
export function deadlinesForWrite(ctx: AppContext): AgencyDeadlines {
  const deadlines = ctx.deadlines();
  // Stricter than stale(): a first write also records the fingerprint, so later reads can trust it.
  storeIfChanged(ctx, deadlines);
  return deadlines.env();
}
