/** `lapor list`: filters, full-text search and paging (the filters are shared with export). */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { addFormatOption, examples, formatOf, today } from '../shared.js';
import { renderRows } from '../../io/render.js';
import { listColumns, reportJson } from './view.js';
import { listReportsForRead } from '../../app/report-query.js';
import { addFilterOptions, filterFromOptions, type ListOptions } from './filter.js';
import { addFindOptions, withFindOptions, type FindOptions } from './find-options.js';
import { guardReporterMatch } from '../../app/reporter-match.js';

export function defineList(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  const command = program
    .command('list')
    .alias('ls')
    .description(t('help.list'))
    .option('--limit <n>', t('help.opt.limit'), '50')
    .option('--offset <n>', t('help.opt.offset'), '0')
    .addHelpText('after', examples(ctx, 'help.list.examples'));
  addFindOptions(addFilterOptions(command, ctx), ctx);
  addFormatOption(command, ctx).action((opts: ListOptions & FindOptions) => runList(ctx, opts));
}

export async function runList(ctx: AppContext, opts: ListOptions & FindOptions): Promise<void> {
  const { io } = ctx;
  const format = formatOf(ctx, opts);
  const filter = guardReporterMatch(ctx, withFindOptions(ctx, opts, filterFromOptions(ctx, opts)), opts.reason);
  const { rows, total } = listReportsForRead(ctx, filter);
  const tz = ctx.settings().timezone;
  if (format === 'table' && rows.length === 0) {
    io.say('common.noRows');
    return;
  }
  await renderRows(io, format, listColumns(tz, today(ctx)), rows, (r) => reportJson(r, tz));
  if (format !== 'table') return;
  // Counted only for the table's footer: a count of a big match is a scan of its index.
  const all = total();
  if (all > rows.length) io.say('common.rowsShown', { shown: rows.length, total: all });
}
