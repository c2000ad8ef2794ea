import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { run, tempDb, tempDir, query } from '../helpers/cli.js';
import { openDatabase, writeTransaction } from '../../src/store/database.js';
import { insertAttachmentRow, listAttachments, prepareAttachment } from '../../src/store/attachments.js';

const now = '2026-03-05T02:00:00Z';
const later = '2026-03-06T03:00:00Z';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from('JFIF'), Buffer.alloc(200, 7), Buffer.from([0xff, 0xd9])]);
const exe = Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0, 3, 0]), Buffer.alloc(58)]);
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

function files(contents: Record<string, Buffer | string>): Record<string, string> {
  const dir = tempDir('lapor-files-');
  return Object.fromEntries(
    Object.entries(contents).map(([name, data]) => {
      const p = path.join(dir, name);
      fs.writeFileSync(p, data);
      return [name, p];
    }),
  );
}

async function newReport(db: string, title = 'Jalan rusak di Sepaku'): Promise<string> {
  const r = await run(['add', '--channel', 'letter', '--title', title, '--description', 'Lubang besar di jalan poros sejak Oktober'], { db, now });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trim();
}

/** Every file under the store, relative to it. */
function stored(db: string): string[] {
  const root = path.join(path.dirname(db), 'attachments');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

describe('lapor attach', () => {
  it('stores files by content (0600 in 0700 folders), links them, audits, and show lists them', async () => {
    const db = tempDb();
    const ticket = await newReport(db);
    const f = files({ 'surat camat.pdf': pdf, 'foto-jalan.JPG': jpeg });
    const r = await run(['attach', ticket, f['surat camat.pdf']!, f['foto-jalan.JPG']!, '--note', 'Surat pengantar dan foto lokasi'], { db, now: later });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('1\n2\n');
    expect(r.stderr).toContain(`Attached #1 surat camat.pdf (application/pdf, ${pdf.length} B) to ${ticket}`);

    const root = path.join(path.dirname(db), 'attachments');
    const pdfPath = path.join(root, sha(pdf).slice(0, 2), sha(pdf));
    expect(fs.readFileSync(pdfPath)).toEqual(pdf);
    expect(fs.statSync(pdfPath).mode & 0o777).toBe(0o600);
    expect(fs.statSync(root).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.dirname(pdfPath)).mode & 0o777).toBe(0o700);
    expect(stored(db)).toEqual([`${sha(pdf).slice(0, 2)}/${sha(pdf)}`, `${sha(jpeg).slice(0, 2)}/${sha(jpeg)}`].sort());

    expect(query(db, 'SELECT id, report_id, event_id, sha256, filename, mime, size, added_at FROM attachments ORDER BY id')).toEqual([
      {
        id: 1,
        report_id: 1,
        event_id: null,
        sha256: sha(pdf),
        filename: 'surat camat.pdf',
        mime: 'application/pdf',
        size: pdf.length,
        added_at: '2026-03-06T03:00:00.000Z',
      },
      {
        id: 2,
        report_id: 1,
        event_id: null,
        sha256: sha(jpeg),
        filename: 'foto-jalan.JPG',
        mime: 'image/jpeg',
        size: jpeg.length,
        added_at: '2026-03-06T03:00:00.000Z',
      },
    ]);
    const audit = query<{ action: string; ticket: string; details: string }>(
      db,
      "SELECT action, ticket, details FROM audit_log WHERE action = 'attachment.add' ORDER BY id",
    );
    expect(audit.map((a) => a.ticket)).toEqual([ticket, ticket]);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ attachment: 1, filename: 'surat camat.pdf', note: 'Surat pengantar dan foto lokasi' });
    expect(query(db, 'SELECT updated_at FROM reports')).toEqual([{ updated_at: '2026-03-06T03:00:00.000Z' }]);

    const shown = JSON.parse((await run(['show', ticket, '--format', 'json'], { db })).stdout) as { attachments: Record<string, unknown>[] };
    expect(shown.attachments).toEqual([
      expect.objectContaining({ id: 1, filename: 'surat camat.pdf', mime: 'application/pdf', size: pdf.length, sha256: sha(pdf), path: pdfPath }),
      expect.objectContaining({ id: 2, filename: 'foto-jalan.JPG', mime: 'image/jpeg' }),
    ]);
    const table = await run(['show', ticket, '--format', 'table', '--lang', 'id'], { db });
    expect(table.stdout).toMatch(/Lampiran\s+#1 surat camat\.pdf \(application\/pdf, \d+ B\), #2 foto-jalan\.JPG/);
    expect((await run(['history', ticket, '--format', 'table'], { db })).stdout).toContain('file attached');
  });

  it('a report without attachments shows an empty array in JSON and no line in the table', async () => {
    const db = tempDb();
    const ticket = await newReport(db);
    expect(JSON.parse((await run(['show', ticket, '--format', 'json'], { db })).stdout).attachments).toEqual([]);
    expect((await run(['show', ticket, '--format', 'table'], { db })).stdout).not.toContain('Attachments');
  });

  it('the same content is stored once: skipped on the same report, shared between reports', async () => {
    const db = tempDb();
    const first = await newReport(db);
    const second = await newReport(db, 'Lampu jalan mati di Waru');
    const f = files({ 'a.pdf': pdf, 'copy of a.pdf': pdf });
    expect((await run(['attach', first, f['a.pdf']!], { db, now })).code).toBe(0);
    const again = await run(['attach', first, f['copy of a.pdf']!, f['a.pdf']!], { db, now });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(`already has this content as attachment #1`);
    expect((await run(['attach', second, f['copy of a.pdf']!], { db, now })).stdout).toBe('2\n');
    expect(query(db, 'SELECT report_id, filename FROM attachments ORDER BY id')).toEqual([
      { report_id: 1, filename: 'a.pdf' },
      { report_id: 2, filename: 'copy of a.pdf' },
    ]);
    expect(stored(db)).toHaveLength(1);
  });

  it('refuses a program named .pdf, naming the file and the allowed types; one bad file attaches nothing', async () => {
    const db = tempDb();
    const ticket = await newReport(db);
    const f = files({ 'surat.pdf': exe, 'ok.pdf': pdf });
    const r = await run(['attach', ticket, f['ok.pdf']!, f['surat.pdf']!], { db, now });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(`${f['surat.pdf']} is a Windows program`);
    expect(r.stderr).toContain('PDF, JPEG, PNG, GIF, WebP, HEIC/HEIF, TIFF, plain UTF-8 text');
    expect(query(db, 'SELECT * FROM attachments')).toEqual([]);
    expect(query(db, "SELECT * FROM audit_log WHERE action = 'attachment.add'")).toEqual([]);
    // The refused program never reached the store, and no temporary file is left behind.
    expect(stored(db).filter((p) => p.endsWith(sha(exe)) || p.includes('.tmp-'))).toEqual([]);
    const id = await run(['attach', ticket, f['surat.pdf']!, '--lang', 'id'], { db, now });
    expect(id.stderr).toContain('program Windows');
  });

  it('plain UTF-8 text is accepted; binary junk, an empty file, a folder and a missing file are not', async () => {
    const db = tempDb();
    const ticket = await newReport(db);
    const f = files({
      'catatan.txt': 'Pelapor menelepon lagi pukul 10.00 — jalan belum diperbaiki.\n',
      'junk.txt': Buffer.from([0x00, 0x01, 0xfe, 0xff, 0x10]),
      'kosong.pdf': '',
    });
    expect((await run(['attach', ticket, f['catatan.txt']!], { db, now })).stderr).toContain('text/plain');
    const junk = await run(['attach', ticket, f['junk.txt']!], { db, now });
    expect(junk.code).toBe(4);
    expect(junk.stderr).toContain('not a recognised document type');
    expect((await run(['attach', ticket, f['kosong.pdf']!], { db, now })).stderr).toContain('is empty');
    expect((await run(['attach', ticket, path.dirname(f['catatan.txt']!)], { db, now })).code).toBe(4);
    const missing = await run(['attach', ticket, '/nonexistent/surat.pdf'], { db, now });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('No file /nonexistent/surat.pdf');
    expect((await run(['attach', 'LAPOR-2026-999999', f['catatan.txt']!], { db, now })).code).toBe(3);
    expect(query(db, 'SELECT filename FROM attachments')).toEqual([{ filename: 'catatan.txt' }]);
  });

  it('refuses files over attachments.max_mb before copying anything', async () => {
    const db = tempDb();
    const ticket = await newReport(db);
    expect((await run(['config', 'set', 'attachments.max_mb', '1'], { db })).code).toBe(0);
    const big = Buffer.concat([pdf, Buffer.alloc(1024 * 1024)]);
    const f = files({ 'scan-600dpi.pdf': big, 'exact.pdf': Buffer.concat([pdf, Buffer.alloc(1024 * 1024 - pdf.length, 0x20)]) });
    const r = await run(['attach', ticket, f['scan-600dpi.pdf']!], { db, now });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('over the limit of 1.0 MB');
    expect(r.stderr).toContain('attachments.max_mb');
    expect(stored(db)).toEqual([]);
    // Exactly the limit is fine.
    expect((await run(['attach', ticket, f['exact.pdf']!], { db, now })).code).toBe(0);
  });

  it('a control character in a file name cannot reach the terminal', async () => {
    const db = tempDb();
    const ticket = await newReport(db);
    const f = files({ 'surat\u001b[31m.pdf': pdf });
    expect((await run(['attach', ticket, f['surat\u001b[31m.pdf']!], { db, now })).code).toBe(0);
    expect(query(db, 'SELECT filename FROM attachments')).toEqual([{ filename: 'surat?[31m.pdf' }]);
  });
});

