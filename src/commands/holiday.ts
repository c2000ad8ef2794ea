import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { InvalidInputError, NotFoundError, UsageError } from '../errors.js';
import { addFormatOption, examples, formatOf, nowIso, reportProblems, today } from './shared.js';
import { changeCalendar } from '../app/deadlines.js';
import { renderRows, type Column } from '../io/render.js';
import { loadCalendar, shippedHolidays, uncoveredYears, type LoadedCalendar } from '../calendar-loader.js';
import { deleteHolidayOverride, getHolidayOverride, putHolidayOverride } from '../store/holidays-repo.js';
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
  const db = ctx.db();
  const date = requireDate(dateText);
  let name: string | undefined;
  if (opts.name !== undefined) {
    const checked = checkText(opts.name, 'name', { required: true, min: 2, max: 200 });
    reportProblems(ctx, checked.problems);
    name = checked.value;
  }
  const cal = loadCalendar(db, ctx.settings(), io.lang);
  const override = getHolidayOverride(db, date);
  const shipped = cal.shipped.filter((h) => h.date === date);
  const weekday = io.t(`holiday.weekday.${weekdayOf(date)}`);
  const actor = ctx.actor();
  const at = nowIso(ctx);

  if (override?.action === 'remove' && shipped.length > 0) {
    // The shipped holiday was declared a working day; adding it back restores it.
    changeCalendar(ctx, () => deleteHolidayOverride(db, date, actor, at));
    io.say('holiday.restored', { date, weekday, name: shipped.map((h) => h.name).join(' / ') });
    if (name !== undefined) io.warn('holiday.nameIgnored', { date });
  } else {
    const national = shipped.find((h) => h.kind === 'national');
    if (national) throw new InvalidInputError('holiday.alreadyHoliday', { date, name: national.name });
    if (name === undefined) throw new UsageError('error.missingFlag', { field: 'name', flag: '--name' });
    if (override?.action === 'add' && override.name === name) return io.say('holiday.unchanged', { date, name });
    changeCalendar(ctx, () => putHolidayOverride(db, { date, action: 'add', name }, actor, at));
    io.say(override?.action === 'add' ? 'holiday.renamed' : 'holiday.added', { date, weekday, name });
  }
  if (isWeekend(date)) io.warn('holiday.weekendAdd', { date, weekday });
  warnUncovered(ctx, cal, date);
}

export function runHolidayRemove(ctx: AppContext, dateText: string): void {
  const { io } = ctx;
  const db = ctx.db();
  const date = requireDate(dateText);
  const cal = loadCalendar(db, ctx.settings(), io.lang);
  const override = getHolidayOverride(db, date);
  const shipped = cal.shipped.filter((h) => h.date === date);
  const shippedName = shipped.map((h) => h.name).join(' / ');
  const weekday = io.t(`holiday.weekday.${weekdayOf(date)}`);
  const actor = ctx.actor();
  const at = nowIso(ctx);

  if (override?.action === 'add') {
    changeCalendar(ctx, () => deleteHolidayOverride(db, date, actor, at));
    io.say('holiday.deletedLocal', { date, name: override.name ?? '' });
    if (shipped.length > 0) io.say('holiday.stillShipped', { date, name: shippedName });
    return;
  }
  if (override?.action === 'remove') return io.say('holiday.alreadyRemoved', { date, weekday });
  if (shipped.length === 0) throw new NotFoundError('holiday.notFound', { date, weekday });
  // The stored name is for the record only (lists show the shipped one): always the official Indonesian name.
  const officialName = shippedHolidays('id').filter((h) => h.date === date).map((h) => h.name).join(' / ');
  changeCalendar(ctx, () => putHolidayOverride(db, { date, action: 'remove', name: officialName }, actor, at));
  io.say('holiday.removed', { date, weekday, name: shippedName });
  if (isWeekend(date)) io.warn('holiday.weekendRemove', { date, weekday });
}

export function defineHoliday(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  const holiday = program.command('holiday').description(t('help.holiday')).addHelpText('after', examples(ctx, 'help.holiday.examples'));

  addFormatOption(holiday.command('list').description(t('help.holiday.list')).option('--year <year>', t('help.opt.holidayYear')), ctx).action(
    async (opts: { year?: string; format?: string }) => {
      const format = formatOf(ctx, opts);
      const year = parseYear(opts.year, today(ctx).slice(0, 4));
      const cal = loadCalendar(ctx.db(), ctx.settings(), ctx.io.lang);
      if (!cal.coveredYears().includes(year)) ctx.io.warn('holiday.noData', { year });
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
    .command('remove')
    .description(t('help.holiday.remove'))
    .argument('<date>', t('help.arg.holidayDate'))
    .action((date: string) => runHolidayRemove(ctx, date));
}
