/** The entries of a zip file (an .xlsx) read from its file: names, and their bytes inflated whole or piece by piece. */

import fs from 'node:fs';
import { Inflate, inflateSync } from 'fflate';

/** Bytes at an offset: a file read as needed (the sheet's compressed data is never held whole). */
export interface ZipSource {
  readonly size: number;
  read(at: number, length: number): Uint8Array;
}

export function fileSource(fd: number): ZipSource {
  return {
    size: fs.fstatSync(fd).size,
    read(at, length) {
      const out = Buffer.alloc(Math.max(0, length));
      const got = fs.readSync(fd, out, 0, out.length, at);
      return out.subarray(0, got);
    },
  };
}

export interface ZipEntry {
  name: string;
  method: number;
  /** Where the compressed data starts and how long it is. */
  start: number;
  size: number;
}

/** Thrown for bytes that are not a zip file we can read (the import turns it into a message). */
export class ZipFormatError extends Error {}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/**
 * Reads the central directory (at the end of the file) and each entry's local header. Stored (0)
 * and deflated (8) entries, no zip64 (files under 4 GB).
 */
export function zipEntries(src: ZipSource): Map<string, ZipEntry> {
  const tailStart = Math.max(0, src.size - 22 - 65_535);
  const tail = src.read(tailStart, src.size - tailStart);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError('no zip directory');
  const count = u16(tail, end + 10);
  const dir = src.read(u32(tail, end + 16), u32(tail, end + 12));
  let at = 0;
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > dir.length || u32(dir, at) !== 0x02014b50) throw new ZipFormatError('bad zip directory');
    const method = u16(dir, at + 10);
    const size = u32(dir, at + 20);
    const nameLength = u16(dir, at + 28);
    const local = u32(dir, at + 42);
    const name = names.decode(dir.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + u16(dir, at + 30) + u16(dir, at + 32);
    const header = src.read(local, 30);
    if (header.length < 30 || u32(header, 0) !== 0x04034b50) throw new ZipFormatError('bad zip entry');
    const start = local + 30 + u16(header, 26) + u16(header, 28);
    entries.set(name, { name, method, start, size });
  }
  return entries;
}

function check(entry: ZipEntry): void {
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`zip method ${entry.method}`);
}

/** A small entry, inflated whole, as text. */
export function entryText(src: ZipSource, entry: ZipEntry): string {
  check(entry);
  const data = src.read(entry.start, entry.size);
  return new TextDecoder().decode(entry.method === 0 ? data : inflateSync(data));
}

/** A big entry (the sheet), read and inflated a slice at a time: memory holds one slice of XML, not the sheet. */
export function* entryPieces(src: ZipSource, entry: ZipEntry, slice = 16 * 1024): Generator<string> {
  check(entry);
  const decoder = new TextDecoder();
  const piece = (at: number) => src.read(entry.start + at, Math.min(slice, entry.size - at));
  if (entry.method === 0) {
    for (let at = 0; at < entry.size; at += slice) yield decoder.decode(piece(at), { stream: true });
    return;
  }
  let out: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => out.push(chunk));
  for (let at = 0; at < entry.size; at += slice) {
    inflate.push(piece(at), at + slice >= entry.size);
    let text = '';
    for (const chunk of out) text += decoder.decode(chunk, { stream: true });
    out = [];
    yield text;
  }
}
