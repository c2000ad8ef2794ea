import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createTextCheck, detectFileType, formatBytes, sniff, SNIFF_BYTES } from '../../src/domain/file-type.js';
import { catalog } from '../../src/io/messages/index.js';
import { tempDir } from '../helpers/cli.js';

const bytes = (...parts: (string | number[] | Uint8Array)[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const u32be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u32le = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];
const ftyp = (brand: string, compatible: string[]) => {
  const body = bytes(brand, [0, 0, 0, 0], ...compatible);
  return bytes(u32be(8 + body.length), 'ftyp', body, [0, 0, 0, 8], 'free');
};

/** Small but well-formed headers of each format, as scanners, phones and editors write them. */
const samples: Record<string, Uint8Array> = {
  'surat.pdf': bytes('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  'foto.jpg': bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]),
  'foto.png': bytes([0x89], 'PNG\r\n\x1a\n', u32be(13), 'IHDR', u32be(1), u32be(1), [8, 0, 0, 0, 0], [0, 0, 0, 0]),
  'peta.gif': bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0], ';'),
  'lama.gif': bytes('GIF87a', [1, 0, 1, 0, 0, 0, 0], ';'),
  'wa.webp': bytes('RIFF', u32le(26), 'WEBPVP8 ', u32le(14), new Uint8Array(14)),
  'scan-le.tif': bytes('II*\0', u32le(8), [0, 0]),
  'scan-be.tif': bytes('MM\0*', u32be(8), [0, 0]),
  'iphone.heic': ftyp('heic', ['mif1', 'heic']),
  'generic.heif': ftyp('mif1', ['mif1', 'heic']),
  'catatan.txt': bytes(Buffer.from('Laporan warga: jalan rusak di Sepaku.\r\nTerima kasih — Budi 🙏\n\tTTD\f\n')),
  'bom.txt': bytes([0xef, 0xbb, 0xbf], Buffer.from('Surat pengaduan\n')),
  'mz-text.txt': bytes('MZ Hasan melapor: lampu jalan mati.\n'),
  'program.elf': bytes([0x7f], 'ELF', [2, 1, 1, 0], new Uint8Array(56)),
  'setup.exe': bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0], new Uint8Array(48)),
  'surat.pdf.sh': bytes('#!/bin/sh\nrm -rf ~\n'),
  'dokumen.zip': bytes('PK', [5, 6], new Uint8Array(18)),
  'arsip.gz': gzipSync('isi arsip'),
  'lama.doc': bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(504)),
  'video.mp4': ftyp('isom', ['isom', 'mp41']),
  'foto.avif': ftyp('avif', ['mif1', 'avif']),
  'acak.bin': Uint8Array.from({ length: 256 }, (_, i) => i),
  'latin1.txt': bytes('Surat dari Pak Andr\xe9\n'),
  'escape.txt': bytes('normal text \x1b[31m red\n'),
  'nul.txt': bytes('text\0with nul\n'),
};

const expected: Record<string, string> = {
  'surat.pdf': 'application/pdf',
  'foto.jpg': 'image/jpeg',
  'foto.png': 'image/png',
  'peta.gif': 'image/gif',
  'lama.gif': 'image/gif',
  'wa.webp': 'image/webp',
  'scan-le.tif': 'image/tiff',
  'scan-be.tif': 'image/tiff',
  'iphone.heic': 'image/heic',
  'generic.heif': 'image/heif',
  'catatan.txt': 'text/plain',
  'bom.txt': 'text/plain',
  'mz-text.txt': 'text/plain',
  'program.elf': 'elf',
  'setup.exe': 'exe',
  'surat.pdf.sh': 'script',
  'dokumen.zip': 'zip',
  'arsip.gz': 'archive',
  'lama.doc': 'ole',
  'video.mp4': 'video',
  'foto.avif': 'video',
  'acak.bin': 'unknown',
  'latin1.txt': 'unknown',
  'escape.txt': 'unknown',
  'nul.txt': 'unknown',
};

const verdict = (data: Uint8Array) => {
  const r = detectFileType(data);
  return r.ok ? r.type.mime : r.reason;
};

