/** The catalog merged from one file per area, translation and language choice. */

import type { Lang, Message } from './types.js';
import { coreMessages } from './core.js';
import { reportMessages } from './report.js';
import { helpMessages } from './help.js';
import { workflowMessages } from './workflow.js';
import { validationMessages } from './validation.js';
import { calendarMessages } from './calendar.js';
import { lifecycleMessages } from './lifecycle.js';
import { officerMessages } from './officer.js';
import { holidayMessages } from './holiday.js';
import { attachmentMessages } from './attachment.js';
import { exportMessages } from './export.js';
import { importMessages } from './import.js';
import { syncMessages } from './sync.js';
import { syncQueueMessages } from './sync-queue.js';
import { piiMessages } from './pii.js';
import { recapMessages } from './recap.js';
import { fileMessages } from './files.js';
import { receiptMessages } from './receipt.js';
import { auditMessages } from './audit.js';
import { reconcileMessages } from './reconcile.js';
import { findMessages } from './find.js';
import { commanderMessages } from './commander.js';

export type { Catalog, Lang, Message } from './types.js';

/** Every user-facing string, merged from one file per area. A key defined twice is a bug (tested). */
export const catalogParts = [
  coreMessages,
  reportMessages,
  helpMessages,
  workflowMessages,
  validationMessages,
  calendarMessages,
  lifecycleMessages,
  officerMessages,
  holidayMessages,
  attachmentMessages,
  exportMessages,
  importMessages,
  syncMessages,
  syncQueueMessages,
  piiMessages,
  recapMessages,
  fileMessages,
  receiptMessages,
  auditMessages,
  reconcileMessages,
  findMessages,
  commanderMessages,
] as const;

type KeysOf<T> = T extends unknown ? keyof T : never;

/** Every message key: a key that is not in the catalog is a compile error wherever a message is shown. */
export type MessageKey = KeysOf<(typeof catalogParts)[number]> & string;

// A part annotated `: Catalog` instead of `satisfies Catalog` would widen MessageKey to string and
// silently switch the check off: this line stops compiling when that happens.
const keysAreChecked: string extends MessageKey ? never : true = true;
void keysAreChecked;

export const catalog: Readonly<Record<MessageKey, Message>> = Object.assign({}, ...catalogParts);

const placeholder = /\{(\w+)\}/g;
/** `{count:report|reports}`: the word for the number in `count` (see types.ts Message). */
const pluralWord = /\{(\w+):([^{}|]*)\|([^{}|]*)\}/g;
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The plural category of a number in a language ('one' or 'other' in English; always 'other' in Indonesian). */
function pluralOf(lang: Lang, value: string | number | undefined): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return 'other';
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n);
}

/** Formats a catalog message. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const message: Message | undefined = catalog[key];
  // Only an unchecked cast can get here: keys built from data go through translateOr.
  if (!message) throw new Error(`translate: no message '${key}'`);
  const words = message[lang].replace(pluralWord, (_whole, name: string, one: string, other: string) => (pluralOf(lang, params[name]) === 'one' ? one : other));
  return words.replace(placeholder, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(catalog, key);
}

/**
 * For keys built from data (a status or audit action read from the database, a national name):
 * the message when the catalog has one, else the fallback. Keys known at compile time use translate.
 */
export function translateOr(lang: Lang, key: string, fallback: string, params?: Record<string, string | number>): string {
  return hasMessage(key) ? translate(lang, key, params) : fallback;
}

/** --lang > LAPOR_LANG > LANG (id_ID.UTF-8 -> id) > English. */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  for (const candidate of [flag, env.LAPOR_LANG, env.LC_ALL, env.LANG]) {
    if (!candidate) continue;
    const code = candidate.toLowerCase().slice(0, 2);
    if (code === 'id' || code === 'in') return 'id';
    if (code === 'en') return 'en';
  }
  return 'en';
}
