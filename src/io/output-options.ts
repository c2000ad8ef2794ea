/** --format: one owner for the read, lifecycle and run sets of output formats. */

import { Option } from 'commander';
import type { IO } from './io.js';
import type { MessageKey } from './messages/index.js';
import { UsageError } from '../errors.js';

/**
 * The one owner of `--format`, for every command but `lapor export` (whose --format is a file
 * format with its own list). Three sets:
 * - read commands (list, show, due, history, status...): table | json | csv;
 * - lifecycle verbs (verify, assign, ... reopen, close): text | json, the change as a sentence on
 *   stderr or as one JSON object on stdout;
 * - runs (sync push/pull/run, import): text | json, a summary for a person or for a cron job.
 * An unknown value is refused while the command line is read (exit 2, naming the allowed values
 * in the user's language), before anything is opened or changed.
 */
export const readFormats = ['table', 'json', 'csv'] as const;
export type ReadFormat = (typeof readFormats)[number];
export const resultFormats = ['text', 'json'] as const;
export type ResultFormat = (typeof resultFormats)[number];

export function checkFormat<T extends string>(value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError('error.badFormat', { value, allowed: allowed.join(', ') });
}

/**
 * `--format <format>` limited to `allowed`. commander's .choices() lists them in --help; the parser
 * replaces its English-only refusal by ours (a thrown AppError leaves commander as it is).
 */
export function formatOption(io: IO, allowed: readonly string[], help: MessageKey = 'help.opt.format'): Option {
  return new Option('--format <format>', io.t(help)).choices(allowed).argParser((value: string) => checkFormat(value, allowed));
}

/** Table on a terminal, JSON when piped, unless --format says otherwise (like gh). */
export function readFormat(io: IO, flag: string | undefined): ReadFormat {
  if (flag === undefined) return io.stdoutIsTTY ? 'table' : 'json';
  return checkFormat(flag, readFormats);
}

/** Text (a sentence for a person) unless --format json. */
export function resultFormat(flag: string | undefined): ResultFormat {
  return flag === undefined ? 'text' : checkFormat(flag, resultFormats);
}
