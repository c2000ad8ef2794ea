/** `lapor export` and `export marks`: CSV/JSON/NDJSON/Open311 with the filters of `list`, incremental jobs. */

import path from 'node:path';
import { Option, type Command } from 'commander';
import type { AppContext } from '../context.js';
import { UsageError } from '../errors.js';
import { exportIdentity, type ExportIdentity } from '../domain/pii.js';
import { addFormatOption, examples, formatOf, nowIso } from './shared.js';
import { addFilterOptions, filterFromOptions, type ListOptions } from './report/filter.js';
import { renderRows } from '../io/render.js';
import { humanDateTime } from '../domain/dates.js';
import { recordAudit } from '../app/audit.js';
import { getMark, listMarks, openExportSnapshot, saveMark, type ExportMark, type ExportSnapshot } from '../store/export-repo.js';
import { exportColumns, selectColumns, type ExportColumn, type HeaderLang } from '../transfer/columns.js';
import { csvEncoder, excelCsvEncoder, jsonEncoder } from '../transfer/export-format.js';
import { open311Encoder, open311Keys } from '../transfer/export-open311.js';
import { fileSink, streamSink, type Sink } from '../transfer/export-sink.js';
import { writeGuards } from './file-guards.js';
import { pumpRows, type PumpOptions } from '../transfer/export-pump.js';
import type { MessageKey } from '../io/messages/index.js';

/** `lapor` is the national form for manual upload, written by commands/sync/export-form.ts. */
export const exportFormats = ['csv', 'xlsx', 'json', 'ndjson', 'open311', 'lapor'] as const;
type ExportFormat = (typeof exportFormats)[number];

export interface ExportOptions extends Omit<ListOptions, 'format' | 'limit' | 'offset'> {
  out?: string;
  format?: string;
  header?: HeaderLang;
  excel?: boolean;
  incremental?: string;
  full?: boolean;
  includePii?: boolean;
  includeConfidential?: boolean;
  reason?: string;
  force?: boolean;
}

const jobName = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function defineExport(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  const columnList = exportColumns.map((c) => (c.pii ? `[${c.key}]` : c.key)).join(' ');
  const command: Command = program
    .command('export')
    .description(t('export.help'))
    .option('--out <file>', t('export.opt.out'))
    .option('--force', t('help.opt.force'))
    // No commander choices: `export marks --format table` reaches this option first (see runMarks).
    .option('--format <format>', t('export.opt.format'))
    .addOption(new Option('--header <lang>', t('export.opt.header')).choices(['en', 'id']))
    .option('--excel', t('export.opt.excel'));
  addFilterOptions(command, ctx)
    .option('--incremental <name>', t('export.opt.incremental'))
    .option('--full', t('export.opt.full'))
    .option('--include-pii', t('export.opt.includePii'))
    .option('--include-confidential', t('export.opt.includeConfidential'))
    .option('--reason <text>', t('export.opt.reason'))
    .addHelpText('after', `${examples(ctx, 'export.help.examples')}\n\n${t('export.help.columns', { columns: wrap(columnList, 96) })}`)
    .action((opts: ExportOptions) => runExport(ctx, opts));
  // Commander hands `--format` after `marks` to the parent (only a root with positional options
  // would not), so marks reads it from there.
  addFormatOption(command.command('marks').description(t('export.marks.help')), ctx).action((opts: { format?: string }, marks: Command) =>
    runMarks(ctx, { format: opts.format ?? (marks.parent?.opts() as ExportOptions).format }),
  );
}

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = ' ';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > width) {
      lines.push(line);
      line = ' ';
    }
    line += ` ${word}`;
  }
  return [...lines, line].join('\n');
}

function formatFrom(opts: ExportOptions): ExportFormat {
  if (opts.format !== undefined) {
    if ((exportFormats as readonly string[]).includes(opts.format)) return opts.format as ExportFormat;
    throw new UsageError('error.badFormat', { value: opts.format, allowed: exportFormats.join(', ') });
  }
  const ext = opts.out ? path.extname(opts.out).toLowerCase() : '';
  if (ext === '.json') return 'json';
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.xlsx') return 'xlsx';
  return 'csv';
}

/**
 * Flag combinations that make no sense fail before anything is read or written. Returns what
 * the export carries of reporters: the personal-data policy's decision (domain/pii.ts).
 */
function checkFlags(opts: ExportOptions, format: ExportFormat): ExportIdentity {
  const pii = exportIdentity(opts);
  if (!pii.ok) throw new UsageError(pii.code);
  if (opts.full && opts.incremental === undefined) throw new UsageError('export.fullNeedsIncremental');
  if (opts.incremental !== undefined) {
    if (!jobName.test(opts.incremental)) throw new UsageError('export.badName', { value: opts.incremental });
    if (!opts.out) throw new UsageError('export.incrementalNeedsOut');
  }
  if (format === 'open311' && opts.includePii) throw new UsageError('export.open311NoPii');
  if (format === 'open311' && opts.header) throw new UsageError('export.open311NoHeader');
  if (opts.excel && format !== 'csv') throw new UsageError('export.excelNeedsCsv');
  return pii.value;
}

