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

/**
 * Trims a free-text field and checks its length in characters (code points,
 * so an emoji or a Javanese letter counts once). Windows line ends (CRLF, CR)
 * are turned into LF: they are newlines, not stray control characters.
 * Empty and not required -> no value, no problem.
 */
export function checkText(
  value: string | undefined,
  field: string,
  opts: TextRules,
): { value?: string; problems: FieldProblem[] } {
  const text = (value ?? '').replace(/\r\n?/g, '\n').trim();
  if (text === '') {
    return opts.required ? { problems: [fieldError(field, 'text.required', { field })] } : { problems: [] };
  }

  const control = CONTROL.exec(text);
  if (control) {
    const position = [...text.slice(0, control.index)].length + 1;
    const code = `U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return { problems: [fieldError(field, 'text.control', { field, position, code })] };
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

const SURROGATE = /[\uD800-\uDFFF]/;

/** `[...text].length` without building the array (imports check millions of descriptions). */
function codePoints(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  return [...text].length;
}