describe('prepareAttachment + insertAttachmentRow inside a caller transaction', () => {
  it('a rolled-back transaction leaves no row (only an unreferenced file); a committed one links the event', async () => {
    const file = tempDb();
    await newReport(file);
    const { db } = openDatabase(file);
    try {
      const f = files({ 'balasan.pdf': pdf });
      const prepared = prepareAttachment({ dataDir: path.dirname(file), filePath: f['balasan.pdf']!, maxBytes: 10 * 1024 * 1024 });
      expect(prepared).toMatchObject({ sha256: sha(pdf), filename: 'balasan.pdf', mime: 'application/pdf', size: pdf.length, reused: false });
      expect(() =>
        writeTransaction(db, () => {
          insertAttachmentRow(db, { ...prepared, reportId: 1, actor: 'Siti', at: now });
          throw new Error('the event failed');
        }),
      ).toThrow('the event failed');
      expect(listAttachments(db, 1)).toEqual([]);
      expect(fs.existsSync(prepared.storedPath)).toBe(true);

      const again = prepareAttachment({ dataDir: path.dirname(file), filePath: f['balasan.pdf']!, maxBytes: 10 * 1024 * 1024 });
      expect(again.reused).toBe(true);
      const row = writeTransaction(db, () => insertAttachmentRow(db, { ...again, reportId: 1, eventId: null, actor: 'Siti', at: now }));
      expect(listAttachments(db, 1)).toEqual([row]);
      expect(row).toMatchObject({ reportId: 1, filename: 'balasan.pdf', addedBy: 'Siti' });
    } finally {
      db.close();
    }
  });
});
