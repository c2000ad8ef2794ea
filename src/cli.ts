/** The commander tree; exitOverride and configureOutput route everything through ctx.io. */

import { Command, Help, Option } from 'commander';
import { loadContextParts, type AppContext } from './context.js';
import { visible } from './io/safe-text.js';
import { commanderError, helpTexts, usageWords } from './io/commander-text.js';
import { version } from './version.js';
import { commandList, namesOf, type CommandEntry } from './command-list.js';

/** Global options that take a value: the word after them is no command name. */
const VALUED = new Set(['--db', '--lang', '--as']);

/** The top-level command argv names, if any: its first word that is not an option; `help X` names X. */
export function commandNamed(argv: readonly string[]): string | undefined {
  const words: string[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (VALUED.has(arg)) i++;
    else if (!arg.startsWith('-')) words.push(arg);
  }
  return words[0] === 'help' ? words[1] : words[0];
}

/**
 * The command argv runs, as `lapor --help` would be asked for it (`lapor sync push`): after a usage
 * error, the help to point to. Options and their values are skipped; the first word that is no
 * subcommand of the command so far ends it.
 */
export function commandPath(program: Command, argv: readonly string[]): string {
  const names = [program.name()];
  let current = program;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (VALUED.has(arg)) i++;
    if (arg.startsWith('-')) continue;
    const sub = current.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (!sub) break;
    names.push(sub.name());
    current = sub;
  }
  return names.join(' ');
}

/**
 * The commander tree. Output goes through ctx.io; usage errors surface as exceptions for main.ts.
 * Given the run's argv, only the command it names is declared in full (its module imported); the
 * others are listed from command-list.ts. Without argv (docs, completion) every command is declared.
 */
export async function buildProgram(ctx: AppContext, argv?: readonly string[]): Promise<Command> {
  const program = root(ctx);
  const named = argv && commandNamed(argv);
  const full = argv === undefined || named === 'completion';
  const defines = await Promise.all(commandList.map((entry) => (full || namesOf(entry).includes(named ?? '') ? entry.load() : undefined)));
  const terms = new Map<Command, string>();
  commandList.forEach((entry, i) => {
    const define = defines[i];
    if (define) define(program, ctx);
    else terms.set(listed(program, entry, ctx), entry.term);
  });
  // commander lists a command as name, alias, [options] and arguments: a listed-only one has none of these.
  // Added to the language's help texts (configure() set them): a listed term gets their usage words too.
  const texts = helpTexts(ctx.io);
  program.configureHelp({
    ...texts,
    subcommandTerm(this: Help, command: Command) {
      const listedTerm = terms.get(command);
      return listedTerm === undefined ? texts.subcommandTerm!.call(this, command) : usageWords(ctx.io, listedTerm);
    },
  });
  for (const command of program.commands) configure(command, ctx);
  return program;
}

/** A command this run does not use: its name, aliases and description, enough for help and suggestions. */
function listed(program: Command, entry: CommandEntry, ctx: AppContext): Command {
  const [name, ...aliases] = namesOf(entry);
  return program.command(name!).aliases(aliases).description(ctx.io.t(entry.help));
}

/** The program itself: its description and global options, and the hook every action passes. */
function root(ctx: AppContext): Command {
  const { io } = ctx;
  const program = new Command('lapor');
  program
    .description(io.t('help.program'))
    .version(version, '-V, --version', io.t('help.opt.version'))
    .addOption(new Option('--db <path>', io.t('help.opt.db')))
    .addOption(new Option('--lang <lang>', io.t('help.opt.lang')).choices(['en', 'id']))
    .option('--no-color', io.t('help.opt.noColor'))
    .option('--as <name>', io.t('help.opt.as'))
    .option('--debug', io.t('help.opt.debug'))
    .helpOption('-h, --help', io.t('help.opt.help'))
    .helpCommand('help [command]', io.t('help.opt.help'))
    .showSuggestionAfterError(true)
    .addHelpText('after', `\n${io.t('help.program.after')}`);
  program.hook('preAction', async (_program, action) => {
    Object.assign(ctx.global, action.optsWithGlobals());
    await loadContextParts();
  });
  configure(program, ctx);
  return program;
}

/**
 * Every (sub)command writes through ctx.io, in the user's language (help headings and commander's
 * own errors too, io/commander-text.ts), and throws instead of exiting, so main.ts maps codes.
 */
export function configure(command: Command, ctx: AppContext): void {
  command.exitOverride();
  command.configureOutput({
    writeOut: (text) => void ctx.io.streams.stdout.write(text),
    writeErr: (text) => void ctx.io.streams.stderr.write(text),
    // commander's errors quote the user's arguments (`--as $'\x1b[2J'`): shown, not interpreted.
    outputError: (text, write) => write(ctx.io.chalk.red(visible(commanderError(ctx.io, text), { newlines: true }))),
  });
  command.configureHelp(helpTexts(ctx.io));
  for (const sub of command.commands) configure(sub, ctx);
}
