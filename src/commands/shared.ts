import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { NotFoundError, UsageError, InvalidInputError } from '../errors.js';
import type { MessageKey } from '../io/messages/index.js';
import { formatOption, readFormat, readFormats, type ReadFormat } from '../io/output-options.js';
import type { StoredReport } from '../domain/report-record.js';
import { normalizeTicket, type ValidationEnv } from '../domain/report.js';
import { hasErrors, type FieldProblem } from '../domain/problems.js';
import { loadCategories, loadRegions } from '../data.js';
import { localDateOf } from '../domain/dates.js';
import type { DeadlineEnv } from '../domain/deadlines.js';
import { loadCalendar, type LoadedCalendar } from '../calendar-loader.js';
import { recomputeAllDeadlines } from '../store/workflow-repo.js';
import { readInternal, writeInternal } from '../store/settings-repo.js';
import { createHash } from 'node:crypto';

/** --format table|json|csv of a read command (io/output-options.ts owns the option). */
export function addFormatOption(command: Command, ctx: AppContext): Command {
  return command.addOption(formatOption(ctx.io, readFormats));
}

export function formatOf(ctx: AppContext, opts: { format?: string }): ReadFormat {
  return readFormat(ctx.io, opts.format);
}

/** A count of days a flag may name: ten years of working days. */
export const MAX_DAYS = 3650;

/** A whole-number flag, min..max (a count of days has a smaller max: dates past year 9999 do not exist). */
export function parseCount(flag: string, value: string | undefined, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new UsageError('error.badInteger', { flag, value, min });
  // 99999999999999999999 would become 1e20 and then a SQLite or range error deep inside.
  if (!(Number(value) <= max)) throw new UsageError('error.numberTooLarge', { flag, value, max });
  return Number(value);
}

export async function requireReport(ctx: AppContext, ticket: string): Promise<StoredReport> {
  const { getReportByTicket } = await import('../store/reports-repo.js');
  const normalized = normalizeTicket(ticket);
  const report = getReportByTicket(ctx.db(), normalized);
  if (!report) throw new NotFoundError('report.notFound', { ticket: normalized });
  return report;
}

export function validationEnv(ctx: AppContext): ValidationEnv {
  return { now: ctx.clock(), timeZone: ctx.settings().timezone, categories: loadCategories(), regions: loadRegions() };
}

/** Warnings are printed; errors stop the command with exit 4 and nothing stored. */
export function reportProblems(ctx: AppContext, problems: readonly FieldProblem[]): void {
  if (hasErrors(problems)) {
    const errors = problems.filter((p) => p.severity === 'error');
    throw new InvalidInputError('error.invalidInput', { count: errors.length }, errors);
  }
  for (const p of problems) ctx.io.warn(p.code, { field: p.field, ...p.params });
}

export function today(ctx: AppContext): string {
  return localDateOf(ctx.clock(), ctx.settings().timezone);
}

export function nowIso(ctx: AppContext): string {
  return ctx.clock().toISOString();
}

/** Multi-line example blocks of --help, in the user's language. */
export function examples(ctx: AppContext, key: MessageKey): string {
  return `\n${ctx.io.t('help.examples')}\n${ctx.io.t(key)}`;
}

const deadlineEnvs = new WeakMap<AppContext, DeadlineEnv>();

/** Everything stored deadlines depend on; when it changes, every report's deadlines are recomputed. */
function fingerprintOf(env: DeadlineEnv & { calendar: LoadedCalendar }): string {
  const c = env.calendar;
  const basis = {
    timeZone: env.timeZone,
    policy: env.policy,
    collective: c.countCollectiveLeave,
    shipped: c.shipped.map((h) => `${h.date}:${h.kind}`),
    overrides: c.overrides.map((o) => `${o.date}:${o.action}`),
  };
  return createHash('sha256').update(JSON.stringify(basis)).digest('hex');
}

/**
 * Time zone, SLA policy and working-day calendar (shipped holidays + local overrides), once per
 * run. Stored deadlines are brought up to date here whenever what they depend on differs from the
 * last computation: after `config set sla.*`, `holiday add|remove`, a new shipped holiday year,
 * or a run that was killed halfway through a recomputation.
 */
export function deadlineEnv(ctx: AppContext): DeadlineEnv {
  let env = deadlineEnvs.get(ctx);
  if (!env) {
    const settings = ctx.settings();
    const calendar = loadCalendar(ctx.db(), settings, ctx.io.lang);
    const loaded = { timeZone: settings.timezone, policy: settings.sla, calendar };
    const fingerprint = fingerprintOf(loaded);
    if (readInternal(ctx.db(), deadlinesFingerprintKey) !== fingerprint) {
      const count = recomputeAllDeadlines(ctx.db(), loaded);
      writeInternal(ctx.db(), deadlinesFingerprintKey, fingerprint);
      if (count > 0) ctx.io.say('workflow.recomputed', { count });
    }
    env = loaded;
    deadlineEnvs.set(ctx, env);
  }
  return env;
}

const deadlinesFingerprintKey = 'internal.deadlines_fingerprint';

/** Forget the cached calendar/policy after holidays or SLA settings change; the next use recomputes. */
export function forgetDeadlineEnv(ctx: AppContext): void {
  deadlineEnvs.delete(ctx);
}
