import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { InvalidInputError, NotFoundError } from '../../errors.js';
import { addFormatOption, deadlineEnv, examples, formatOf, MAX_DAYS, parseCount, today } from '../shared.js';
import { renderRows, truncate, type Column } from '../../io/render.js';
import { listReports } from '../../store/reports-repo.js';
import { findUnit } from '../../store/units-repo.js';
import { findOfficer } from '../../store/officers-repo.js';
import type { StoredReport } from '../../domain/report-record.js';
import { statusLabel } from '../report/view.js';

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
  const env = deadlineEnv(ctx);
  const cal = env.calendar;
  const now = today(ctx);
  let officerId: number | undefined;
  if (opts.officer) {
    const officer = findOfficer(ctx.db(), opts.officer);
    if (!officer) throw new NotFoundError('workflow.officerNotFound', { value: opts.officer });
    officerId = officer.id;
  }
  let unitId: number | undefined;
  if (opts.unit) {
    const unit = findUnit(ctx.db(), opts.unit);
    if (!unit) throw new InvalidInputError('unit.notFound', { value: opts.unit });
    unitId = unit.id;
  }
  const until = cal.addWorkingDays(now, within);
  const { rows, total } = listReports(ctx.db(), { dueUntil: until, officerId, unitId, orderBy: 'due', limit: parseCount('--limit', opts.limit, 1) });
  const due: DueRow[] = rows.map((report) => {
    const date = report.workflow.dueDate!;
    return { report, daysLate: cal.workingDaysBetween(date, now), daysLeft: cal.workingDaysBetween(now, date) };
  });
  if (format === 'table' && due.length === 0) return io.say('workflow.nothingDue', { within });
  const officerLabel = (r: StoredReport) => r.workflow.officerName ?? io.t('workflow.unassigned');
  const columns: Column<DueRow>[] = [
    { key: 'ticket', label: 'field.ticket', value: (d) => d.report.ticket },
    { key: 'due_date', label: 'field.dueDate', value: (d) => d.report.workflow.dueDate ?? null },
    { key: 'due_kind', label: 'field.dueKind', value: (d) => d.report.workflow.dueKind ?? null, display: (d, io) => io.tOr(`due.${d.report.workflow.dueKind}`, d.report.workflow.dueKind ?? '') },
    {
      key: 'days_late',
      label: 'field.late',
      value: (d) => d.daysLate,
      display: (d, io) =>
        d.daysLate > 0 ? io.chalk.red(io.t('workflow.daysLate', { days: d.daysLate })) : io.t('workflow.daysLeft', { days: d.daysLeft }),
    },
    { key: 'status', label: 'field.status', value: (d) => d.report.status, display: (d, io) => statusLabel(io, d.report.status) },
    { key: 'officer', label: 'field.officer', value: (d) => d.report.workflow.officerName ?? null, display: (d) => officerLabel(d.report) },
    { key: 'unit', label: 'field.unit', value: (d) => d.report.unitCode ?? null },
    { key: 'title', label: 'field.title', value: (d) => d.report.title, display: (d) => truncate(d.report.title, 40), freeText: true },
  ];
  if (format !== 'table') {
    await renderRows(io, format, columns, due);
    return;
  }
  // On a terminal: one block per officer, the way the morning list is read out.
  const groups = new Map<string, DueRow[]>();
  for (const d of due) groups.set(officerLabel(d.report), [...(groups.get(officerLabel(d.report)) ?? []), d]);
  for (const [officer, list] of groups) {
    const late = list.filter((d) => d.daysLate > 0).length;
    io.out(io.chalk.bold(io.t('workflow.dueGroup', { officer, count: list.length, late })));
    await renderRows(io, format, columns.filter((c) => c.key !== 'officer'), list);
  }
  if (total > due.length) io.say('common.rowsShown', { shown: due.length, total });
}