/** CSV reads lines SQLite builds (the fast path); the JSON formats need NULLs and numbers as stored. */
async function pump(
  ctx: AppContext,
  format: ExportFormat,
  snapshot: ExportSnapshot,
  columns: readonly ExportColumn[],
  lang: HeaderLang,
  sink: Sink,
  opts: PumpOptions & { excel?: boolean },
): Promise<number> {
  const excel = opts.excel === true;
  if (format === 'xlsx') {
    const sheet = ctx.io.t('export.xlsx.sheet');
    // Loaded only for this format: the zip writer matters to nothing else.
    const { pumpXlsx } = await import('../transfer/export-xlsx.js');
    return pumpXlsx(snapshot.rows(), columns, { lang, timeZone: ctx.settings().timezone, sheet, progress: opts.progress }, sink);
  }
  if (format === 'csv' && excel) return pumpRows(snapshot.rows(), excelCsvEncoder(columns, lang), sink, opts);
  if (format === 'csv') return pumpRows(snapshot.csvLines(columns.map((c) => c.freeText)), csvEncoder(columns, lang), sink, opts);
  const encoder = format === 'open311' ? open311Encoder(ctx.settings().timezone) : jsonEncoder(columns, lang, format === 'ndjson');
  return pumpRows(snapshot.rows(), encoder, sink, opts);
}

function openSink(ctx: AppContext, out: string | undefined, force: boolean | undefined): Sink {
  return out ? fileSink(out, writeGuards(ctx), force) : streamSink(ctx.io.streams.stdout);
}

export async function runExport(ctx: AppContext, opts: ExportOptions): Promise<void> {
  const { io } = ctx;
  const format = formatFrom(opts);
  const { identity: includePii, confidential: includeConfidential } = checkFlags(opts, format);
  // The rename would replace the database itself.
  if (opts.out && [ctx.dbPath(), `${ctx.dbPath()}-wal`, `${ctx.dbPath()}-shm`].includes(path.resolve(opts.out))) {
    throw new UsageError('export.outIsDatabase', { path: opts.out });
  }
  // A workbook is bytes: into a file or a pipe, never onto a terminal.
  if (format === 'xlsx' && !opts.out && io.stdoutIsTTY) throw new UsageError('export.xlsxNeedsOut');
  const db = ctx.db();
  const filter = filterFromOptions(ctx, { ...opts, format: undefined });
  // Exports read stored columns as they are (reads never write): say so when those are stale.
  if (ctx.deadlines().stale()) io.warn('export.deadlinesStale');
  // Loaded only for this format: it brings the sync mappings with it.
  if (format === 'lapor') return (await import('./sync/export-form.js')).runLaporFormExport(ctx, opts, filter);
  const name = opts.incremental;
  const mark = name === undefined || opts.full ? undefined : getMark(db, name);
  if (name !== undefined && !mark && !opts.full && io.stderrIsTTY) io.say('export.firstRun', { name });

  const columns = format === 'open311' ? open311Keys.map((k) => exportColumns.find((c) => c.key === k)!) : selectColumns(includePii);
  const snapshot = openExportSnapshot(ctx.dbPath(), {
    keys: columns.map((c) => c.key),
    filter,
    includeConfidential,
    afterSeq: name === undefined ? undefined : (mark?.changeSeq ?? 0),
    provisionalYears: ctx.deadlines().env().calendar.provisionalYears,
  });
  let sink: Sink | undefined;
  try {
    sink = openSink(ctx, opts.out, opts.force);
    if (includePii) {
      // Like `show --reveal`: the trace is written before any personal data leaves, with the
      // exact count of the snapshot being exported. Never the data itself.
      const details = {
        format,
        columns: columns.map((c) => c.key),
        filters: { ...filter, limit: undefined, offset: undefined },
        count: snapshot.count(),
        include_confidential: includeConfidential,
        incremental: name ?? null,
        after_change: mark?.changeSeq ?? null,
        destination: opts.out ? path.resolve(opts.out) : 'stdout',
        reason: opts.reason ?? null,
      };
      recordAudit(ctx, { action: 'report.export', entity: 'report', details });
    }
    const progress = io.stderrIsTTY && opts.out ? (rows: number) => void io.streams.stderr.write(`\r${io.t('export.progress', { rows })}`) : undefined;
    const rows = await pump(ctx, format, snapshot, columns, opts.header ?? 'en', sink, { progress, excel: opts.excel });
    snapshot.close();
    await sink.commit();
    const target = opts.out ?? 'stdout';
    if (name !== undefined) {
      saveMark(db, { name, changeSeq: snapshot.toSeq, format, rows, file: path.resolve(opts.out!), exportedAt: nowIso(ctx), exportedBy: ctx.actor() });
    }
    if (io.stderrIsTTY) {
      if (progress) io.streams.stderr.write('\r\u001b[K');
      io.say(name === undefined || !mark ? 'export.done' : 'export.doneIncremental', { rows, target, name: name ?? '' });
      if (includePii) io.warn('export.piiWarning');
    }
  } catch (error) {
    sink?.abort();
    throw error;
  } finally {
    snapshot.close();
  }
}

async function runMarks(ctx: AppContext, opts: { format?: string }): Promise<void> {
  const format = formatOf(ctx, opts);
  const marks = listMarks(ctx.db());
  if (format === 'table' && marks.length === 0) {
    ctx.io.say('export.marks.none');
    return;
  }
  const tz = ctx.settings().timezone;
  const column = (key: keyof ExportMark & string, label: MessageKey) => ({
    key: key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
    label,
    value: (m: ExportMark) => m[key],
    // The time in agency time on a terminal; JSON and CSV keep ISO 8601.
    ...(key === 'exportedAt' ? { display: (m: ExportMark) => humanDateTime(m.exportedAt, tz) } : {}),
  });
  await renderRows(
    ctx.io,
    format,
    [
      column('name', 'export.field.name'),
      column('changeSeq', 'export.field.changeSeq'),
      column('format', 'export.field.format'),
      column('rows', 'export.field.rows'),
      column('file', 'export.field.file'),
      column('exportedAt', 'export.field.exportedAt'),
      column('exportedBy', 'export.field.exportedBy'),
    ],
    marks,
  );
}
