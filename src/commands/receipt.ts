/** `lapor receipt`: the citizen's receipt (tanda terima) of one report, as text or A4 HTML. */

import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { examples, requireReport } from './shared.js';
import { RECEIPT_WIDTH } from '../io/receipt.js';
import { printReceipt, type ReceiptOptions } from './receipt-output.js';

export function defineReceipt(program: Command, ctx: AppContext): void {
  const { t } = ctx.io;
  program
    .command('receipt')
    .description(t('help.receipt'))
    .argument('<ticket>', t('help.arg.ticket'))
    .option('--html', t('help.opt.receiptHtml'))
    .option('--out <file>', t('help.opt.receiptOut'))
    .option('--force', t('help.opt.receiptForce'))
    .option('--width <n>', t('help.opt.receiptWidth'), String(RECEIPT_WIDTH))
    .addHelpText('after', examples(ctx, 'help.receipt.examples'))
    .action(async (ticket: string, opts: ReceiptOptions) => printReceipt(ctx, await requireReport(ctx, ticket), opts));
}
