/** `lapor db path|check|backup`: where the database is, integrity and migration state, online backup. */

import fs from 'node:fs';
import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { AppError, ExitCode, NotFoundError } from '../errors.js';
import { addFormatOption, examples, formatOf } from './shared.js';
import { renderRecord } from '../io/render.js';
import { latestVersion } from '../store/database.js';
import { checkDatabase, isSound } from '../store/db-check.js';
import { checkTarget, createTemp, flushFile, placeFile, removeStaleTemps, syncFolder } from '../files/safe-file.js';
import { systemError } from '../files/system-errors.js';
import { writeGuards } from './file-guards.js';
import { migrations } from '../store/migrations/index.js';

/** A damaged database: exit 4 with the findings. */
class DamagedError extends AppError {
  override readonly exitCode = ExitCode.invalid;
}

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
    const file = ctx.dbPath();
    const outcome = checkDatabase(file);
    if (outcome.kind === 'missing') throw new NotFoundError('db.checkMissing', { path: file });
    if (outcome.kind === 'unreadable') throw new DamagedError('db.checkUnreadable', { path: file, reason: outcome.reason });
    const f = outcome.findings;
    const ok = isSound(f);
    const current = f.applied.at(-1)?.version ?? 0;
    const pending = migrations.filter((m) => !f.applied.some((a) => a.version === m.version)).map((m) => `${m.version}-${m.name}`);
    await renderRecord(
      ctx.io,
      format,
      [
        { key: 'path', label: 'db.field.path', value: file },
        { key: 'integrity', label: 'db.field.integrity', value: f.integrity.join('; ') },
        { key: 'fts', label: 'db.field.fts', value: f.fts },
        { key: 'foreign_key_problems', label: 'db.field.foreignKeys', value: f.foreignKeyProblems },
        { key: 'schema_version', label: 'db.field.schema', value: `${current}/${latestVersion}` },
        { key: 'pending', label: 'db.field.pending', value: pending.join(', ') || '-', freeText: false },
        { key: 'size', label: 'db.field.size', value: humanSize(f.size) },
      ],
      {
        path: file,
        ok,
        integrity: f.integrity,
        fts: f.fts,
        foreign_key_problems: f.foreignKeyProblems,
        schema_version: current,
        latest_version: latestVersion,
        migrations: f.applied,
      },
    );
    if (!ok)
      throw new DamagedError('db.checkFailed', {
        details: [...new Set([...f.integrity.slice(0, 5), ...(f.fts === 'ok' || f.fts === 'skipped' ? [] : [f.fts])])].join('; '),
      });
  });
  db.command('backup')
    .description(t('help.db.backup'))
    .argument('<file>', t('help.arg.backupFile'))
    .option('--force', t('help.opt.force'))
    .action(async (file: string, opts: { force?: boolean }) => {
      const replace = opts.force ? 'force' : 'never';
      const dir = checkTarget(file, { replace, guards: writeGuards(ctx) });
      removeStaleTemps(dir);
      const handle = ctx.db();
      // SQLite writes the copy into a temporary file (created owner-only first: it holds the same
      // personal data); it appears under its name only when complete.
      const temp = createTemp(dir, file);
      fs.closeSync(temp.fd);
      let placed: string;
      try {
        await handle.backup(temp.path);
        flushFile(temp.path);
        checkTarget(file, { replace, guards: writeGuards(ctx) });
        placed = placeFile(temp.path, file, replace);
        syncFolder(dir);
      } catch (error) {
        fs.rmSync(temp.path, { force: true });
        fs.rmSync(`${temp.path}-journal`, { force: true });
        throw systemError(error, { path: file, write: true, needed: fs.statSync(ctx.dbPath()).size });
      }
      ctx.io.out(placed);
      ctx.io.say('db.backupDone', { path: placed, size: humanSize(fs.statSync(placed).size) });
    });
}