describe('detectFileType', () => {
  it.each(Object.keys(samples))('%s', (name) => {
    expect(verdict(samples[name]!)).toBe(expected[name]);
  });

  it('judges by content, not by name, and refuses an empty file', () => {
    expect(verdict(new Uint8Array())).toBe('empty');
    expect(sniff(new Uint8Array())).toEqual({ kind: 'refused', reason: 'empty' });
  });

  it('needs only the first SNIFF_BYTES for binary formats', () => {
    const long = bytes(samples['foto.png']!, new Uint8Array(10_000).fill(0xab));
    expect(sniff(long.subarray(0, SNIFF_BYTES))).toEqual({ kind: 'allowed', type: { mime: 'image/png', label: 'PNG' } });
    expect(sniff(bytes('Halo'))).toEqual({ kind: 'text-candidate' });
  });

  it('every refusal reason has a message in both languages', () => {
    for (const reason of new Set(Object.values(expected).filter((v) => !v.includes('/')))) {
      expect((catalog as Record<string, unknown>)[`attach.refused.${reason}`], reason).toBeDefined();
    }
    expect(catalog['attach.refused.empty']).toBeDefined();
  });
});

describe('createTextCheck', () => {
  it('accepts UTF-8 split anywhere, even inside a multi-byte character', () => {
    const text = Buffer.from('Kebersihan pasar 🙏 — terima kasih\n'.repeat(50));
    for (const cut of [1, 2, 3, 7, 19, 20, 21, 22, 1000]) {
      const check = createTextCheck();
      let ok = true;
      for (let i = 0; i < text.length; i += cut) ok = check.push(text.subarray(i, i + cut)) && ok;
      expect(ok && check.end(), `chunks of ${cut}`).toBe(true);
    }
  });

  it('refuses a file cut inside a character, invalid bytes and control characters, and stays refused', () => {
    const cut = createTextCheck();
    expect(cut.push(Buffer.from('abc 🙏').subarray(0, 6))).toBe(true);
    expect(cut.end()).toBe(false);
    const invalid = createTextCheck();
    expect(invalid.push(bytes('ok\n'))).toBe(true);
    expect(invalid.push(bytes([0xc3, 0x28]))).toBe(false);
    expect(invalid.push(bytes('fine again'))).toBe(false);
    expect(invalid.end()).toBe(false);
    const c1 = createTextCheck();
    expect(c1.push(Buffer.from('x\u0085y'))).toBe(false);
  });
});

describe('formatBytes', () => {
  it('prints sizes people read', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10.0 MB');
  });
});

// libmagic is the reference for file types; where it is installed, our verdicts must agree with it:
// the same MIME type for what we allow, and a type outside our allow-list for what we refuse.
const libmagic = spawnSync('file', ['--version'], { encoding: 'utf8' });
describe.skipIf(libmagic.status !== 0)('agreement with libmagic (file --mime-type)', () => {
  it('gives the same MIME type for every allowed sample and never allows what libmagic calls something else', () => {
    const dir = tempDir('lapor-magic-');
    const names = Object.keys(samples);
    for (const name of names) fs.writeFileSync(path.join(dir, name), samples[name]!);
    const r = spawnSync('file', ['-b', '--mime-type', ...names.map((n) => path.join(dir, n))], { encoding: 'utf8' });
    const magic = r.stdout.trim().split('\n');
    expect(magic).toHaveLength(names.length);
    const allowedMimes = ['application/pdf', 'image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/heic', 'image/heif', 'image/tiff', 'text/plain'];
    const disagreements = names.flatMap((name, i) => {
      const ours = detectFileType(samples[name]!);
      const theirs = magic[i]!;
      // libmagic calls any readable 8-bit text text/plain; we also require UTF-8 without control characters.
      const stricterText = !ours.ok && ['latin1.txt', 'escape.txt'].includes(name);
      const agree = ours.ok ? ours.type.mime === theirs : stricterText || !allowedMimes.includes(theirs);
      return agree ? [] : [`${name}: ours ${ours.ok ? ours.type.mime : ours.reason}, libmagic ${theirs}`];
    });
    expect(disagreements).toEqual([]);
  });
});
