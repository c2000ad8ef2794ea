/** `lapor db path|check|backup`: where the database is, integrity and migration state, online backup. */

import fs from 'node:fs';
import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { AppError, UsageError } from '../errors.js';
import { addFormatOption, examples, formatOf } from './shared.js';
import { renderRecord } from '../io/render.js';
import { appliedVersions, latestVersion } from '../store/database.js';
import { migrations } from '../store/migrations/index.js';

class IntegrityError extends AppError {}

function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

export function defineDb(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  const db = program.command('db').description(t('help.db')).addHelpText('after', examples(ctx, 'help.db.examples'));
  db.command('path')
    .description(t('help.db.path'))
    .action(() => ctx.io.out(ctx.dbPath()));
  addFormatOption(db.command('check').description(t('help.db.check')), ctx).action(async (opts: { format?: string }) => {
    const format = formatOf(ctx, opts);
    const handle = ctx.db();
    const integrity = (handle.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const foreignKeys = handle.pragma('foreign_key_check') as unknown[];
    const applied = appliedVersions(handle);
    const ok = integrity.length === 1 && integrity[0] === 'ok' && foreignKeys.length === 0;
    const current = applied.at(-1)?.version ?? 0;
    const pending = migrations.filter((m) => !applied.some((a) => a.version === m.version)).map((m) => `${m.version}-${m.name}`);
    await renderRecord(
      ctx.io,
      format,
      [
        { key: 'path', label: 'db.field.path', value: ctx.dbPath() },
        { key: 'integrity', label: 'db.field.integrity', value: ok ? 'ok' : integrity.join('; ') },
        { key: 'foreign_key_problems', label: 'db.field.foreignKeys', value: foreignKeys.length },
        { key: 'schema_version', label: 'db.field.schema', value: `${current}/${latestVersion}` },
        { key: 'pending', label: 'db.field.pending', value: pending.join(', ') || '-', freeText: false },
        { key: 'size', label: 'db.field.size', value: humanSize(fs.statSync(ctx.dbPath()).size) },
      ],
      { path: ctx.dbPath(), ok, integrity, foreign_key_problems: foreignKeys.length, schema_version: current, latest_version: latestVersion, migrations: applied },
    );
    if (!ok) throw new IntegrityError('db.checkFailed', { details: integrity.slice(0, 5).join('; ') });
  });
  db.command('backup')
    .description(t('help.db.backup'))
    .argument('<file>', t('help.arg.backupFile'))
    .option('--force', t('help.opt.force'))
    .action(async (file: string, opts: { force?: boolean }) => {
      if (fs.existsSync(file)) {
        if (!opts.force) throw new UsageError('db.backupExists', { path: file });
        fs.rmSync(file);
      }
      // The backup holds the same personal data: create it owner-only before SQLite writes to it.
      fs.closeSync(fs.openSync(file, 'wx', 0o600));
      try {
        await ctx.db().backup(file);
      } catch (error) {
        fs.rmSync(file, { force: true });
        throw new UsageError('error.writeFile', { path: file, reason: (error as Error).message });
      }
      ctx.io.out(file);
      ctx.io.say('db.backupDone', { path: file, size: humanSize(fs.statSync(file).size) });
    });
}
