/** `lapor sync doctor`: URL, credentials, reachability, mappings and queue, each with what to do. */

import type { AppContext } from '../../context.js';
import { AppError, AuthError, SyncError } from '../../errors.js';
import { formatOf } from '../shared.js';
import { renderRows } from '../../io/render.js';
import type { MessageKey } from '../../io/messages/index.js';
import { credentialsPath, loadCredentials } from '../../sync/credentials.js';
import { NationalError } from '../../sync/client.js';
import { loadCategories } from '../../data.js';
import { categoryNationalId, localCategoryNames, mastersInfo, unitMappings } from '../../store/national-repo.js';
import { outboxSummary } from '../../store/sync-repo.js';
import { mismatchCount } from '../../store/mismatch-repo.js';
import { openClient, syncConfig } from './common.js';
import { isInsecureRemote } from '../../domain/national-settings.js';

type Verdict = 'ok' | 'warn' | 'fail';

interface Check {
  check: string;
  verdict: Verdict;
  detail: string;
}

/**
 * URL, credentials, reachability (one small authenticated request), master lists and mappings,
 * and the queue: each says what is wrong and what to do. Never shows a credential.
 */
export async function runDoctor(ctx: AppContext, opts: { format?: string }): Promise<void> {
  const { io } = ctx;
  const format = formatOf(ctx, opts);
  const db = ctx.db();
  const checks: Check[] = [];
  const add = (check: string, verdict: Verdict, key: MessageKey, params: Record<string, string | number> = {}) =>
    checks.push({ check, verdict, detail: io.t(key, params) });
  const config = syncConfig(ctx, {}, false);
  const insecure = isInsecureRemote(config.url);
  const allowInsecure = ctx.settings().national.allowInsecure;
  if (!config.url) add('url', 'fail', 'sync.noUrl');
  else if (insecure && !allowInsecure) add('url', 'fail', 'sync.insecureUrl', { url: config.url });
  else if (insecure) add('url', 'warn', 'sync.doctor.insecureAllowed', { url: config.url });
  else add('url', 'ok', 'sync.doctor.url', { url: config.url });

  let credentialsOk = false;
  try {
    const c = loadCredentials(ctx.env);
    credentialsOk = true;
    add('credentials', 'ok', c.source === 'env' ? 'sync.doctor.credentialsEnv' : 'sync.doctor.credentialsFile', { path: c.source });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    add('credentials', 'fail', error.key, error.params);
  }

  let authRefused = false;
  if (config.url && credentialsOk && !(insecure && !allowInsecure)) {
    const { client, close } = await openClient(ctx, config);
    const started = Date.now();
    try {
      await client.listCategories(1, 1);
      add('reachable', 'ok', 'sync.doctor.reachable', { ms: Date.now() - started });
    } catch (error) {
      if (!(error instanceof NationalError)) throw error;
      authRefused = error.kind === 'auth';
      add('reachable', 'fail', authRefused ? 'sync.doctor.refused' : 'sync.doctor.unreachable', { detail: error.detail, path: credentialsPath(ctx.env) });
    } finally {
      close();
    }
  } else {
    add('reachable', 'warn', 'sync.doctor.notTried');
  }

  const masters = mastersInfo(db);
  if (masters.institutions && masters.categories)
    add('masters', 'ok', 'sync.doctor.masters', { institutions: masters.institutions, categories: masters.categories });
  else add('masters', 'warn', 'sync.doctor.noMasters');
  const unmapped = localCategoryNames(db, loadCategories()).filter((c) => categoryNationalId(db, c) === undefined);
  if (unmapped.length === 0) add('categories', 'ok', 'sync.doctor.categoriesMapped');
  else add('categories', 'warn', 'sync.doctor.categoriesUnmapped', { count: unmapped.length, names: unmapped.slice(0, 8).join(', ') });
  const units = unitMappings(db).filter((u) => u.institutionId === null);
  const agency = ctx.settings().national.agencyInstitutionId;
  if (!agency) add('target', 'warn', 'sync.doctor.noTarget', { count: units.length });
  else add('target', 'ok', 'sync.doctor.agencyTarget', { id: agency });

  const queue = outboxSummary(db);
  add('queue', queue.counts.failed ? 'warn' : 'ok', 'sync.doctor.queue', { queued: queue.counts.queued, failed: queue.counts.failed });
  const mismatches = mismatchCount(db);
  add('mismatches', mismatches ? 'warn' : 'ok', mismatches ? 'sync.doctor.mismatches' : 'sync.doctor.mismatchesNone', { count: mismatches });

  const label = (v: Verdict) => io.t(`sync.verdict.${v}`);
  await renderRows(
    io,
    format,
    [
      { key: 'check', label: 'sync.field.check', value: (c) => c.check },
      {
        key: 'verdict',
        label: 'sync.field.verdict',
        value: (c) => c.verdict,
        display: (c, i) =>
          c.verdict === 'ok' ? i.chalk.green(label(c.verdict)) : c.verdict === 'warn' ? i.chalk.yellow(label(c.verdict)) : i.chalk.red(label(c.verdict)),
      },
      { key: 'detail', label: 'sync.field.detail', value: (c) => c.detail, freeText: true },
    ],
    checks,
    undefined,
    // Each detail is a sentence with a command to run: label/value blocks keep it whole.
    { layout: 'blocks' },
  );
  const failed = checks.filter((c) => c.verdict === 'fail');
  if (!credentialsOk || authRefused) throw new AuthError('sync.doctorFailed', { count: failed.length });
  if (failed.length) throw new SyncError('sync.doctorFailed', { count: failed.length });
}
