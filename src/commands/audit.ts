/** `lapor audit`: the audit trail with filters, in the read commands' formats, for inspectors. */

import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { addFormatOption, examples, formatOf, parseCount } from './shared.js';
import { listAudit, resolveAuditActions } from '../app/audit.js';
import type { AuditFilter, StoredAuditEntry } from '../store/audit-repo.js';
import { renderRows, type Column } from '../io/render.js';
import { describeDetails } from '../io/details.js';
import { endOfLocalDay, humanDateTime, parseDate, parseDateTime } from '../domain/dates.js';
import { normalizeTicket } from '../domain/report.js';
import { UsageError } from '../errors.js';

interface AuditOptions {
  since?: string;
  until?: string;
  actor?: string;
  action?: string;
  ticket?: string;
  limit?: string;
  format?: string;
}

const DEFAULT_LIMIT = 100;

export function defineAudit(program: Command, ctx: AppContext): void {
  const { t } = ctx.io;
  const command = program
    .command('audit')
    .description(t('help.audit'))
    .option('--since <date>', t('help.opt.auditSince'))
    .option('--until <date>', t('help.opt.auditUntil'))
    .option('--actor <name>', t('help.opt.auditActor'))
    .option('--action <names>', t('help.opt.auditAction'))
    .option('--ticket <ticket>', t('help.opt.auditTicket'))
    .option('--limit <n>', t('help.opt.auditLimit'))
    .addHelpText('after', examples(ctx, 'help.audit.examples'));
  addFormatOption(command, ctx).action((opts: AuditOptions) => runAudit(ctx, opts));
}

/** A date means its whole local day (from 00:00 for --since, through 23:59:59 for --until); a date and time is that moment. */
function boundary(ctx: AppContext, flag: '--since' | '--until', value: string): string {
  const tz = ctx.settings().timezone;
  const day = parseDate(value, flag);
  if (day.value !== undefined) return flag === '--until' ? endOfLocalDay(day.value, tz) : parseDateTime(day.value, flag, tz).value!;
  const moment = parseDateTime(value, flag, tz);
  if (moment.value !== undefined) return moment.value;
  const p = moment.problems[0]!;
  throw new UsageError(p.code, { field: p.field, ...p.params });
}

function auditFilter(ctx: AppContext, opts: AuditOptions): AuditFilter {
  const filter: AuditFilter = { limit: parseCount('--limit', opts.limit, 1) ?? DEFAULT_LIMIT };
  if (opts.since !== undefined) filter.since = boundary(ctx, '--since', opts.since);
  if (opts.until !== undefined) filter.until = boundary(ctx, '--until', opts.until);
  if (opts.actor !== undefined) filter.actor = opts.actor.trim();
  if (opts.ticket !== undefined) filter.ticket = normalizeTicket(opts.ticket);
  if (opts.action !== undefined) {
    const wanted = opts.action.split(',').filter((a) => a.trim() !== '');
    const { actions, unknown, known } = resolveAuditActions(ctx, wanted);
    if (unknown.length > 0 || wanted.length === 0) throw new UsageError('audit.badAction', { value: unknown[0] ?? opts.action, known: known.join(', ') });
    filter.actions = actions;
  }
  return filter;
}

/** For the table: a list (an export's 41 columns) shows as its length; JSON and CSV keep it whole. */
function compact(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(details).map(([k, v]) => [k, Array.isArray(v) ? `(${v.length})` : v]));
}

export async function runAudit(ctx: AppContext, opts: AuditOptions): Promise<void> {
  const { io } = ctx;
  const format = formatOf(ctx, opts);
  const { entries, total } = listAudit(ctx, auditFilter(ctx, opts));
  if (format === 'table' && entries.length === 0) return io.say('audit.none');
  const tz = ctx.settings().timezone;
  const columns: Column<StoredAuditEntry>[] = [
    { key: 'at', label: 'field.when', value: (e) => e.at, display: (e) => humanDateTime(e.at, tz) },
    { key: 'actor', label: 'field.who', value: (e) => e.actor, freeText: true },
    { key: 'action', label: 'field.auditAction', value: (e) => e.action, display: (e) => io.tOr(`timeline.${e.action}`, e.action) },
    { key: 'ticket', label: 'field.ticket', value: (e) => e.ticket ?? null },
    {
      key: 'details',
      label: 'field.details',
      value: (e) => describeDetails(io, e.details, tz),
      display: (e) => describeDetails(io, compact(e.details), tz),
      freeText: true,
    },
  ];
  await renderRows(io, format, columns, entries, (e) => ({
    id: e.id,
    at: e.at,
    actor: e.actor,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId ?? null,
    ticket: e.ticket ?? null,
    details: e.details,
  }));
  if (format === 'table' && total > entries.length) io.say('audit.shown', { shown: entries.length, total });
}
