/** The catalog merged from one file per area, translation and language choice. */

import type { Catalog, Lang } from './types.js';
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

export type { Catalog, Lang, Message } from './types.js';

/** Every user-facing string, merged from one file per area. A key defined twice is a bug (tested). */
export const catalogParts: readonly Catalog[] = [
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
];

export const catalog: Catalog = Object.assign({}, ...catalogParts);

const placeholder = /\{(\w+)\}/g;

/** Formats a catalog message; unknown keys fall back to the key itself so nothing is silently dropped. */
export function translate(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const message = catalog[key];
  const template = message ? message[lang] : key;
  return template.replace(placeholder, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
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
