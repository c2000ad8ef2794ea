/** The commander tree; exitOverride and configureOutput route everything through ctx.io. */

import { Command, Option } from 'commander';
import type { AppContext } from './context.js';
import { visible } from './io/safe-text.js';
import { version } from './version.js';
import { defineInit } from './commands/init.js';
import { defineConfig } from './commands/config.js';
import { defineDb } from './commands/db.js';
import { defineAdd } from './commands/report/add.js';
import { defineShow } from './commands/report/show.js';
import { defineList } from './commands/report/list.js';
import { defineEdit } from './commands/report/edit.js';
import { defineHistory } from './commands/report/history.js';
import { defineUnit } from './commands/unit.js';
import { defineCompletion } from './commands/completion.js';
import { defineOfficer } from './commands/officer.js';
import { defineHoliday } from './commands/holiday.js';
import { defineAttach } from './commands/attach.js';
import { defineExport } from './commands/export.js';
import { defineImport } from './commands/import.js';
import { defineVerify } from './commands/workflow/verify.js';
import { defineAssign } from './commands/workflow/assign.js';
import { defineRespond } from './commands/workflow/respond.js';
import { defineFollowup } from './commands/workflow/followup.js';
import { defineReply } from './commands/workflow/reply.js';
import { defineClose } from './commands/workflow/close.js';
import { defineReject } from './commands/workflow/reject.js';
import { defineForward } from './commands/workflow/forward.js';
import { defineReopen } from './commands/workflow/reopen.js';
import { defineDue } from './commands/workflow/due.js';
import { defineSync } from './commands/sync/index.js';
import { defineRecap } from './commands/recap.js';
import { defineAudit } from './commands/audit.js';

/** The commander tree. Output goes through ctx.io; usage errors surface as exceptions for main.ts. */
export function buildProgram(ctx: AppContext): Command {
  const { io } = ctx;
  const program = new Command('lapor');
  program
    .description(io.t('help.program'))
    .version(version, '-V, --version')
    .addOption(new Option('--db <path>', io.t('help.opt.db')))
    .addOption(new Option('--lang <lang>', io.t('help.opt.lang')).choices(['en', 'id']))
    .option('--no-color', io.t('help.opt.noColor'))
    .option('--as <name>', io.t('help.opt.as'))
    .option('--debug', io.t('help.opt.debug'))
    .helpOption('-h, --help', io.t('help.opt.help'))
    .helpCommand('help [command]', io.t('help.opt.help'))
    .showSuggestionAfterError(true)
    .addHelpText('after', `\n${io.t('help.program.after')}`);
  program.hook('preAction', (_program, action) => {
    Object.assign(ctx.global, action.optsWithGlobals());
  });
  configure(program, ctx);

  defineInit(program, ctx);
  defineAdd(program, ctx);
  defineShow(program, ctx);
  defineList(program, ctx);
  defineEdit(program, ctx);
  defineHistory(program, ctx);
  defineVerify(program, ctx);
  defineAssign(program, ctx);
  defineRespond(program, ctx);
  defineFollowup(program, ctx);
  defineReply(program, ctx);
  defineClose(program, ctx);
  defineReject(program, ctx);
  defineForward(program, ctx);
  defineReopen(program, ctx);
  defineDue(program, ctx);
  defineRecap(program, ctx);
  defineAudit(program, ctx);
  defineUnit(program, ctx);
  defineOfficer(program, ctx);
  defineHoliday(program, ctx);
  defineAttach(program, ctx);
  defineConfig(program, ctx);
  defineDb(program, ctx);
  defineExport(program, ctx);
  defineImport(program, ctx);
  defineSync(program, ctx);
  defineCompletion(program, ctx);

  for (const command of program.commands) configure(command, ctx);
  return program;
}

/** Every (sub)command writes through ctx.io and throws instead of exiting, so main.ts maps codes. */
export function configure(command: Command, ctx: AppContext): void {
  command.exitOverride();
  command.configureOutput({
    writeOut: (text) => void ctx.io.streams.stdout.write(text),
    writeErr: (text) => void ctx.io.streams.stderr.write(text),
    // commander's errors quote the user's arguments (`--as $'\x1b[2J'`): shown, not interpreted.
    outputError: (text, write) => write(ctx.io.chalk.red(visible(text, { newlines: true }))),
  });
  for (const sub of command.commands) configure(sub, ctx);
}
