/** `lapor due`: the morning list of what is due or late, per officer, in working days. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { addFormatOption, examples, formatOf, MAX_DAYS, parseCount, today } from '../shared.js';
import { renderRows, renderText, type Column } from '../../io/render.js';
import { listReportsForRead } from '../../app/report-query.js';
import { officerFilterId, unitFilterId } from '../../app/directory.js';
import type { StoredReport } from '../../domain/report-record.js';
import { statusLabel } from '../../io/labels.js';
import { isProvisional, markDate, provisionalFootnote } from '../provisional.js';

interface DueOptions {
  officer?: string;
  unit?: string;
  within?: string;
  limit?: string;
  format?: string;
}

interface DueRow {
  report: StoredReport;
  daysLate: number;
  daysLeft: number;
}

export function defineDue(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  const command = program
    .command('due')
    .description(t('help.due'))
    .option('--officer <officer>', t('help.opt.officer'))
    .option('--unit <unit>', t('help.opt.unit'))
    .option('--within <days>', t('help.opt.within'), '2')
    .option('--limit <n>', t('help.opt.limit'), '500')
    .addHelpText('after', examples(ctx, 'help.due.examples'));
  addFormatOption(command, ctx).action((opts: DueOptions) => runDue(ctx, opts));
}

export async function runDue(ctx: AppContext, opts: DueOptions): Promise<void> {
  const { io } = ctx;
  const format = formatOf(ctx, opts);
  const within = parseCount('--within', opts.within, 0, MAX_DAYS)!;
  const env = ctx.deadlines().env();
  const cal = env.calendar;
  const now = today(ctx);
  const officerId = opts.officer ? officerFilterId(ctx, opts.officer) : undefined;
  const unitId = opts.unit ? unitFilterId(ctx, opts.unit) : undefined;
  const until = cal.addWorkingDays(now, within);
  const { rows, total } = listReportsForRead(ctx, { dueUntil: until, officerId, unitId, orderBy: 'due', limit: parseCount('--limit', opts.limit, 1) });
  const due: DueRow[] = rows.map((report) => {
    const date = report.workflow.dueDate!;
    return { report, daysLate: cal.workingDaysBetween(date, now), daysLeft: cal.workingDaysBetween(now, date) };
  });
  if (format === 'table' && due.length === 0) return io.say('workflow.nothingDue', { within });
  const officerLabel = (r: StoredReport) => r.workflow.officerName ?? io.t('workflow.unassigned');
  const columns: Column<DueRow>[] = [
    { key: 'ticket', label: 'field.ticket', value: (d) => d.report.ticket },
    { key: 'due_date', label: 'field.dueDate', value: (d) => d.report.workflow.dueDate ?? null, display: (d) => markDate(ctx, d.report.workflow.dueDate!) },
    // JSON and CSV: whether the deadline lies in a year without a holiday decree yet (tables mark the date).
    { key: 'provisional', label: 'field.dueDate', value: (d) => isProvisional(ctx, d.report.workflow.dueDate) },
    {
      key: 'due_kind',
      label: 'field.dueKind',
      value: (d) => d.report.workflow.dueKind ?? null,
      display: (d, io) => io.tOr(`due.${d.report.workflow.dueKind}`, d.report.workflow.dueKind ?? ''),
      hide: 2,
    },
    {
      key: 'days_late',
      label: 'field.lateOrLeft',
      value: (d) => d.daysLate,
      display: (d, io) => (d.daysLate > 0 ? io.chalk.red(io.t('workflow.daysLate', { days: d.daysLate })) : io.t('workflow.daysLeft', { days: d.daysLeft })),
    },
    { key: 'status', label: 'field.status', value: (d) => d.report.status, display: (d, io) => statusLabel(io, d.report.status), hide: 3 },
    { key: 'officer', label: 'field.officer', value: (d) => d.report.workflow.officerName ?? null, display: (d) => officerLabel(d.report) },
    // At narrow widths the title is cut first, then the unit, the kind of deadline and the status are left out.
    { key: 'unit', label: 'field.unit', value: (d) => d.report.unitCode ?? null, hide: 1 },
    { key: 'title', label: 'field.title', value: (d) => d.report.title, freeText: true },
  ];
  if (format !== 'table') {
    await renderRows(io, format, columns, due);
    return;
  }
  const tableColumns = columns.filter((c) => c.key !== 'provisional');
  // On a terminal: one block per officer, the way the morning list is read out.
  const groups = new Map<string, DueRow[]>();
  for (const d of due) groups.set(officerLabel(d.report), [...(groups.get(officerLabel(d.report)) ?? []), d]);
  for (const [officer, list] of groups) {
    const late = list.filter((d) => d.daysLate > 0).length;
    renderText(io, io.chalk.bold(io.t('workflow.dueGroup', { officer, count: list.length, late })));
    await renderRows(
      io,
      format,
      tableColumns.filter((c) => c.key !== 'officer'),
      list,
    );
  }
  provisionalFootnote(
    ctx,
    due.map((d) => d.report.workflow.dueDate),
  );
  const all = total();
  if (all > due.length) io.say('common.rowsShown', { shown: due.length, total: all });
}
