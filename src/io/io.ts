/** The only door to the terminal: streams, colour decision, language. */

import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang, MessageKey } from './messages/index.js';
import { translate, translateOr } from './messages/index.js';
import { visible, visibleKeepingColour } from './safe-text.js';

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
  /** Columns tables and records are drawn to; undefined when stdout is not a terminal (see widthOf). */
  readonly width: number | undefined;
  /** A message in the user's language; every parameter shown through visible(). */
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** A key built from data (e.g. a stored status): its message when the catalog has one, else the fallback (shown through visible()). */
  tOr(key: string, fallback: string, params?: Record<string, string | number>): string;
  /** Writes data (not a message) to stdout. C0 controls other than line feed and tab are shown, not written. */
  out(text: string): void;
  /** Writes a line for a person to stderr. */
  say(key: MessageKey, params?: Record<string, string | number>): void;
  warn(key: MessageKey, params?: Record<string, string | number>): void;
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

/**
 * The width tables fit: COLUMNS when set to a number (a script, a test, a person who wants another
 * width), else the terminal's columns. Piped output has no width, so nothing is cut: a file or grep
 * gets every character (`--format csv` or `json` are the forms meant for programs anyway).
 */
export function widthOf(env: NodeJS.ProcessEnv, stdout: WritableLike): number | undefined {
  const forced = /^\d+$/.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : undefined;
  const columns = forced ?? (stdout.isTTY === true && stdout.columns ? stdout.columns : undefined);
  // Below 20 columns nothing is readable; draw as if there were 20 rather than nothing at all.
  return columns === undefined ? undefined : Math.max(20, columns);
}

export function createIO(opts: IOOptions): IO {
  const { streams, env, lang } = opts;
  const stdoutIsTTY = streams.stdout.isTTY === true;
  const stderrIsTTY = streams.stderr.isTTY === true;
  const color = decideColor(env, opts.noColorFlag, stdoutIsTTY || stderrIsTTY);
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params && visibleParams(params));
  // The backstop of every write: our colours pass, any other escape sequence is shown (safe-text.ts).
  const write = (stream: WritableLike, text: string) => void stream.write(visibleKeepingColour(text.endsWith('\n') ? text : `${text}\n`, { stream: true }));
  return {
    streams,
    lang,
    color,
    chalk,
    stdoutIsTTY,
    stderrIsTTY,
    // Asked on use: the first look at process.stdin builds its stream, which `lapor list` never reads.
    get stdinIsTTY() {
      return streams.stdin.isTTY === true;
    },
    get interactive() {
      return stderrIsTTY && streams.stdin.isTTY === true;
    },
    width: widthOf(env, streams.stdout),
    t,
    tOr: (key, fallback, params) => translateOr(lang, key, visible(fallback), params && visibleParams(params)),
    out: (text) => write(streams.stdout, text),
    say: (key, params) => write(streams.stderr, t(key, params)),
    warn: (key, params) => write(streams.stderr, chalk.yellow(t('problem.warning', { message: t(key, params) }))),
    err: (text) => write(streams.stderr, text),
  };
}

/** Message parameters are values from outside (names, cells, server text): shown, never interpreted. */
function visibleParams(params: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) out[name] = typeof value === 'string' ? visible(value) : value;
  return out;
}
