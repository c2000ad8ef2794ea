/** The flags of `list` that find particular reports: --officer, --reporter, --ticket (and --reason). */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { officerFilterId } from '../../app/directory.js';
import { reporterKey } from '../../app/reporter-match.js';
import { parseTicketRange } from '../../domain/report.js';
import type { ReportFilter } from '../../store/reports-repo.js';

export interface FindOptions {
  officer?: string;
  reporter?: string;
  ticket?: string;
  reason?: string;
}

export function addFindOptions(command: Command, ctx: AppContext): Command {
  const t = ctx.io.t;
  return command
    .option('--officer <officer>', t('help.opt.listOfficer'))
    .option('--reporter <nik|phone|name>', t('help.opt.reporter'))
    .option('--ticket <list>', t('help.opt.ticket'))
    .option('--reason <text>', t('help.opt.matchReason'));
}

function ticketRanges(value: string): { from: string; to: string }[] {
  return value
    .split(',')
    .filter((part) => part.trim())
    .map((part) => {
      const range = parseTicketRange(part);
      if (!range) throw new UsageError('list.badTicket', { value: part.trim() });
      if (range.from > range.to) throw new UsageError('list.ticketRangeReversed', range);
      return range;
    });
}

/** The filter with the find flags added; bad values are usage errors naming the flag. */
export function withFindOptions(ctx: AppContext, opts: FindOptions, filter: ReportFilter): ReportFilter {
  const found: ReportFilter = { ...filter };
  if (opts.officer !== undefined) found.officerId = officerFilterId(ctx, opts.officer);
  if (opts.reporter !== undefined) found.reporter = reporterKey(opts.reporter);
  if (opts.ticket !== undefined) {
    const ranges = ticketRanges(opts.ticket);
    if (ranges.length === 0) throw new UsageError('list.badTicket', { value: opts.ticket });
    found.tickets = ranges;
  }
  return found;
}
