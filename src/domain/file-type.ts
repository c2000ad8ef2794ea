/**
 * What kind of file an attachment is, judged by its content (magic bytes), never by its name:
 * a renamed program must not slip in as "surat.pdf". Pure: the caller reads the bytes.
 *
 * Why not a library: the npm package file-type knows 100+ formats we would refuse anyway, needs
 * async stream readers, and does not recognise plain text; the allow-list here is eight formats
 * with fixed signatures. test/domain/file-type.test.ts compares every verdict with libmagic
 * (`file --mime-type`), the reference implementation.
 */

export interface FileType {
  mime: string;
  /** Short name for messages and lists. */
  label: string;
}

export const PDF: FileType = { mime: 'application/pdf', label: 'PDF' };
export const JPEG: FileType = { mime: 'image/jpeg', label: 'JPEG' };
export const PNG: FileType = { mime: 'image/png', label: 'PNG' };
export const GIF: FileType = { mime: 'image/gif', label: 'GIF' };
export const WEBP: FileType = { mime: 'image/webp', label: 'WebP' };
export const HEIC: FileType = { mime: 'image/heic', label: 'HEIC' };
export const HEIF: FileType = { mime: 'image/heif', label: 'HEIF' };
export const TIFF: FileType = { mime: 'image/tiff', label: 'TIFF' };
export const TEXT: FileType = { mime: 'text/plain', label: 'text' };

/** For messages: "PDF, JPEG, PNG, GIF, WebP, HEIC, TIFF, plain UTF-8 text". */
export const allowedLabels = 'PDF, JPEG, PNG, GIF, WebP, HEIC/HEIF, TIFF, plain UTF-8 text';

/** Recognised but refused; each has its own message (attach.refused.<reason>). */
export type RefusedReason = 'empty' | 'elf' | 'exe' | 'macho' | 'script' | 'zip' | 'archive' | 'ole' | 'video' | 'unknown';

export type Sniffed =
  | { kind: 'allowed'; type: FileType }
  /** No binary signature: allowed only if the whole content turns out to be UTF-8 text. */
  | { kind: 'text-candidate' }
  | { kind: 'refused'; reason: RefusedReason };

/** How many leading bytes `sniff` needs. */
export const SNIFF_BYTES = 64;

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

function startsWith(head: Uint8Array, bytes: readonly number[], offset = 0): boolean {
  if (head.length < offset + bytes.length) return false;
  return bytes.every((b, i) => head[offset + i] === b);
}

const text = (head: Uint8Array, from: number, to: number): string => String.fromCharCode(...head.subarray(from, to));

// HEIF major brands of still images: iPhones write 'heic'; 'mif1'/'msf1' are generic HEIF.
// AVIF ('avif') and video ('isom', 'mp42', 'qt  ') share the ftyp box and are not allowed.
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis']);
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'hevc', 'hevx']);

const signatures: readonly [readonly number[], FileType][] = [
  [ascii('%PDF-'), PDF],
  [[0xff, 0xd8, 0xff], JPEG],
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], PNG],
  [ascii('GIF87a'), GIF],
  [ascii('GIF89a'), GIF],
  [[0x49, 0x49, 0x2a, 0x00], TIFF],
  [[0x4d, 0x4d, 0x00, 0x2a], TIFF],
];

const refusedSignatures: readonly [readonly number[], RefusedReason][] = [
  [[0x7f, 0x45, 0x4c, 0x46], 'elf'],
  [ascii('MZ'), 'exe'],
  [[0xfe, 0xed, 0xfa, 0xce], 'macho'],
  [[0xfe, 0xed, 0xfa, 0xcf], 'macho'],
  [[0xce, 0xfa, 0xed, 0xfe], 'macho'],
  [[0xcf, 0xfa, 0xed, 0xfe], 'macho'],
  [[0xca, 0xfe, 0xba, 0xbe], 'macho'],
  [ascii('#!'), 'script'],
  [[0x50, 0x4b, 0x03, 0x04], 'zip'],
  [[0x50, 0x4b, 0x05, 0x06], 'zip'],
  [[0x1f, 0x8b], 'archive'],
  [ascii('Rar!'), 'archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'archive'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'ole'],
];

/** Judges the first bytes of a file (at least SNIFF_BYTES of them when the file is that long). */
export function sniff(head: Uint8Array): Sniffed {
  if (head.length === 0) return { kind: 'refused', reason: 'empty' };
  for (const [bytes, type] of signatures) if (startsWith(head, bytes)) return { kind: 'allowed', type };
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return { kind: 'allowed', type: WEBP };
  if (startsWith(head, ascii('ftyp'), 4)) {
    const brand = text(head, 8, 12);
    if (HEIC_BRANDS.has(brand)) return { kind: 'allowed', type: HEIC };
    if (HEIF_BRANDS.has(brand)) return { kind: 'allowed', type: HEIF };
    return { kind: 'refused', reason: 'video' };
  }
  for (const [bytes, reason] of refusedSignatures) {
    // "MZ" also starts ordinary text ("MZ Hasan, ..."); a DOS/Windows header has NUL bytes right after.
    if (reason === 'exe' && !head.subarray(0, SNIFF_BYTES).includes(0)) continue;
    if (startsWith(head, bytes)) return { kind: 'refused', reason };
  }
  return { kind: 'text-candidate' };
}

export interface TextCheck {
  /** Feeds the next chunk; false as soon as the content cannot be plain text. */
  push(chunk: Uint8Array): boolean;
  /** True when everything pushed was complete, valid UTF-8 text. */
  end(): boolean;
}

// Plain text may hold tab, line feed, form feed and carriage return; any other C0/C1 control
// (NUL, ESC, ...) means binary data, or escape sequences that would drive the admin's terminal.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/u;

/** Incremental check that a file is UTF-8 text (a BOM is fine), for files read in chunks. */
export function createTextCheck(): TextCheck {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let ok = true;
  const check = (decode: () => string) => {
    if (!ok) return false;
    try {
      ok = !CONTROL.test(decode());
    } catch {
      ok = false;
    }
    return ok;
  };
  return {
    push: (chunk) => check(() => decoder.decode(chunk, { stream: true })),
    end: () => check(() => decoder.decode()),
  };
}

/** The verdict on a whole file held in memory. */
export function detectFileType(bytes: Uint8Array): { ok: true; type: FileType } | { ok: false; reason: RefusedReason } {
  const sniffed = sniff(bytes.subarray(0, SNIFF_BYTES));
  if (sniffed.kind === 'allowed') return { ok: true, type: sniffed.type };
  if (sniffed.kind === 'refused') return { ok: false, reason: sniffed.reason };
  const check = createTextCheck();
  return check.push(bytes) && check.end() ? { ok: true, type: TEXT } : { ok: false, reason: 'unknown' };
}

/** "532 B", "14.2 KB", "3.5 MB": sizes in attachment lists and messages (1 KB = 1024 B). */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}
