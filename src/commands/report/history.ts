/** `lapor history`: a report's timeline, lifecycle events and audit entries merged by time. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { addFormatOption, examples, formatOf, requireReport } from '../shared.js';
import { renderRows, type Column } from '../../io/render.js';
import { auditForTicket, type StoredAuditEntry } from '../../store/audit-repo.js';
import { eventsOf, type StoredEvent } from '../../store/workflow-repo.js';
import { humanDateTime } from '../../domain/dates.js';
import { statusLabel } from './view.js';
import { historyDetails, type PiiFlags } from '../../domain/pii.js';
import { describeDetails } from '../../io/details.js';

export function defineHistory(program: Command, ctx: AppContext): void {
  const command = program
    .command('history')
    .description(ctx.io.t('help.history'))
    .argument('<ticket>', ctx.io.t('help.arg.ticket'))
    .addHelpText('after', examples(ctx, 'help.history.examples'));
  addFormatOption(command, ctx).action((ticket: string, opts: { format?: string }) => runHistory(ctx, ticket, opts));
}

/** One entry of the timeline: a lifecycle event or an audit record. */
interface Entry {
  at: string;
  recordedAt: string;
  actor: string;
  kind: string;
  source: 'event' | 'audit';
  statusChange?: { from: string; to: string };
  officer?: string;
  note?: string;
  details: Record<string, unknown>;
}

function fromEvent(e: StoredEvent): Entry {
  const entry: Entry = {
    at: e.at,
    recordedAt: e.recordedAt,
    actor: e.actor,
    kind: e.kind,
    source: 'event',
    details: { ...e.details, ...(e.final ? { final: true } : {}), ...(e.nationalId ? { national_id: e.nationalId } : {}) },
  };
  if (e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus) entry.statusChange = { from: e.fromStatus, to: e.toStatus };
  if (e.officerName) entry.officer = e.officerName;
  if (e.note) entry.note = e.note;
  return entry;
}

/** Stored details, however old, shown under the report's current flags (pii.ts historyDetails). */
function fromAudit(a: StoredAuditEntry, flags: PiiFlags): Entry {
  return { at: a.at, recordedAt: a.at, actor: a.actor, kind: a.action, source: 'audit', details: historyDetails(a.details, flags) };
}

/** A rejection learned from the national system: its reason is the national one, which may be missing. */
function nationalRejection(e: Entry): boolean {
  return e.kind === 'reject' && e.details.source === 'national';
}

export async function runHistory(ctx: AppContext, ticket: string, opts: { format?: string }): Promise<void> {
  const { io } = ctx;
  const format = formatOf(ctx, opts);
  const report = await requireReport(ctx, ticket);
  const tz = ctx.settings().timezone;
  const entries = [...eventsOf(ctx.db(), report.id).map(fromEvent), ...auditForTicket(ctx.db(), report.ticket).map((a) => fromAudit(a, report))];
  // Newest last, by when it happened; ties by when it was recorded.
  entries.sort((a, b) => a.at.localeCompare(b.at) || a.recordedAt.localeCompare(b.recordedAt));
  // Kinds are stored actions and event types: one without a label shows as itself.
  const label = (kind: string) => io.tOr(`timeline.${kind}`, kind);
  const describe = (e: Entry) =>
    [
      e.statusChange ? `${statusLabel(io, e.statusChange.from)} -> ${statusLabel(io, e.statusChange.to)}` : '',
      e.officer ? `${io.t('field.officer')}: ${e.officer}` : '',
      e.note ?? (nationalRejection(e) ? io.t('sync.reconcile.noReason') : ''),
      describeDetails(io, e.details, tz),
    ]
      .filter(Boolean)
      .join(' | ');
  const columns: Column<Entry>[] = [
    {
      key: 'at',
      label: 'field.when',
      value: (e) => e.at,
      display: (e) => humanDateTime(e.at, tz) + (e.recordedAt.slice(0, 16) !== e.at.slice(0, 16) && e.source === 'event' ? '*' : ''),
    },
    { key: 'actor', label: 'field.who', value: (e) => e.actor, freeText: true },
    { key: 'kind', label: 'field.what', value: (e) => e.kind, display: (e) => label(e.kind) },
    { key: 'details', label: 'field.details', value: (e) => describe(e), freeText: true },
  ];
  // A timeline entry's details run to hundreds of characters: label/value blocks, not a table.
  await renderRows(
    io,
    format,
    columns,
    entries,
    (e) => ({
      at: e.at,
      recorded_at: e.recordedAt,
      actor: e.actor,
      kind: e.kind,
      source: e.source,
      status_change: e.statusChange ?? null,
      officer: e.officer ?? null,
      note: e.note ?? null,
      details: e.details,
    }),
    { layout: 'blocks' },
  );
  if (format === 'table' && entries.some((e) => e.source === 'event' && e.recordedAt.slice(0, 16) !== e.at.slice(0, 16))) io.say('history.backdated');
}
