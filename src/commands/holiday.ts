/** `lapor holiday list|add|remove`: the working-day calendar, each change recomputing the deadlines. */

import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { InvalidInputError, NotFoundError, UsageError } from '../errors.js';
import { addFormatOption, examples, formatOf, reportProblems, today } from './shared.js';
import { addHoliday, removeHoliday } from '../app/holidays.js';
import { importDecree } from '../app/holiday-import.js';
import { renderRows, type Column } from '../io/render.js';
import { uncoveredYears, type LoadedCalendar } from '../calendar-loader.js';
import { parseDate } from '../domain/dates.js';
import { checkText } from '../domain/text.js';
import { dayNumber } from '../domain/calendar.js';

type ListKind = 'national' | 'collective_leave' | 'local' | 'removed';

interface HolidayRow {
  date: string;
  kind: ListKind;
  name: string;
  working: boolean;
}

const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const weekdayOf = (date: string) => weekdays[new Date(dayNumber(date) * 86_400_000).getUTCDay()]!;
const isWeekend = (date: string) => ['sat', 'sun'].includes(weekdayOf(date));
const kindOrder: Record<ListKind, number> = { national: 0, local: 1, collective_leave: 2, removed: 3 };

/** One year of the agency's calendar: shipped entries (removed ones marked), then local additions. */
function rowsOf(cal: LoadedCalendar, year: number): HolidayRow[] {
  const prefix = `${year}-`;
  const removed = new Map(cal.overrides.filter((o) => o.action === 'remove').map((o) => [o.date, o]));
  const rows: HolidayRow[] = [];
  for (const h of cal.shipped) {
    if (!h.date.startsWith(prefix)) continue;
    rows.push({ date: h.date, kind: removed.has(h.date) ? 'removed' : h.kind, name: h.name, working: cal.isWorkingDay(h.date) });
  }
  for (const o of cal.overrides) {
    if (!o.date.startsWith(prefix)) continue;
    if (o.action === 'add') rows.push({ date: o.date, kind: 'local', name: o.name ?? '', working: cal.isWorkingDay(o.date) });
    // A removal whose shipped holiday is gone (a corrected data file): still shown, so it can be deleted.
    else if (!cal.shipped.some((h) => h.date === o.date)) rows.push({ date: o.date, kind: 'removed', name: o.name ?? '', working: cal.isWorkingDay(o.date) });
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date) || kindOrder[a.kind] - kindOrder[b.kind]);
}

function parseYear(value: string | undefined, fallback: string): number {
  const text = (value ?? fallback).trim();
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 1900 || year > 2100) throw new UsageError('holiday.badYear', { value: text });
  return year;
}

function requireDate(text: string): string {
  const parsed = parseDate(text, 'date');
  if (parsed.value === undefined) throw new InvalidInputError('error.invalidInput', { count: parsed.problems.length }, parsed.problems);
  return parsed.value;
}

function warnUncovered(ctx: AppContext, cal: LoadedCalendar, date: string): void {
  for (const year of uncoveredYears(cal, [date])) ctx.io.warn('holiday.noData', { year });
}

export function runHolidayAdd(ctx: AppContext, dateText: string, opts: { name?: string }): void {
  const { io } = ctx;
  const date = requireDate(dateText);
  let name: string | undefined;
  if (opts.name !== undefined) {
    const checked = checkText(opts.name, 'name', { required: true, min: 2, max: 200 });
    reportProblems(ctx, checked.problems);
    name = checked.value;
  }
  const weekday = io.t(`holiday.weekday.${weekdayOf(date)}`);
  const added = addHoliday(ctx, date, name);
  if (added.kind === 'unchanged') return io.say('holiday.unchanged', { date, name: name! });
  if (added.kind === 'restored') {
    io.say('holiday.restored', { date, weekday, name: added.shippedName });
    if (name !== undefined) io.warn('holiday.nameIgnored', { date });
  } else {
    io.say(added.kind === 'renamed' ? 'holiday.renamed' : 'holiday.added', { date, weekday, name: name! });
  }
  if (isWeekend(date)) io.warn('holiday.weekendAdd', { date, weekday });
  warnUncovered(ctx, ctx.deadlines().env().calendar, date);
}

export function runHolidayRemove(ctx: AppContext, dateText: string): void {
  const { io } = ctx;
  const date = requireDate(dateText);
  const weekday = io.t(`holiday.weekday.${weekdayOf(date)}`);
  const removed = removeHoliday(ctx, date);
  switch (removed.kind) {
    case 'deletedLocal':
      io.say('holiday.deletedLocal', { date, name: removed.localName });
      if (removed.stillShipped !== undefined) io.say('holiday.stillShipped', { date, name: removed.stillShipped });
      return;
    case 'alreadyRemoved':
      return io.say('holiday.alreadyRemoved', { date, weekday });
    case 'notFound':
      throw new NotFoundError('holiday.notFound', { date, weekday });
    case 'removed':
      io.say('holiday.removed', { date, weekday, name: removed.shippedName });
      if (isWeekend(date)) io.warn('holiday.weekendRemove', { date, weekday });
  }
}

export function defineHoliday(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  const holiday = program.command('holiday').description(t('help.holiday')).addHelpText('after', examples(ctx, 'help.holiday.examples'));

  addFormatOption(holiday.command('list').description(t('help.holiday.list')).option('--year <year>', t('help.opt.holidayYear')), ctx).action(
    async (opts: { year?: string; format?: string }) => {
      const format = formatOf(ctx, opts);
      const year = parseYear(opts.year, today(ctx).slice(0, 4));
      const cal = ctx.deadlines().env().calendar;
      if (cal.provisionalYears.includes(year)) ctx.io.warn('holiday.provisional', { year });
      else if (!cal.coveredYears().includes(year)) ctx.io.warn('holiday.noData', { year });
      const rows = rowsOf(cal, year);
      if (rows.length === 0 && format === 'table') return ctx.io.say('holiday.none', { year });
      const columns: Column<HolidayRow>[] = [
        { key: 'date', label: 'holiday.field.date', value: (r) => r.date },
        { key: 'weekday', label: 'holiday.field.weekday', value: (r) => weekdayOf(r.date), display: (r, io) => io.t(`holiday.weekday.${weekdayOf(r.date)}`) },
        { key: 'kind', label: 'holiday.field.kind', value: (r) => r.kind, display: (r, io) => io.t(`holiday.kind.${r.kind}`) },
        { key: 'name', label: 'field.name', value: (r) => r.name, freeText: true },
        { key: 'working_day', label: 'holiday.field.working', value: (r) => r.working, display: (r, io) => io.t(r.working ? 'common.yes' : 'common.no') },
      ];
      await renderRows(ctx.io, format, columns, rows);
    },
  );

  holiday
    .command('add')
    .description(t('help.holiday.add'))
    .argument('<date>', t('help.arg.holidayDate'))
    .option('--name <name>', t('help.opt.holidayName'))
    .action((date: string, opts: { name?: string }) => runHolidayAdd(ctx, date, opts));

  holiday
    .command('import')
    .description(t('help.holiday.import'))
    .argument('<file>', t('help.arg.holidayFile'))
    .option('--source <decree>', t('help.opt.decreeSource'))
    .action((file: string, opts: { source?: string }) => {
      const { years, count } = importDecree(ctx, file, opts.source);
      ctx.io.say('holiday.imported', { count, years: years.join(', '), file });
    });

  holiday
    .command('remove')
    .description(t('help.holiday.remove'))
    .argument('<date>', t('help.arg.holidayDate'))
    .action((date: string) => runHolidayRemove(ctx, date));
}
