/** Input decoding: BOM, UTF-8 check, Windows-1252, UTF-16. */

import { isUtf8 } from 'node:buffer';

export const inputEncodings = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type InputEncoding = (typeof inputEncodings)[number];

/** `--encoding` values people type; latin1/iso-8859-1 mean windows-1252 (as in every browser). */
export function parseEncoding(value: string): InputEncoding | undefined {
  const v = value.trim().toLowerCase().replace(/[_\s]/g, '-');
  if (['utf8', 'utf-8'].includes(v)) return 'utf-8';
  if (['windows-1252', 'cp1252', 'win-1252', 'latin1', 'latin-1', 'iso-8859-1', 'ansi'].includes(v)) return 'windows-1252';
  if (['utf-16', 'utf16', 'utf-16le', 'utf16le', 'ucs-2'].includes(v)) return 'utf-16le';
  if (['utf-16be', 'utf16be'].includes(v)) return 'utf-16be';
  return undefined;
}

/** Message keys of fatal input problems, header problems included (io shows them, so each is checked against the catalog there). */
export type InputErrorCode =
  | `import.${'csvSyntax' | 'empty' | 'notUtf8' | 'recordTooLong' | 'headerTooLong' | 'unclosedQuote' | 'noSheet' | 'notXlsx'}`
  | `import.${'badMap' | 'badSet' | 'duplicateColumn' | 'unknownColumns' | 'missingColumns'}`;

/** A fatal input problem; `code` is a message key. Crosses the worker boundary as plain data. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

const BOMS: [InputEncoding, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** Length of an incomplete UTF-8 sequence at the end of `buf` (0-3 bytes), kept for the next chunk. */
function incompleteTail(buf: Buffer): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const byte = buf[buf.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/**
 * Turns the bytes of the input into UTF-8 for csv-parse: detects and drops a
 * BOM (UTF-8 or UTF-16, as Excel writes), checks UTF-8 chunk by chunk without
 * decoding it (the hot path), and decodes Windows-1252 or UTF-16 when asked or
 * marked. Bytes that are not UTF-8 stop the import with a hint to --encoding.
 */
export class InputDecoder {
  encoding: InputEncoding | undefined;
  hadBom = false;
  private started = false;
  private head: Buffer = Buffer.alloc(0);
  private carry: Buffer = Buffer.alloc(0);
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private bytesBefore = 0;
  private linesBefore = 1;

  constructor(private readonly forced?: InputEncoding) {}

  push(chunk: Buffer): Buffer {
    if (!this.started) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < 3) return Buffer.alloc(0);
      return this.start(this.head);
    }
    return this.convert(chunk);
  }

  end(): Buffer {
    let out: Buffer = Buffer.alloc(0);
    if (!this.started) out = this.start(this.head);
    if (this.decoder) return Buffer.concat([out, Buffer.from(this.decoder.decode(), 'utf8')]);
    if (this.carry.length > 0) this.fail(this.carry);
    return out;
  }

  private start(buf: Buffer): Buffer {
    this.started = true;
    const bom = BOMS.find(([, bytes]) => bytes.every((b, i) => buf[i] === b));
    let body = buf;
    if (bom && (this.forced === undefined || this.forced === bom[0])) {
      this.hadBom = true;
      body = buf.subarray(bom[1].length);
      this.bytesBefore = bom[1].length;
    }
    this.encoding = this.forced ?? bom?.[0] ?? 'utf-8';
    if (this.encoding !== 'utf-8') this.decoder = new TextDecoder(this.encoding);
    return this.convert(body);
  }

  private convert(chunk: Buffer): Buffer {
    if (this.decoder) return Buffer.from(this.decoder.decode(chunk, { stream: true }), 'utf8');
    const buf = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const keep = incompleteTail(buf);
    const whole = keep > 0 ? buf.subarray(0, buf.length - keep) : buf;
    this.carry = keep > 0 ? Buffer.from(buf.subarray(buf.length - keep)) : Buffer.alloc(0);
    if (!isUtf8(whole)) this.fail(whole);
    this.bytesBefore += whole.length;
    this.linesBefore += countNewlines(whole);
    return whole;
  }

  /** Finds the line of the first byte that is not UTF-8, for a message the admin can act on. */
  private fail(buf: Buffer): never {
    const text = new TextDecoder('utf-8').decode(buf);
    const at = text.indexOf('\uFFFD');
    const before = at < 0 ? text : text.slice(0, at);
    const line = this.linesBefore + (before.match(/\n/g)?.length ?? 0);
    throw new InputError('import.notUtf8', { line });
  }
}

export function countNewlines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

const candidates = [',', ';', '\t', '|'];

/**
 * Picks the delimiter of the header line: the candidate seen most often
 * outside quotes. Excel writes `;` where the decimal mark is a comma (as in
 * Indonesian settings), "Unicode text" is tab-separated, Google Sheets uses `,`.
 */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>(candidates.map((c) => [c, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const c of candidates) if (counts.get(c)! > counts.get(best)!) best = c;
  return best;
}

/** `--delimiter` values: the character itself, or a name for the ones hard to type in a shell. */
export function parseDelimiter(value: string): string | undefined {
  const named: Record<string, string> = { comma: ',', koma: ',', semicolon: ';', 'titik-koma': ';', tab: '\t', '\\t': '\t', pipe: '|' };
  const v = value.toLowerCase();
  if (named[v] !== undefined) return named[v];
  return value.length === 1 && !['"', '\r', '\n'].includes(value) ? value : undefined;
}
