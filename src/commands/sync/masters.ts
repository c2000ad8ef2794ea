/** `lapor sync masters`: fetch or show the national institutions and categories. */

import type { AppContext } from '../../context.js';
import { AuthError, SyncError } from '../../errors.js';
import { formatOf, nowIso } from '../shared.js';
import { renderRows } from '../../io/render.js';
import { loadCategories } from '../../data.js';
import { refreshMasters } from '../../sync/masters.js';
import { NationalError } from '../../sync/client.js';
import { Gate } from '../../sync/pool.js';
import { finishRun, startRun } from '../../store/sync-repo.js';
import { listMaster } from '../../store/national-repo.js';
import { openClient, syncConfig } from './common.js';

interface MastersFlags {
  show?: 'institutions' | 'categories';
  search?: string;
  format?: string;
}

export async function showMasters(ctx: AppContext, opts: MastersFlags): Promise<void> {
  const format = formatOf(ctx, opts);
  const rows = listMaster(ctx.db(), opts.show!, opts.search);
  if (rows.length === 0 && format === 'table') return void ctx.io.say('sync.mastersEmpty');
  await renderRows(
    ctx.io,
    format,
    [
      { key: 'id', label: 'sync.field.nationalId', value: (r) => r.id },
      { key: 'name', label: 'sync.field.name', value: (r) => r.name, freeText: true },
    ],
    rows,
  );
}

/** Fetches both lists (each replaced only once read completely) and maps categories by name. */
export async function runMasters(ctx: AppContext, opts: MastersFlags): Promise<void> {
  const { io } = ctx;
  const config = syncConfig(ctx);
  const { client, close } = await openClient(ctx, config);
  const db = ctx.db();
  const run = startRun(db, 'masters', nowIso(ctx));
  try {
    const { random, sleep, monotonic } = ctx.runtime;
    const tries = { policy: config.policy, random, sleep, gate: new Gate(monotonic, sleep) };
    const result = await refreshMasters(db, client, tries, loadCategories(), nowIso(ctx));
    finishRun(db, run, { ok: true, done: result.institutions + result.categories, failed: 0 }, nowIso(ctx));
    if (opts.format === 'json') {
      io.out(
        JSON.stringify(
          { institutions: result.institutions, categories: result.categories, mapped_categories: result.mapped, unmapped_categories: result.unmapped },
          null,
          2,
        ),
      );
    }
    io.say('sync.mastersDone', { institutions: result.institutions, categories: result.categories, mapped: result.mapped });
    if (result.unmapped.length) io.warn('sync.unmappedCategories', { count: result.unmapped.length, names: result.unmapped.join(', ') });
  } catch (error) {
    finishRun(db, run, { ok: false, done: 0, failed: 1, error: error instanceof Error ? error.message : String(error) }, nowIso(ctx));
    if (error instanceof NationalError) {
      if (error.kind === 'auth') throw new AuthError('sync.authFailed', { detail: error.detail });
      throw new SyncError('sync.mastersFailed', { detail: error.detail });
    }
    throw error;
  } finally {
    close();
  }
}
