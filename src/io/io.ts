/** The only door to the terminal: streams, colour decision, language. */

import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from './messages/index.js';
import { translate } from './messages/index.js';

export interface WritableLike {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Streams {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: WritableLike;
  stderr: WritableLike;
}

/**
 * The only door to the terminal. Data goes to stdout, everything meant for a
 * person (messages, prompts, progress) to stderr. Colour is decided once here
 * because chalk ignores NO_COLOR on a terminal and cli-table3 colours piped
 * output unless told otherwise.
 */
export interface IO {
  readonly streams: Streams;
  readonly lang: Lang;
  readonly color: boolean;
  readonly chalk: ChalkInstance;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  /** True when prompting is possible: stdin and stderr are terminals. */
  readonly interactive: boolean;
  t(key: string, params?: Record<string, string | number>): string;
  /** Writes data (not a message) to stdout. */
  out(text: string): void;
  /** Writes a line for a person to stderr. */
  say(key: string, params?: Record<string, string | number>): void;
  warn(key: string, params?: Record<string, string | number>): void;
  /** Writes already-formatted text to stderr. */
  err(text: string): void;
}

export interface IOOptions {
  streams: Streams;
  env: NodeJS.ProcessEnv;
  lang: Lang;
  noColorFlag: boolean;
}

export function decideColor(env: NodeJS.ProcessEnv, noColorFlag: boolean, isTTY: boolean): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

export function createIO(opts: IOOptions): IO {
  const { streams, env, lang } = opts;
  const stdoutIsTTY = streams.stdout.isTTY === true;
  const stderrIsTTY = streams.stderr.isTTY === true;
  const stdinIsTTY = streams.stdin.isTTY === true;
  const color = decideColor(env, opts.noColorFlag, stdoutIsTTY || stderrIsTTY);
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  return {
    streams,
    lang,
    color,
    chalk,
    stdoutIsTTY,
    stderrIsTTY,
    stdinIsTTY,
    interactive: stdinIsTTY && stderrIsTTY,
    t,
    out: (text) => void streams.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    say: (key, params) => void streams.stderr.write(`${t(key, params)}\n`),
    warn: (key, params) =>
      void streams.stderr.write(`${chalk.yellow(t('problem.warning', { message: t(key, params) }))}\n`),
    err: (text) => void streams.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  };
}
