/** The shapes `lapor import` is run with and reports back. */

import type { DB } from '../store/database.js';
import type { ImportContext } from '../app/report-writer.js';
import type { ValidationEnv } from '../domain/report.js';
import type { ProblemCode } from '../domain/problems.js';
import type { HeaderInfo, ReaderOptions } from './import-rows.js';

/** The shapes `lapor import` is run with and reports back (import-run.ts runs it). */

export type OnDuplicate = 'skip' | 'update' | 'error';

export interface ImportPlan {
  /** Path shown in messages and the audit trail (`-` for stdin). */
  source: string;
  input: AsyncIterable<Buffer | string>;
  /** Input size when known (a file): picks the worker and estimates progress. */
  size?: number;
  reader: ReaderOptions;
  skipInvalid: boolean;
  dryRun: boolean;
  onDuplicate: OnDuplicate;
  rejectsPath?: string;
  batchSize?: number;
  /** `never`/`always` force the inline or the worker stage (tests, benchmarks). */
  worker?: 'auto' | 'never' | 'always';
  /** A workbook's sheet fed as CSV (import-xlsx.ts): lines become sheet rows, issues get cell references. */
  sheet?: SheetLines;
}

/** How the CSV lines of a sheet map back to it. */
export interface SheetLines {
  rowOf(line: number): number;
  /** Its name, known once the workbook is open. */
  readonly sheet: string;
}

/** One rejected row, as reported: line in the file, column as headed there, and the problem. */
export interface ImportIssue {
  line: number;
  column: string;
  field: string;
  code: ProblemCode;
  params: Record<string, string | number>;
  /** In a workbook: the cell, as `Sheet1!C12`. */
  cell?: string;
}

export interface ImportStats {
  rows: number;
  stored: number;
  duplicates: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings: number;
}

export interface ImportResult extends ImportStats {
  committed: boolean;
  tickets?: { from: string; to: string };
  errors: ImportIssue[];
  warningList: ImportIssue[];
  rejectsFile?: string;
  header?: HeaderInfo;
  /** The secondary indexes were rebuilt once at the end instead of row by row (big imports). */
  indexesRebuilt?: boolean;
}

/** What the import is doing, for `--debug` (and the kill -9 test, which waits for rows in an open transaction). */
export type ImportStep = { step: 'batch'; stored: number; committed: boolean } | { step: 'suspend' } | { step: 'rebuild'; rows: number } | { step: 'commit' };

export interface RunDeps {
  db: DB;
  env: ValidationEnv;
  writer: ImportContext;
  /** Formats a problem for the rejects file, in the admin's language. */
  describe(issue: ImportIssue): string;
  onProgress?(stats: ImportStats): void;
  onStep?(step: ImportStep): void;
  /** Checked between chunks: Ctrl-C stops at a batch boundary. */
  stopRequested?(): boolean;
}
