/** The counts, kept issues and rejects file of an import run. */

import type { FieldProblem } from '../domain/problems.js';
import type { HeaderInfo, RowOutcome } from './import-rows.js';
import type { ImportIssue, ImportResult, SheetLines } from './import-types.js';
import { columnLetters } from './xlsx-write.js';
import { RejectsWriter } from './import-rejects.js';
import { freeTextFields } from './columns.js';

/** At most this many errors and warnings are kept for the summary; the rejects file has them all. */
const KEEP = 1000;

/** The counts, kept issues and rejects file of an import run. */
export class Tally {
  readonly result: ImportResult = {
    rows: 0,
    stored: 0,
    duplicates: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    warnings: 0,
    committed: false,
    errors: [],
    warningList: [],
  };
  header: HeaderInfo | undefined;
  private rejects: RejectsWriter | undefined;

  constructor(
    private readonly rejectsPath: string | undefined,
    private readonly describe: (issue: ImportIssue) => string,
    private readonly sheet?: SheetLines,
  ) {}

  setHeader(header: HeaderInfo): void {
    this.header = this.result.header = header;
    if (!this.rejectsPath) return;
    // Unmapped columns count as free text: the import ignores them, so their quote never matters.
    const freeText = header.fields.map((f) => f === null || freeTextFields.has(f));
    this.rejects = new RejectsWriter(this.rejectsPath, header.headers, header.delimiter, freeText);
  }

  /** The column as headed in the file, for messages. */
  private columnOf(field: string): string {
    const i = this.header?.fields.indexOf(field as never) ?? -1;
    return i >= 0 ? this.header!.headers[i]! : field;
  }

  private issue(line: number, p: FieldProblem): ImportIssue {
    const issue: ImportIssue = { line, column: this.columnOf(p.field), field: p.field, code: p.code, params: p.params ?? {} };
    const index = this.header?.fields.indexOf(p.field as never) ?? -1;
    if (this.sheet && index >= 0) issue.cell = `${this.sheet.sheet}!${columnLetters(index)}${line}`;
    return issue;
  }

  reject(row: RowOutcome, problems: readonly FieldProblem[]): void {
    this.result.rejected++;
    const issues = problems.filter((p) => p.severity === 'error').map((p) => this.issue(row.line, p));
    for (const i of issues) if (this.result.errors.length < KEEP) this.result.errors.push(i);
    if (!this.rejects) return;
    if (!row.cells) throw new Error(`import: the cells of line ${row.line} were not kept`);
    this.rejects.add(row.cells, row.line, issues.map(this.describe).join('; '));
  }

  warn(line: number, problems: readonly FieldProblem[]): void {
    for (const w of problems) {
      this.result.warnings++;
      if (this.result.warningList.length < KEEP) this.result.warningList.push(this.issue(line, w));
    }
  }

  flush(): void {
    this.rejects?.flush();
  }

  close(): void {
    this.rejects?.close();
    if (this.rejects && this.rejects.count > 0) this.result.rejectsFile = this.rejects.path;
  }
}
