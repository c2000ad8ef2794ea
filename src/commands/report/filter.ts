/** The report filter flags of `list`, shared with `export` (not a command itself). */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { MAX_DAYS, parseCount, today } from '../shared.js';
import type { ReportFilter } from '../../store/reports-repo.js';
import { unitFilterId } from '../../app/directory.js';
import { parseChannel, parseStatus } from '../../domain/vocabulary.js';
import { parseDate } from '../../domain/dates.js';
import { statuses } from '../../domain/lifecycle.js';

/*
 * The report filter flags of `list` and `export`: a helper module (it defines no command), so
 * neither command imports the other.
 */

export interface ListOptions {
  format?: string;
  status?: string;
  category?: string;
  channel?: string;
  unit?: string;
  since?: string;
  until?: string;
  search?: string;
  limit?: string;
  offset?: string;
  overdue?: boolean;
  dueWithin?: string;
}

/** The report filters of `list`, shared with `export` (read back by filterFromOptions). */
export function addFilterOptions(command: Command, ctx: AppContext): Command {
  const t = ctx.io.t;
  return command
    .option('--status <list>', t('help.opt.status', { allowed: statuses.join(', ') }))
    .option('--category <name>', t('help.opt.category'))
    .option('--channel <list>', t('help.opt.channel'))
    .option('--unit <code>', t('help.opt.unit'))
    .option('--since <date>', t('help.opt.since'))
    .option('--until <date>', t('help.opt.until'))
    .option('--search <text>', t('help.opt.search'))
    .option('--overdue', t('help.opt.overdue'))
    .option('--due-within <days>', t('help.opt.dueWithin'));
}

function splitList(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

function badStatus(value: string): never {
  throw new UsageError('list.badStatus', { value, allowed: statuses.join(', ') });
}

/** Turns list flags into a store filter; shared with `export`. Bad values are usage errors naming the flag. */
export function filterFromOptions(ctx: AppContext, opts: ListOptions): ReportFilter {
  const filter: ReportFilter = {};
  const status = splitList(opts.status);
  if (status) {
    // English codes, Indonesian words and national names; a national name may stand for several.
    const parsed = status.map((s) => parseStatus(s) ?? badStatus(s));
    filter.status = [...new Set(parsed.flat())];
  }
  const channel = splitList(opts.channel);
  if (channel) {
    filter.channel = channel.map((c) => {
      const parsed = parseChannel(c);
      if (!parsed) throw new UsageError('list.badChannel', { value: c });
      return parsed;
    });
  }
  if (opts.category) filter.category = opts.category.trim();
  if (opts.unit) filter.unitId = unitFilterId(ctx, opts.unit);
  for (const key of ['since', 'until'] as const) {
    const value = opts[key];
    if (value === undefined) continue;
    const parsed = parseDate(value, `--${key}`);
    if (parsed.value === undefined) {
      const p = parsed.problems[0]!;
      throw new UsageError(p.code, { field: p.field, ...p.params });
    }
    filter[key] = parsed.value;
  }
  if (opts.search !== undefined) filter.search = opts.search;
  if (opts.overdue || opts.dueWithin !== undefined) {
    const cal = ctx.deadlines().env().calendar;
    const now = today(ctx);
    if (opts.overdue) filter.dueBefore = now;
    // Due from today up to N working days ahead; with --overdue the late ones join in.
    if (opts.dueWithin !== undefined) filter.dueUntil = cal.addWorkingDays(now, parseCount('--due-within', opts.dueWithin, 0, MAX_DAYS)!);
    if (opts.dueWithin !== undefined && !opts.overdue) filter.dueFrom = now;
  }
  filter.limit = parseCount('--limit', opts.limit, 1);
  filter.offset = parseCount('--offset', opts.offset, 0);
  return filter;
}
