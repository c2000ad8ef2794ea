import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { addFormatOption, examples, formatOf, requireReport } from '../shared.js';
import { renderRows, type Column } from '../../io/render.js';
import { auditForTicket, type StoredAuditEntry } from '../../store/audit-repo.js';
import { localDateTimeOf } from '../../domain/dates.js';

export function defineHistory(program: Command, ctx: AppContext): void {
  const command = program
    .command('history')
    .description(ctx.io.t('help.history'))
    .argument('<ticket>', ctx.io.t('help.arg.ticket'))
    .addHelpText('after', examples(ctx, 'help.history.examples'));
  addFormatOption(command, ctx).action((ticket: string, opts: { format?: string }) => runHistory(ctx, ticket, opts));
}

/** One line of details: changed fields as "field: from -> to", other details as key=value. */
function describe(entry: StoredAuditEntry): string {
  const changes = entry.details.changes as Record<string, { from: unknown; to: unknown }> | undefined;
  if (changes) return Object.entries(changes).map(([k, v]) => `${k}: ${String(v.from ?? '-')} -> ${String(v.to ?? '-')}`).join('; ');
  return Object.entries(entry.details)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' ');
}

export async function runHistory(ctx: AppContext, ticket: string, opts: { format?: string }): Promise<void> {
  const { io } = ctx;
  const format = formatOf(ctx, opts);
  const report = await requireReport(ctx, ticket);
  const tz = ctx.settings().timezone!;
  const entries = auditForTicket(ctx.db(), report.ticket);
  const actionLabel = (action: string) => {
    const label = io.t(`audit.${action}`);
    return label === `audit.${action}` ? action : label;
  };
  const columns: Column<StoredAuditEntry>[] = [
    { key: 'at', label: 'field.when', value: (e) => e.at, display: (e) => localDateTimeOf(e.at, tz) },
    { key: 'actor', label: 'field.who', value: (e) => e.actor, freeText: true },
    { key: 'action', label: 'field.what', value: (e) => e.action, display: (e) => actionLabel(e.action) },
    { key: 'details', label: 'field.details', value: (e) => describe(e), freeText: true },
  ];
  await renderRows(io, format, columns, entries, (e) => ({ at: e.at, actor: e.actor, action: e.action, details: e.details }));
}
