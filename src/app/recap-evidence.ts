/** The yearly evidence bundle for evaluators: recaps, steps per report, manifest with SHA-256 checksums. */

import { createHash } from 'node:crypto';
import type { AppContext } from '../context.js';
import { UsageError } from '../errors.js';
import { localDateTimeOf } from '../domain/dates.js';
import { buildRecap, type Recap } from './recap.js';
import { evidenceReports, evidenceSteps } from '../store/recap-repo.js';
import { encodeRow } from '../domain/csv.js';

export interface EvidenceFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * `lapor recap --evidence --year YYYY`: the bundle for the provincial evaluators, read in one
 * transaction: the year's recap (HTML + xlsx), each month's recap (HTML), the reports received
 * that year with their steps and dates (CSV, no titles or reporter data), and SHA256SUMS
 * (`sha256sum -c SHA256SUMS` checks it) plus a manifest.json with the same checksums.
 */
export async function buildEvidence(ctx: AppContext, year: string | undefined): Promise<EvidenceFile[]> {
  if (year === undefined || !/^\d{4}$/.test(year)) throw new UsageError('recap.evidenceNeedsYear');
  const db = ctx.db();
  const tz = ctx.settings().timezone;
  const read = db.transaction(() => {
    const yearly = buildRecap(ctx, { year });
    const monthly = Array.from({ length: 12 }, (_, i) => buildRecap(ctx, { month: `${year}-${String(i + 1).padStart(2, '0')}` }));
    const reports = evidenceReports(db, `${year}-01-01`, `${year}-12-31`);
    const steps = evidenceSteps(db, `${year}-01-01`, `${year}-12-31`);
    return { yearly, monthly, reports, steps };
  });
  const { yearly, monthly, reports, steps } = read.deferred();
  const { recapHtml } = await import('../io/recap-html.js');
  const { recapXlsx } = await import('../transfer/recap-xlsx.js');
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const files: EvidenceFile[] = [
    { name: `rekap-${year}.html`, bytes: utf8(recapHtml(ctx.io, yearly)) },
    { name: `rekap-${year}.xlsx`, bytes: new Uint8Array(await recapXlsx(ctx.io, yearly)) },
    ...monthly.map((m: Recap) => ({ name: `bulanan/rekap-${m.period.from.slice(0, 7)}.html`, bytes: utf8(recapHtml(ctx.io, m)) })),
    {
      name: `laporan-${year}.csv`,
      bytes: utf8(
        csv(
          reports.length ? Object.keys(reports[0]!) : ['ticket'],
          reports.map((r) => Object.values(r)),
        ),
      ),
    },
    {
      name: `langkah-${year}.csv`,
      bytes: utf8(
        csv(
          ['ticket', 'step', 'at_local', 'officer', 'from_status', 'to_status'],
          steps.map((s) => [s.ticket, s.kind, localDateTimeOf(s.at, tz), s.officer, s.from_status, s.to_status]),
        ),
      ),
    },
  ];
  const sums = files.map((f) => ({ name: f.name, sha256: createHash('sha256').update(f.bytes).digest('hex'), bytes: f.bytes.length }));
  const manifest = { agency: yearly.agency, year, generated_at: yearly.generatedAt, period_rule: ctx.io.t('recap.html.rule'), files: sums };
  files.push({ name: 'manifest.json', bytes: utf8(`${JSON.stringify(manifest, null, 2)}\n`) });
  files.push({ name: 'SHA256SUMS', bytes: utf8(sums.map((s) => `${s.sha256}  ${s.name}\n`).join('')) });
  return files;
}

/** CSV with a BOM (Excel opens it as UTF-8); every cell typed by someone is guarded against formulas. */
function csv(header: readonly string[], rows: readonly (readonly (string | null)[])[]): string {
  const guarded = header.map(() => true);
  let text = `\uFEFF${encodeRow(header)}`;
  for (const row of rows) text += encodeRow(row, guarded);
  return text;
}
