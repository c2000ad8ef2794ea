/** Prompts through inquirer, loaded lazily; tests script them. */

import { Writable } from 'node:stream';
import { CancelledError } from '../errors.js';
import type { Streams } from './io.js';
import { visible } from './safe-text.js';
import { translate, type Lang } from './messages/index.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

/** What commands may ask a person. Implemented by inquirer on a terminal and by a script in tests. */
export interface Prompter {
  input(opts: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  select<T>(opts: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  confirm(opts: { message: string; default?: boolean }): Promise<boolean>;
}

/**
 * inquirer pipes into its output and ends it after each prompt; Node spares
 * process.stderr from that, but not any other stream, so the next message or
 * prompt would fail with "write after end".
 */
function unendingOutput(target: Streams['stderr']): NodeJS.WritableStream {
  const out = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      target.write(chunk.toString());
      done();
    },
    final(done) {
      done();
    },
  });
  return Object.assign(out, {
    isTTY: target.isTTY,
    get columns() {
      return target.columns ?? 80;
    },
  });
}

/** Choice labels are often stored names (units, officers, categories): shown, never interpreted. */
function visibleChoice<T>(choice: Choice<T>): Choice<T> {
  return { ...choice, name: visible(choice.name), ...(choice.description === undefined ? {} : { description: visible(choice.description) }) };
}

/** Yes and no as typed in either language ("y", "ya", "iya"; "n", "t", "tidak", "gak"); undefined when neither. */
function parseYesNo(answer: string): boolean | undefined {
  const word = answer.trim().toLowerCase();
  if (['y', 'ya', 'iya', 'yes'].includes(word)) return true;
  if (['n', 'no', 't', 'tidak', 'tdk', 'gak', 'nggak', 'enggak'].includes(word)) return false;
  return undefined;
}

/**
 * inquirer is loaded only when a command really asks something: it is the
 * heaviest dependency and most runs (scripts, lists) never prompt.
 * Prompts are drawn on stderr so stdout stays clean for data.
 */
export function createInquirerPrompter(streams: Streams, lang: Lang = 'en'): Prompter {
  // A fresh output per prompt: inquirer ends the one it was given.
  const context = () => ({ input: streams.stdin, output: unendingOutput(streams.stderr), clearPromptOnDone: false });
  const guard = async <T>(ask: () => Promise<T>): Promise<T> => {
    try {
      return await ask();
    } catch (error) {
      if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
        throw new CancelledError();
      }
      throw error;
    }
  };
  return {
    async input(opts) {
      const { input } = await import('@inquirer/prompts');
      // A default is a stored value: drawn visibly, and kept as it is when accepted unchanged.
      const shown = opts.default === undefined ? undefined : visible(opts.default);
      const keep = (answer: string) => (shown !== undefined && answer === shown ? opts.default! : answer);
      const validate = opts.validate && ((value: string) => opts.validate!(keep(value)));
      return keep(await guard(() => input({ message: opts.message, default: shown, validate }, context())));
    },
    async select<T>(opts: { message: string; choices: readonly Choice<T>[]; default?: T }) {
      const { select } = await import('@inquirer/prompts');
      return guard(() => select<T>({ message: opts.message, choices: opts.choices.map(visibleChoice), default: opts.default, pageSize: 12 }, context()));
    },
    async confirm(opts) {
      const { confirm, input } = await import('@inquirer/prompts');
      if (lang === 'en') return guard(() => confirm({ message: opts.message, default: opts.default }, context()));
      // inquirer's confirm knows only y/n and answers "Yes"/"No": in Indonesian, ya/tidak are typed.
      const answer = await guard(() =>
        input(
          {
            message: opts.message,
            default: translate(lang, opts.default === false ? 'common.no' : 'common.yes'),
            validate: (value) => parseYesNo(value) !== undefined || translate(lang, 'prompt.yesNo'),
          },
          context(),
        ),
      );
      return parseYesNo(answer)!;
    },
  };
}
