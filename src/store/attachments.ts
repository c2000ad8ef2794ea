/** Attachments: the content-addressed file store beside the database and its rows. */

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DB } from './database.js';
import { appendAudit } from './audit-repo.js';
import { InvalidInputError, NotFoundError, UsageError } from '../errors.js';
import { createTemp, removeStaleTemps } from '../files/safe-file.js';
import { systemError } from '../files/system-errors.js';
import { allowedLabels, createTextCheck, formatBytes, sniff, SNIFF_BYTES, TEXT, type FileType, type RefusedReason } from '../domain/file-type.js';

/** A file checked and copied into the store, not yet linked to a report. */
export interface PreparedAttachment {
  sha256: string;
  /** The original file name (no folders), for people. */
  filename: string;
  mime: string;
  size: number;
  /** Where the content now lives. */
  storedPath: string;
  /** The same content was already stored (by this or another report). */
  reused: boolean;
}

export interface StoredAttachment {
  id: number;
  reportId: number;
  eventId: number | null;
  sha256: string;
  filename: string;
  mime: string;
  size: number;
  addedAt: string;
  addedBy: string;
  nationalDocId: string | null;
}

/** Files live beside the database: `<folder of the database>/attachments/<2 hex>/<sha256>`. */
export function attachmentsRoot(dataDir: string): string {
  return path.join(dataDir, 'attachments');
}

export function attachmentPath(dataDir: string, sha256: string): string {
  return path.join(attachmentsRoot(dataDir), sha256.slice(0, 2), sha256);
}

// Control characters in a name would reach the terminal in `lapor show`.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/gu;

function displayName(filePath: string): string {
  const name = [...path.basename(filePath).replace(CONTROL, '?').trim()].slice(0, 255).join('');
  return name === '' ? 'file' : name;
}

function refuse(file: string, reason: RefusedReason): never {
  throw new InvalidInputError(`attach.refused.${reason}`, { file, allowed: allowedLabels });
}

const mkdirPrivate = (dir: string) => fs.mkdirSync(dir, { recursive: true, mode: 0o700 });

/**
 * Checks a file (regular, not empty, at most `maxBytes`, an allowed type by content) and copies it
 * into the content-addressed store: written to a temporary file (0600) in the store, fsynced, then
 * renamed into place, so a crash never leaves a half file under a sha256 name. Identical content is
 * stored once. Call BEFORE the write transaction that inserts the row (insertAttachmentRow): a
 * transaction that fails afterwards only leaves an unreferenced file, never a row without its file.
 */
