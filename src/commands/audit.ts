/** `lapor audit`: the audit trail for inspectors, filtered, in the formats of read commands; personal data as domain/pii.ts shows it. */

import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { InvalidInputError } from '../errors.js';
import { addFormatOption, examples, formatOf, parseCount } from './shared.js';
import { renderRows, type Column } from '../io/render.js';
import { localDateTimeOf, parseDateTime } from '../domain/dates.js';
import { normalizeTicket } from '../domain/report.js';
import { auditActionNames, auditTrail } from '../app/audit.js';
import type { AuditFilter, AuditTrailEntry } from '../store/audit-repo.js';

interface AuditFlags {
  since?: string;
  actor?: string;
  action: string[];
  ticket?: string;
  limit?: string;
  format?: string;
}

/** `--action a --action b` and `--action a,b` alike. */
const collect = (value: string, previous: string[]) => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
];

export function defineAudit(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  const command = program
    .command('audit')
    .description(t('help.audit'))
    .option('--since <when>', t('help.opt.auditSince'))
    .option('--actor <name>', t('help.opt.auditActor'))
    .option('--action <action>', t('help.opt.auditAction', { names: Object.keys(auditActionNames).join(', ') }), collect, [])
    .option('--ticket <ticket>', t('help.opt.auditTicket'))
    .option('--limit <n>', t('help.opt.auditLimit'))
    .addHelpText('after', examples(ctx, 'help.audit.examples'));
  addFormatOption(command, ctx).action((opts: AuditFlags) => runAudit(ctx, opts));
}

function filterOf(ctx: AppContext, opts: AuditFlags): AuditFilter {
  const filter: AuditFilter = {};
  if (opts.since !== undefined) {
    const since = parseDateTime(opts.since, '--since', ctx.settings().timezone);
    if (since.value === undefined) throw new InvalidInputError('error.invalidInput', { count: since.problems.length }, since.problems);
    filter.since = since.value;
  }
  if (opts.actor !== undefined) filter.actor = opts.actor.trim();
  if (opts.action.length > 0) filter.actions = opts.action;
  if (opts.ticket !== undefined) filter.ticket = normalizeTicket(opts.ticket);
  const limit = parseCount('--limit', opts.limit, 1);
  if (limit !== undefined) filter.limit = limit;
  return filter;
}

/** Details as key=value (nested values as JSON), for the table and CSV. */
function describe(details: Record<string, unknown>): string {
  return Object.entries(details)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' ');
}

export async function runAudit(ctx: AppContext, opts: AuditFlags): Promise<void> {
  const { io } = ctx;
  const format = formatOf(ctx, opts);
  const entries = auditTrail(ctx, filterOf(ctx, opts));
  if (entries.length === 0 && format === 'table') return io.say('audit.none');
  const tz = ctx.settings().timezone;
  const columns: Column<AuditTrailEntry>[] = [
    { key: 'at', label: 'field.when', value: (e) => e.at, display: (e) => localDateTimeOf(e.at, tz) },
    { key: 'actor', label: 'field.who', value: (e) => e.actor, freeText: true },
    { key: 'action', label: 'field.what', value: (e) => e.action, display: (e) => io.tOr(`timeline.${e.action}`, e.action) },
    { key: 'ticket', label: 'field.ticket', value: (e) => e.ticket ?? null },
    { key: 'details', label: 'field.details', value: (e) => describe(e.details), freeText: true },
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
}
