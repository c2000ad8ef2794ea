/** Printing a receipt: shared by `lapor receipt` and `lapor add --receipt`. */

import type { AppContext } from '../context.js';
import { parseCount } from './shared.js';
import { buildReceipt } from '../app/receipt.js';
import { receiptHtml, receiptText, RECEIPT_WIDTH } from '../io/receipt.js';
import { safeWrite } from '../files/safe-file.js';
import { writeGuards } from './file-guards.js';
import type { StoredReport } from '../domain/report-record.js';

export interface ReceiptOptions {
  html?: boolean;
  out?: string;
  width?: string;
  force?: boolean;
}

/** Renders the receipt of a stored report and sends it to standard output or --out. */
export function printReceipt(ctx: AppContext, report: StoredReport, opts: ReceiptOptions): void {
  const { io } = ctx;
  const width = parseCount('--width', opts.width, 24, 120) ?? RECEIPT_WIDTH;
  const receipt = buildReceipt(ctx, report);
  if (!receipt.agency.name) io.say('receipt.noAgencyName');
  const body = opts.html ? receiptHtml(io, receipt) : receiptText(io, receipt, width);
  if (!opts.out) return io.out(body);
  const file = safeWrite(opts.out, { replace: opts.force ? 'force' : 'never', guards: writeGuards(ctx) });
  try {
    file.write(body);
    io.say('receipt.written', { ticket: report.ticket, file: file.commit() });
  } finally {
    file.abort();
  }
}