export function prepareAttachment(args: { dataDir: string; filePath: string; maxBytes: number }): PreparedAttachment {
  const { dataDir, filePath, maxBytes } = args;
  const file = filePath.replace(CONTROL, '?'); // as shown in messages
  let fd: number;
  try {
    // The type first, and a non-blocking open: opening a FIFO for reading would wait for a writer.
    if (!fs.statSync(filePath).isFile()) throw new InvalidInputError('attach.notRegular', { file });
    fd = fs.openSync(filePath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NotFoundError('attach.noFile', { file });
    throw new UsageError('error.readFile', { path: file, reason: code ?? (error as Error).message });
  }
  let tmp: string | undefined;
  let out: number | undefined;
  try {
    const stat = fs.fstatSync(fd);
    // A FIFO or /dev/zero would never end; a folder is a slip of the shell.
    if (!stat.isFile()) throw new InvalidInputError('attach.notRegular', { file });
    if (stat.size === 0) refuse(file, 'empty');
    const tooLarge = () => new InvalidInputError('attach.tooLarge', { file, size: formatBytes(stat.size), max: formatBytes(maxBytes) });
    if (stat.size > maxBytes) throw tooLarge();

    const buffer = Buffer.allocUnsafe(1 << 20);
    let n = fs.readSync(fd, buffer, 0, buffer.length, null);
    const sniffed = sniff(buffer.subarray(0, Math.min(n, SNIFF_BYTES)));
    if (sniffed.kind === 'refused') refuse(file, sniffed.reason);
    const type: FileType = sniffed.kind === 'allowed' ? sniffed.type : TEXT;
    const textCheck = sniffed.kind === 'text-candidate' ? createTextCheck() : undefined;

    const root = attachmentsRoot(dataDir);
    mkdirPrivate(root);
    removeStaleTemps(root);
    ({ path: tmp, fd: out } = createTemp(root, file));
    const hash = crypto.createHash('sha256');
    let size = 0;
    while (n > 0) {
      const chunk = buffer.subarray(0, n);
      size += n;
      // The file may grow while we read it: the limit holds for what is stored.
      if (size > maxBytes) throw tooLarge();
      if (textCheck && !textCheck.push(chunk)) refuse(file, 'unknown');
      hash.update(chunk);
      writeAll(out, chunk, file, size);
      n = fs.readSync(fd, buffer, 0, buffer.length, null);
    }
    if (textCheck && !textCheck.end()) refuse(file, 'unknown');
    try {
      fs.fsyncSync(out);
    } catch (error) {
      throw systemError(error, { path: file, write: true, needed: size });
    }
    fs.closeSync(out);
    out = undefined;

    const sha256 = hash.digest('hex');
    const storedPath = attachmentPath(dataDir, sha256);
    mkdirPrivate(path.dirname(storedPath));
    // Same name = same content, unless an earlier copy was cut short (then replace it).
    const existing = fs.statSync(storedPath, { throwIfNoEntry: false });
    const reused = existing?.isFile() === true && existing.size === size;
    if (reused) fs.unlinkSync(tmp);
    else fs.renameSync(tmp, storedPath);
    tmp = undefined;
    return { sha256, filename: displayName(filePath), mime: type.mime, size, storedPath, reused };
  } finally {
    fs.closeSync(fd);
    if (out !== undefined) fs.closeSync(out);
    if (tmp !== undefined) fs.rmSync(tmp, { force: true });
  }
}

function writeAll(fd: number, chunk: Buffer, file: string, needed: number): void {
  try {
    fs.writeSync(fd, chunk);
  } catch (error) {
    throw systemError(error, { path: file, write: true, needed });
  }
}

interface AttachmentRow {
  id: number;
  report_id: number;
  event_id: number | null;
  sha256: string;
  filename: string;
  mime: string;
  size: number;
  added_at: string;
  added_by: string;
  national_doc_id: string | null;
}

const toAttachment = (r: AttachmentRow): StoredAttachment => ({
  id: r.id,
  reportId: r.report_id,
  eventId: r.event_id,
  sha256: r.sha256,
  filename: r.filename,
  mime: r.mime,
  size: r.size,
  addedAt: r.added_at,
  addedBy: r.added_by,
  nationalDocId: r.national_doc_id,
});

/** What a row needs: a PreparedAttachment (spread it in) plus where it belongs and who added it. */
export interface AttachmentRowInput {
  reportId: number;
  /** The timeline event the file belongs to (e.g. a follow-up letter). */
  eventId?: number | null;
  sha256: string;
  filename: string;
  mime: string;
  size: number;
  actor: string;
  at: string;
  /** Kept in the audit entry. */
  note?: string | null;
}

/**
 * Inserts the row and its audit entry (under the report's ticket, so `lapor history` shows it).
 * Call INSIDE the caller's write transaction, after prepareAttachment:
 * `insertAttachmentRow(db, { ...prepared, reportId, eventId, actor, at })`.
 */
export function insertAttachmentRow(db: DB, a: AttachmentRowInput): StoredAttachment {
  const report = db.prepare('SELECT ticket FROM reports WHERE id = ?').get(a.reportId) as { ticket: string } | undefined;
  if (!report) throw new Error(`insertAttachmentRow: no report with id ${a.reportId}`);
  const info = db
    .prepare('INSERT INTO attachments (report_id, event_id, sha256, filename, mime, size, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(a.reportId, a.eventId ?? null, a.sha256, a.filename, a.mime, a.size, a.at, a.actor);
  const id = Number(info.lastInsertRowid);
  appendAudit(db, {
    at: a.at,
    actor: a.actor,
    action: 'attachment.add',
    entity: 'report',
    entityId: a.reportId,
    ticket: report.ticket,
    details: { attachment: id, filename: a.filename, mime: a.mime, size: a.size, sha256: a.sha256, event: a.eventId ?? null, note: a.note ?? null },
  });
  return toAttachment(db.prepare('SELECT * FROM attachments WHERE id = ?').get(id) as AttachmentRow);
}

export function listAttachments(db: DB, reportId: number): StoredAttachment[] {
  return (db.prepare('SELECT * FROM attachments WHERE report_id = ? ORDER BY id').all(reportId) as AttachmentRow[]).map(toAttachment);
}

/**
 * `lapor attach`: links prepared files to a report inside the caller's transaction, skipping
 * content the report already has, and marks the report as updated (exports and sync pick up changed reports by it).
 */
export function attachToReport(
  db: DB,
  r: { reportId: number; files: readonly PreparedAttachment[]; actor: string; at: string; note?: string | null },
): { added: StoredAttachment[]; skipped: { file: PreparedAttachment; existing: StoredAttachment }[] } {
  const added: StoredAttachment[] = [];
  const skipped: { file: PreparedAttachment; existing: StoredAttachment }[] = [];
  const have = new Map(listAttachments(db, r.reportId).map((a) => [a.sha256, a]));
  for (const file of r.files) {
    const existing = have.get(file.sha256);
    if (existing) {
      skipped.push({ file, existing });
      continue;
    }
    const row = insertAttachmentRow(db, { ...file, reportId: r.reportId, actor: r.actor, at: r.at, note: r.note ?? null });
    have.set(row.sha256, row);
    added.push(row);
  }
  if (added.length > 0) db.prepare('UPDATE reports SET updated_at = ?, updated_by = ? WHERE id = ?').run(r.at, r.actor, r.reportId);
  return { added, skipped };
}
