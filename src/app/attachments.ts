import path from 'node:path';
import type { AppContext } from '../context.js';
import { prepareAttachment, type PreparedAttachment } from '../store/attachments.js';

/* Where this run keeps attachment files and how large they may be (attach, followup --attach, show). */

/** The attachment size limit from the `attachments.max_mb` setting (default 10). */
export function maxAttachmentBytes(ctx: AppContext): number {
  return Number(ctx.settings()['attachments.max_mb'] ?? '10') * 1024 * 1024;
}

/** Where attachments live: beside the database, so a backup of that folder keeps both. */
export function attachmentDataDir(ctx: AppContext): string {
  return path.dirname(ctx.dbPath());
}

/** prepareAttachment with this run's store folder and size limit: call before the write transaction. */
export function prepareAttachmentFor(ctx: AppContext, filePath: string): PreparedAttachment {
  return prepareAttachment({ dataDir: attachmentDataDir(ctx), filePath, maxBytes: maxAttachmentBytes(ctx) });
}
