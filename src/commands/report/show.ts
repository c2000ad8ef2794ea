/** `lapor show`: one report with its deadlines and attachments; `--reveal` is audited. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { markDate, provisionalFootnote, provisionalJson } from '../provisional.js';
import { addFormatOption, examples, formatOf, requireReport, today } from '../shared.js';
import type { StoredReport } from '../../domain/report-record.js';
import { renderRecord } from '../../io/render.js';
import type { MessageKey } from '../../io/messages/index.js';
import { reportJson, reporterLabel, statusLabel } from './view.js';
import { revealDecision, reporterView } from '../../domain/pii.js';
import { UsageError } from '../../errors.js';
import { withCurrentDeadlines } from '../../app/report-query.js';
import { humanDateTime } from '../../domain/dates.js';
import { visible } from '../../io/safe-text.js';
import { recordAudit } from '../../app/audit.js';
import { loadRegions } from '../../data.js';
import { attachmentPath, listAttachments, type StoredAttachment } from '../../store/attachments.js';
import { formatBytes } from '../../domain/file-type.js';
import { attachmentDataDir } from '../../app/attachments.js';
import { reportSyncProblems } from '../../store/sync-queue-repo.js';
import { decodeReason } from '../../sync/reason.js';

/** Failed or cancelled national operations of the report, one phrase each; undefined when none. */
function syncProblems(ctx: AppContext, reportId: number): string | undefined {
  const rows = reportSyncProblems(ctx.db(), reportId);
  if (rows.length === 0) return undefined;
  return rows
    .map((p) => {
      const why = decodeReason(p.error);
      return ctx.io.t(`sync.show.${p.state}`, { kind: p.kind, reason: why ? ctx.io.t(why.key, why.params) : '' });
    })
    .join('; ');
}

interface ShowOptions {
  format?: string;
  reveal?: boolean;
  reason?: string;
}

export function defineShow(program: Command, ctx: AppContext): void {
  const command = program
    .command('show')
    .description(ctx.io.t('help.show'))
    .argument('<ticket>', ctx.io.t('help.arg.ticket'))
    .option('--reveal', ctx.io.t('help.opt.reveal'))
    .option('--reason <text>', ctx.io.t('help.opt.revealReason'))
    .addHelpText('after', examples(ctx, 'help.show.examples'));
  addFormatOption(command, ctx).action((ticket: string, opts: ShowOptions) => runShow(ctx, ticket, opts));
}

/** "2026-12-02 (follow-up, 3 working days late)" in red when late. */
function dueDisplay(ctx: AppContext, r: StoredReport): string | undefined {
  const { dueDate, dueKind } = r.workflow;
  if (!dueDate) return undefined;
  const cal = ctx.deadlines().env().calendar;
  const now = today(ctx);
  const late = cal.workingDaysBetween(dueDate, now);
  const kind = ctx.io.tOr(`due.${dueKind}`, dueKind ?? ''); // dueKind is read from the database
  const date = markDate(ctx, dueDate);
  return late > 0
    ? ctx.io.chalk.red(`${date} (${kind}, ${ctx.io.t('workflow.daysLate', { days: late })})`)
    : `${date} (${kind}, ${ctx.io.t('workflow.daysLeft', { days: cal.workingDaysBetween(now, dueDate) })})`;
}

function auditReveal(ctx: AppContext, r: StoredReport, details: Record<string, unknown>): void {
  recordAudit(ctx, { action: 'report.reveal', entity: 'report', entityId: r.id, ticket: r.ticket, details });
}

