/** Attachments: where this run keeps the files, how large they may be, and linking them to reports. */

import path from 'node:path';
import type { AppContext } from '../context.js';
import { writeTransaction } from '../store/database.js';
import { attachToReport, prepareAttachment, type PreparedAttachment, type StoredAttachment } from '../store/attachments.js';

/** The attachment size limit from the `attachments.max_mb` setting (default 10). */
export function maxAttachmentBytes(ctx: AppContext): number {
  return ctx.settings().attachments.maxMb * 1024 * 1024;
}

/** Where attachments live: beside the database, so a backup of that folder keeps both. */
export function attachmentDataDir(ctx: AppContext): string {
  return path.dirname(ctx.dbPath());
}

/** prepareAttachment with this run's store folder and size limit: call before the write transaction. */
export function prepareAttachmentFor(ctx: AppContext, filePath: string): PreparedAttachment {
  return prepareAttachment({ dataDir: attachmentDataDir(ctx), filePath, maxBytes: maxAttachmentBytes(ctx) });
}

/**
 * `lapor attach`: every file is checked and copied into the store first (one bad file, nothing
 * attached), then all are linked in one transaction; content the report already has is skipped.
 */
export function attachFiles(
  ctx: AppContext,
  report: { id: number },
  filePaths: readonly string[],
  note: string | null,
): { added: StoredAttachment[]; skipped: { file: PreparedAttachment; existing: StoredAttachment }[] } {
  const prepared: PreparedAttachment[] = [];
  for (const filePath of filePaths) {
    const file = prepareAttachmentFor(ctx, filePath);
    if (!prepared.some((p) => p.sha256 === file.sha256)) prepared.push(file);
  }
  const db = ctx.db();
  return writeTransaction(db, () => attachToReport(db, { reportId: report.id, files: prepared, actor: ctx.actor(), at: ctx.clock().toISOString(), note }));
}
