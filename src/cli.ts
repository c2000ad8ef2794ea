import { Command, Option } from 'commander';
import type { AppContext } from './context.js';
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

export const version = '0.1.0';

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
  defineUnit(program, ctx);
  defineConfig(program, ctx);
  defineDb(program, ctx);
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
    outputError: (text, write) => write(ctx.io.chalk.red(text)),
  });
  for (const sub of command.commands) configure(sub, ctx);
}