/** The label/value lines of `show` (identity through the personal-data policy); empty ones left out. */
function recordFields(ctx: AppContext, r: StoredReport, extra: { reveal: boolean; attachments: StoredAttachment[]; syncNote: string | undefined }) {
  const { io } = ctx;
  const { reveal, attachments, syncNote } = extra;
  const tz = ctx.settings().timezone;
  const v = reporterView(r, reveal ? 'reveal' : 'show');
  const idv = (value: string | null) => value ?? undefined;
  const region = r.regionCode ? `${r.regionCode}${loadRegions().name(r.regionCode) ? ` ${loadRegions().name(r.regionCode)}` : ''}` : undefined;
  return (
    [
      { key: 'ticket', label: 'field.ticket', value: r.ticket },
      { key: 'status', label: 'field.status', value: r.status, display: statusLabel(io, r.status) },
      { key: 'classification', label: 'field.classification', value: r.classification, display: io.t(`classification.${r.classification}`) },
      { key: 'channel', label: 'field.channel', value: r.channel, display: io.t(`channel.${r.channel}`) },
      { key: 'title', label: 'field.title', value: r.title },
      { key: 'description', label: 'field.description', value: r.description },
      { key: 'category', label: 'field.category', value: r.category },
      { key: 'received_at', label: 'field.received_at', value: r.receivedAt, display: humanDateTime(r.receivedAt, tz) },
      { key: 'incident_date', label: 'field.incident_date', value: r.incidentDate },
      { key: 'location', label: 'field.location', value: r.location },
      { key: 'region', label: 'field.region', value: region },
      { key: 'unit', label: 'field.unit', value: r.unitCode && `${r.unitCode} ${r.unitName ?? ''}`.trim() },
      { key: 'ref', label: 'field.ref', value: r.ref },
      { key: 'officer', label: 'field.officer', value: r.workflow.officerName },
      { key: 'due', label: 'field.due', value: r.workflow.dueDate, display: dueDisplay(ctx, r) },
      { key: 'verify_by', label: 'field.verifyBy', value: r.workflow.verifyBy, display: r.workflow.verifyBy && markDate(ctx, r.workflow.verifyBy) },
      { key: 'followup_by', label: 'field.followupBy', value: r.workflow.followupBy, display: r.workflow.followupBy && markDate(ctx, r.workflow.followupBy) },
      {
        key: 'auto_close_on',
        label: 'field.autoCloseOn',
        value: r.workflow.autoCloseOn,
        display: r.workflow.autoCloseOn && markDate(ctx, r.workflow.autoCloseOn),
      },
      { key: 'complete_by', label: 'field.completeBy', value: r.workflow.completeBy, display: r.workflow.completeBy && markDate(ctx, r.workflow.completeBy) },
      { key: 'status_reason', label: 'field.statusReason', value: r.workflow.statusReason },
      { key: 'forwarded_to', label: 'field.forwardedTo', value: r.workflow.forwardedTo },
      { key: 'national_id', label: 'field.nationalId', value: r.national.id },
      { key: 'tracking_id', label: 'field.trackingId', value: r.national.trackingId },
      { key: 'national_status', label: 'field.nationalStatus', value: r.national.status },
      { key: 'national_sync', label: 'field.nationalSync', value: syncNote },
      { key: 'reporter_name', label: 'field.reporter_name', value: idv(v.name), display: reveal ? idv(v.name) : reporterLabel(r, io) },
      { key: 'nik', label: 'field.nik', value: idv(v.nik) },
      { key: 'phone', label: 'field.phone', value: idv(v.phone) },
      { key: 'email', label: 'field.email', value: idv(v.email) },
      { key: 'address', label: 'field.address', value: idv(v.address), display: reveal ? idv(v.address) : v.address ? io.t('report.maskedHint') : undefined },
      {
        key: 'attachments',
        label: 'attach.field.attachments',
        value: attachments.map((a) => a.filename).join('; '),
        display: attachments.map((a) => io.t('attach.line', { id: a.id, file: a.filename, mime: a.mime, size: formatBytes(a.size) })).join(', '),
      },
      { key: 'created', label: 'field.created', value: `${r.createdAt} ${r.createdBy}`, display: `${humanDateTime(r.createdAt, tz)} ${visible(r.createdBy)}` },
      { key: 'updated', label: 'field.updated', value: `${r.updatedAt} ${r.updatedBy}`, display: `${humanDateTime(r.updatedAt, tz)} ${visible(r.updatedBy)}` },
    ] satisfies { key: string; label: MessageKey; value: string | null | undefined; display?: string | undefined }[]
  ).filter((f) => (f.value !== undefined && f.value !== null && f.value !== '') || (f.key === 'reporter_name' && (r.anonymous || r.confidential)));
}

export async function runShow(ctx: AppContext, ticket: string, opts: ShowOptions): Promise<void> {
  const { io } = ctx;
  const format = formatOf(ctx, opts);
  const r = withCurrentDeadlines(ctx, await requireReport(ctx, ticket));
  const tz = ctx.settings().timezone;
  const decision = opts.reveal === true ? revealDecision(r, opts.reason) : { reveal: false as const };
  if ('refused' in decision) throw new UsageError(decision.refused, { ticket: r.ticket });
  const reveal = decision.reveal;
  // Every reveal of personal data leaves a trace, before the data is shown.
  if (decision.reveal) auditReveal(ctx, r, decision.audit);
  const attachments = listAttachments(ctx.db(), r.id);
  const syncNote = syncProblems(ctx, r.id);
  const fields = recordFields(ctx, r, { reveal, attachments, syncNote });
  const attachmentsJson = attachments.map((a) => ({
    id: a.id,
    filename: a.filename,
    mime: a.mime,
    size: a.size,
    sha256: a.sha256,
    event_id: a.eventId,
    added_at: a.addedAt,
    added_by: a.addedBy,
    path: attachmentPath(attachmentDataDir(ctx), a.sha256),
  }));
  const json = reportJson(r, tz, reveal);
  await renderRecord(
    io,
    format,
    fields.map((f) => ({ ...f, value: f.value ?? null })),
    {
      ...json,
      deadlines: provisionalJson(ctx, json['deadlines'] as Record<string, unknown>),
      attachments: attachmentsJson,
      ...(syncNote ? { national_sync: syncNote } : {}),
    },
  );
  if (format === 'table')
    provisionalFootnote(ctx, [r.workflow.dueDate, r.workflow.verifyBy, r.workflow.followupBy, r.workflow.autoCloseOn, r.workflow.completeBy]);
  if (reveal) io.say('report.revealed');
}
