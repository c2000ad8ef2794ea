/** E-mail address check. */

import type { FieldProblem, ProblemCode } from './problems.js';
import { fieldError } from './problems.js';

const MAX_LENGTH = 254; // RFC 5321 forward-path limit
// Characters that never belong in an address typed by a person; a comma is the
// classic slip for a dot ("gmail,com"), ; and <> come from pasted mail headers.
const FORBIDDEN = /[,;:<>()[\]\\"]/;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;

/**
 * A pragmatic address check, not RFC 5322: it catches what people mistype and
 * leaves deliverability to the mail server. The domain is lowercased; the local
 * part is kept as typed because some servers treat it case-sensitively.
 */
export function validateEmail(input: string, field = 'email'): { value?: string; problems: FieldProblem[] } {
  const value = input.trim();
  // Never the address itself: problems end up in import reports and on the screen (UU PDP).
  const fail = (code: ProblemCode, extra: Record<string, string | number> = {}) => ({
    problems: [fieldError(field, code, { field, ...extra })],
  });

  if (/\s/.test(value)) return fail('email.spaces');
  if (value.length > MAX_LENGTH) return fail('email.tooLong', { max: MAX_LENGTH, length: value.length });
  const at = value.split('@').length - 1;
  if (at !== 1) return fail('email.at', { count: at });

  const [local = '', domainTyped = ''] = value.split('@');
  const domain = domainTyped.toLowerCase();
  const badChar = FORBIDDEN.exec(value);
  if (badChar) return fail('email.character', { char: badChar[0] });
  if (local === '' || local.startsWith('.') || local.endsWith('.') || local.includes('..') || local.length > 64) {
    return fail('email.local');
  }
  const labels = domain.split('.');
  if (labels.length < 2) return fail('email.domain');
  const tld = labels.at(-1) ?? '';
  if (!labels.every((l) => DOMAIN_LABEL.test(l)) || tld.length < 2 || !/\p{L}/u.test(tld)) {
    return fail('email.domain');
  }
  return { value: `${local}@${domain}`, problems: [] };
}

/** For masked views (UU PDP): the first character and the domain, `b***@gmail.com`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}
