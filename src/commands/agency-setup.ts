/** The agency settings `lapor init` asks for, shared with `lapor add`'s first run on a terminal. */

import type { AppContext } from '../context.js';
import { UsageError } from '../errors.js';
import { today } from './shared.js';
import { saveSettings } from '../app/settings.js';
import { findSetting, withDefaults } from '../domain/settings.js';
import { readSettings } from '../store/settings-repo.js';
import { formatTicket } from '../domain/report.js';

export interface AgencyOptions {
  agencyCode?: string;
  agencyName?: string;
  timezone?: string;
  adminName?: string;
}

const fields = [
  { key: 'agency.code', option: 'agencyCode', flag: '--agency-code', prompt: 'prompt.agencyCode' },
  { key: 'agency.name', option: 'agencyName', flag: '--agency-name', prompt: 'prompt.agencyName' },
  { key: 'timezone', option: 'timezone', flag: '--timezone', prompt: 'prompt.timezone' },
  { key: 'admin.name', option: 'adminName', flag: '--admin-name', prompt: 'prompt.adminName' },
] as const;

/** True until the agency code has been stored: tickets would still use the placeholder code. */
export function agencyNotSetUp(ctx: AppContext): boolean {
  return readSettings(ctx.db())['agency.code'] === undefined;
}

/** Takes each setting from its flag or, on a terminal, asks for it (validated as `config set` would); then saves them. */
export async function setUpAgency(ctx: AppContext, opts: AgencyOptions): Promise<void> {
  const { io } = ctx;
  // As text, by dotted name: prompt defaults show what `config get` would.
  const current = withDefaults(readSettings(ctx.db()));
  const values: Record<string, string> = {};
  for (const field of fields) {
    const given = opts[field.option];
    if (given !== undefined) {
      values[field.key] = given;
      continue;
    }
    if (!io.interactive) {
      // Scripts may set a few settings; the agency code is the one every ticket needs.
      if (field.key === 'agency.code') throw new UsageError('error.missingFlag', { field: field.key, flag: field.flag });
      continue;
    }
    const def = findSetting(field.key)!;
    values[field.key] = await ctx.prompter().input({
      message: io.t(field.prompt),
      default: current[field.key] || undefined,
      validate: (v) => {
        const result = def.normalize(v);
        return result.problem ? io.t(result.problem.code, { key: field.key, ...result.problem.params }) : true;
      },
    });
  }
  saveSettings(ctx, values);
  const year = Number(today(ctx).slice(0, 4));
  io.say('init.done', { example: formatTicket(ctx.settings().agency.code, year, 1), path: ctx.dbPath() });
}
