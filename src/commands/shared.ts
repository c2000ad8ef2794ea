/** Helpers every command uses: --format, counts, finding a report, validation env, examples. */

import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { NotFoundError, UsageError, InvalidInputError } from '../errors.js';
import type { MessageKey } from '../io/messages/index.js';
import { formatOption, readFormat, readFormats, type ReadFormat } from '../io/output-options.js';
import { problemParams } from '../io/labels.js';
import type { StoredReport } from '../domain/report-record.js';
import { normalizeTicket, type ValidationEnv } from '../domain/report.js';
import { hasErrors, type FieldProblem } from '../domain/problems.js';
import { loadCategories, loadRegions } from '../data.js';
import { localDateOf } from '../domain/dates.js';

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
  const settings = ctx.settings();
  return {
    now: ctx.clock(),
    timeZone: settings.timezone,
    categories: loadCategories(),
    regions: loadRegions(),
    agencyRegion: settings.agency.region || undefined,
  };
}

/** Warnings are printed; errors stop the command with exit 4 and nothing stored. */
export function reportProblems(ctx: AppContext, problems: readonly FieldProblem[]): void {
  if (hasErrors(problems)) {
    const errors = problems.filter((p) => p.severity === 'error');
    throw new InvalidInputError('error.invalidInput', { count: errors.length }, errors);
  }
  for (const p of problems) ctx.io.warn(p.code, problemParams(ctx.io, p));
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
