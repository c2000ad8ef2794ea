/** Free-text fields: trimming, line ends, length in characters, control characters. */

import type { FieldProblem } from './problems.js';
import { fieldError } from './problems.js';

export interface TextRules {
  required?: boolean;
  min?: number;
  max: number;
}

// C0 and C1 controls and DEL, except tab and line feed. They come from pasted
// Word/PDF text and break CSV exports and terminals.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

// Bidirectional embeddings, overrides and isolates reorder the text that follows them on screen
// ("Trojan Source"): a title could read differently from what is stored and searched. Refused.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;

// Zero-width space, non-joiner, joiner, word joiner and BOM: invisible, and they split words for
// the full-text index, so "Ja\u200Blan" would not be found by "jalan". Removed from stored text.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

// Any of the above: one test per field in the common case (imports check millions of fields).
const SPECIAL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/u;

/** Text without zero-width characters: how text is stored and how a search is read. */
export function withoutZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}

/**
 * Trims a free-text field and checks its length in characters (code points,
 * so an emoji or a Javanese letter counts once). Windows line ends (CRLF, CR)
 * are turned into LF: they are newlines, not stray control characters.
 * Zero-width characters are removed; other control characters and text-direction
 * controls are refused with their position. Empty and not required -> no value, no problem.
 */
export function checkText(value: string | undefined, field: string, opts: TextRules): { value?: string; problems: FieldProblem[] } {
  let text = (value ?? '').replace(/\r\n?/g, '\n');
  const special = SPECIAL.test(text);
  if (special) text = withoutZeroWidth(text);
  text = text.trim();
  if (text === '') {
    return opts.required ? { problems: [fieldError(field, 'text.required', { field })] } : { problems: [] };
  }
  if (special) {
    const problem = invisibleProblem(text, field);
    if (problem) return { problems: [problem] };
  }

  const length = codePoints(text);
  if (opts.min !== undefined && length < opts.min) {
    return { problems: [fieldError(field, 'text.tooShort', { field, min: opts.min, length })] };
  }
  if (length > opts.max) {
    return { problems: [fieldError(field, 'text.tooLong', { field, max: opts.max, length })] };
  }
  return { value: text, problems: [] };
}

/** A control or text-direction character, named with its position (in characters, from 1). */
function invisibleProblem(text: string, field: string): FieldProblem | undefined {
  const control = CONTROL.exec(text);
  const bidi = control ? undefined : BIDI.exec(text);
  const found = control ?? bidi;
  if (!found) return undefined;
  const position = [...text.slice(0, found.index)].length + 1;
  return fieldError(field, control ? 'text.control' : 'text.bidi', { field, position, code: codeOf(found[0]) });
}

function codeOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** `[...text].length` without building the array (imports check millions of descriptions). */
function codePoints(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  return [...text].length;
}
