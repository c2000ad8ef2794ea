/** `lapor export --format lapor`: the national form for agencies without API credentials. */

import path from 'node:path';
import type { AppContext } from '../../context.js';
import { exportIdentity, exportShowsIdentity } from '../../domain/pii.js';
import { UsageError } from '../../errors.js';
import type { ReportFilter } from '../../store/reports-repo.js';
import { listReports } from '../../store/reports-repo.js';
import { listAttachments } from '../../store/attachments.js';
import { recordAudit } from '../../app/audit.js';
import { categoryNationalId, unitInstitutionId } from '../../store/national-repo.js';
import { encodeRow, type Cell } from '../../domain/csv.js';
import { fileSink, streamSink, type Sink } from '../../transfer/export-sink.js';
import { writeGuards } from '../file-guards.js';
import { toCreateBody } from '../../sync/payload.js';
import { syncConfig } from './common.js';

/*
 * `lapor export --format lapor`: the national form's fields, for agencies without API credentials
 * to key in or upload by hand. Reports that already have a national id are left out; nothing is
 * marked as sent (only the API answer does that). Reporter contact only with --include-pii
 * (audited), confidential reporters only with --include-confidential as well.
 */

export interface LaporFormOptions {
  out?: string;
  includePii?: boolean;
  includeConfidential?: boolean;
  reason?: string;
  incremental?: string;
  header?: string;
  force?: boolean;
}

/** The CSV header: the national field names (see shared/national-api.md), plus readable helpers. */
const columns = [
  'external_ref',
  'title',
  'content',
  'classification_id',
  'channel',
  'category_id',
  'category',
  'disposition_id',
  'date_of_incident',
  'location',
  'is_anonymous',
  'is_secret',
  'attachments',
  'reporter_name',
  'reporter_email',
  'reporter_phone',
] as const;
const freeText = columns.map((c) => ['title', 'content', 'category', 'location', 'attachments', 'reporter_name'].includes(c));

export async function runLaporFormExport(ctx: AppContext, opts: LaporFormOptions, filter: ReportFilter): Promise<void> {
  const { io } = ctx;
  const decided = exportIdentity(opts);
  if (!decided.ok) throw new UsageError(decided.code);
  const pii = decided.value;
  // The form's columns are the national field names, and nothing is marked: no header language, no marks.
  if (opts.incremental !== undefined || opts.header !== undefined) throw new UsageError('sync.exportForm.flags');
  const db = ctx.db();
  const { settings } = syncConfig(ctx, {}, false);
  const reports = listReports(db, { ...filter, limit: undefined, offset: undefined })
    .rows.filter((r) => r.national.id === undefined)
    .reverse();
  const sink: Sink = opts.out ? fileSink(opts.out, writeGuards(ctx), opts.force) : streamSink(io.streams.stdout);
  try {
    if (pii.identity) {
      const details = {
        format: 'lapor',
        count: reports.length,
        include_confidential: pii.confidential,
        destination: opts.out ? path.resolve(opts.out) : 'stdout',
        reason: opts.reason ?? null,
      };
      recordAudit(ctx, { action: 'report.export', entity: 'report', details });
    }
    await sink.write(encodeRow([...columns]));
    for (const r of reports) {
      const ids = {
        categoryId: r.category ? (categoryNationalId(db, r.category) ?? null) : null,
        dispositionId: (r.unitId === undefined ? undefined : unitInstitutionId(db, r.unitId)) ?? settings.agencyInstitutionId ?? null,
        docIds: [],
        nikInContent: settings.nikInContent && exportShowsIdentity(r, pii),
      };
      const body = toCreateBody(r, ids);
      const showReporter = exportShowsIdentity(r, pii);
      const reporter = showReporter ? ((body.reporter as Record<string, string> | undefined) ?? {}) : {};
      const row: Record<(typeof columns)[number], Cell> = {
        external_ref: r.ticket,
        title: r.title,
        content: body.content as string,
        classification_id: body.classification_id as number,
        channel: body.channel as string,
        category_id: ids.categoryId,
        category: r.category,
        disposition_id: ids.dispositionId,
        date_of_incident: r.incidentDate,
        location: r.location,
        is_anonymous: body.is_anonymous as number,
        is_secret: body.is_secret as number,
        attachments: listAttachments(db, r.id)
          .filter((a) => a.eventId === null)
          .map((a) => a.filename)
          .join('; '),
        reporter_name: reporter.name,
        reporter_email: reporter.email,
        reporter_phone: reporter.phone,
      };
      await sink.write(
        encodeRow(
          columns.map((c) => row[c]),
          freeText,
        ),
      );
    }
    await sink.commit();
  } catch (error) {
    sink.abort();
    throw error;
  }
  if (io.stderrIsTTY || opts.out) io.say('sync.exportForm.done', { rows: reports.length, target: opts.out ?? 'stdout' });
}
