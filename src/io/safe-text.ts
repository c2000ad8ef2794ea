/**
 * Text from outside (the database, the national server, files, arguments) drawn on a terminal:
 * control characters and escape sequences are shown, never interpreted, so a value such as
 * "\x1b[2J\x1b]0;x\x07" cannot clear the screen, retitle the window or ring the bell.
 *
 * How each character is shown:
 * - C0 controls (U+0000-U+001F) as their Unicode control pictures: ESC as ␛, BEL as ␇, CR as ␍,
 *   TAB as ␉, LF as ␊ (one column wide, and not themselves controls, so showing twice is harmless);
 * - DEL as ␡;
 * - C1 controls (U+0080-U+009F; U+009B is a one-byte CSI on some terminals) and the bidirectional
 *   embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069, which reorder what follows
 *   them: "Trojan Source") as <U+009B>.
 * Line feeds are kept where the layout wants them: multi-line table cells and record values
 * (cli-table3 draws them as lines of the same cell). A message parameter is one value quoted
 * inside a sentence, so its line feeds are shown as ␊. Tabs are shown everywhere: they break the
 * column widths cli-table3 computes.
 */

// Everything that may be shown differently, in one character class: the common case (nothing to
// show) costs one regex test per string.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const UNSAFE_ALL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const UNSAFE_NOT_LF = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// What a whole output (`stream`) may need shown: C0 controls but line feeds and tabs (ESC among them).
// Pretty JSON has a line feed on every line: without this check each output was walked char by char.
const UNSAFE_IN_STREAM = /[\u0000-\u0008\u000B-\u001F]/;

/** How one unsafe character is shown. */
export function picture(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

export interface VisibleOptions {
  /** Keep line feeds (multi-line table cells and record values). */
  newlines?: boolean;
}

/** Outside text, safe to draw: every control character and escape sequence shown, none interpreted. */
export function visible(text: string, opts: VisibleOptions = {}): string {
  if (!UNSAFE.test(text)) return text;
  return text.replace(opts.newlines ? UNSAFE_NOT_LF : UNSAFE_ALL, picture);
}

// Colour and weight (SGR: ESC [ digits ; ... m), the only sequences chalk writes for us.
const SGR = /\u001B\[[0-9;]*m/y;

/**
 * Text that mixes our own colours with values: SGR sequences stay (our chalk output), every other
 * control and escape sequence is shown. The values themselves must already have gone through
 * visible() (an SGR in a value would pass here); this is the backstop of the table renderer and of
 * io.out/io.err, so a command that forgot visible() can at most change a colour, never clear the
 * screen or set the title. Line feeds stay. `stream` (io.out/io.err: whole outputs) also keeps tabs
 * and leaves DEL, C1 and bidi characters alone, so JSON output keeps its exact values
 * (JSON.stringify escapes C0 itself, and nothing else changes).
 */
export function visibleKeepingColour(text: string, opts: { stream?: boolean } = {}): string {
  if (!(opts.stream ? UNSAFE_IN_STREAM : UNSAFE).test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x09 && opts.stream)) continue;
    if (code === 0x1b) {
      SGR.lastIndex = i;
      const sgr = SGR.exec(text);
      if (sgr) {
        i += sgr[0].length - 1;
        continue;
      }
    }
    const unsafe =
      code < 0x20 || (!opts.stream && ((code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)));
    if (!unsafe) continue;
    out += text.slice(from, i) + picture(text[i]!);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
