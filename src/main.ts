/** runCli(argv, deps): builds io and context, runs commander, maps errors to exit codes. */

import { AppError, ExitCode, UsageError } from './errors.js';
import { createIO, type IO, type Streams } from './io/io.js';
import { classifySystemError } from './files/system-errors.js';
import { resolveLang } from './io/messages/index.js';
import { problemParams } from './io/labels.js';
import type { Prompter } from './io/prompter.js';
import { createContext, type GlobalOptions } from './context.js';
import { buildProgram, commandPath } from './cli.js';
import type { Command } from 'commander';
import type { FieldProblem } from './domain/problems.js';
import type { SyncRuntime } from './sync/runtime.js';

export interface RunDeps {
  streams: Streams;
  env: NodeJS.ProcessEnv;
  clock?: () => Date;
  /** Tests replace the sync's sleep, jitter or transport; production passes nothing. */
  runtime?: Partial<SyncRuntime>;
  prompter?: Prompter;
}

/** Reads the options that shape messages before commander runs, so even its errors speak the right language. */
function prescan(argv: readonly string[]): { lang?: string; noColor: boolean; debug: boolean } {
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') lang = argv[i + 1];
    else if (arg.startsWith('--lang=')) lang = arg.slice(7);
  }
  return { lang, noColor: argv.includes('--no-color'), debug: argv.includes('--debug') };
}

/** Runs one CLI invocation and returns its exit code. Tests call this in-process. */
export async function runCli(argv: readonly string[], deps: RunDeps): Promise<number> {
  const pre = prescan(argv);
  const langOk = pre.lang === undefined || ['en', 'id'].includes(pre.lang.toLowerCase());
  const io = createIO({ streams: deps.streams, env: deps.env, lang: resolveLang(langOk ? pre.lang : undefined, deps.env), noColorFlag: pre.noColor });
  if (!langOk) return report(io, new UsageError('error.badLang', { value: pre.lang ?? '' }), pre.debug);

  const global: GlobalOptions = {};
  const ctx = await createContext({ io, env: deps.env, clock: deps.clock, runtime: deps.runtime, prompter: deps.prompter, global });
  let program: Command | undefined;
  try {
    program = await buildProgram(ctx, argv);
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    return report(io, error, pre.debug, program ? commandPath(program, argv) : 'lapor');
  } finally {
    ctx.close();
  }
}

/** The error's message and exit code; `command` is whose --help a usage error points to. */
function report(io: IO, error: unknown, debug: boolean, command = 'lapor'): number {
  const commanderCode = (error as { code?: string }).code;
  if (typeof commanderCode === 'string' && commanderCode.startsWith('commander.')) {
    // Commander already printed its message; help and version are not failures.
    if (['commander.helpDisplayed', 'commander.version', 'commander.help', 'commander.executeSubCommandAsync'].includes(commanderCode)) {
      return ExitCode.ok;
    }
    io.err(io.t('error.seeHelp', { command }));
    return ExitCode.usage;
  }
  // Conditions of the machine (disk full, permissions, a busy or damaged database) get clear messages.
  const known = classifySystemError(error);
  if (known && known !== error) return report(io, known, debug, command);
  if (error instanceof AppError) {
    io.err(io.chalk.red(io.t(error.key, error.params)));
    const problems = (error as { problems?: readonly FieldProblem[] }).problems;
    for (const p of problems ?? []) io.err(io.t('problem.line', { message: io.t(p.code, problemParams(io, p)) }));
    if (debug && error.stack) io.err(error.stack);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(io.chalk.red(io.t('error.internal', { message })));
  if (debug && error instanceof Error && error.stack) io.err(error.stack);
  return ExitCode.internal;
}

/** Entry point of bin/lapor.cjs. */
export async function main(argv: readonly string[]): Promise<number> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // `lapor list | head` closes the pipe early: that is not a failure.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // process.stdin is a getter that builds a stream (~10 ms): only commands that read or prompt pay it.
  const streams = {
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
  };
  return runCli(argv, { streams, env: process.env });
}
