/** commander's own texts (help headings, usage placeholders, option extras, usage errors) in the user's language. */

import { Help, type HelpConfiguration } from 'commander';
import type { IO } from './io.js';
import type { MessageKey } from './messages/index.js';

type Params = Record<string, string | number>;

const titles: Record<string, MessageKey> = {
  'Usage:': 'help.title.usage',
  'Arguments:': 'help.title.arguments',
  'Options:': 'help.title.options',
  'Global Options:': 'help.title.globalOptions',
  'Commands:': 'help.title.commands',
};

/** `[options]` and `[command]` in usage lines and command lists; argument names stay as declared. */
export function usageWords(io: IO, text: string): string {
  return text.replaceAll('[options]', io.t('help.usage.options')).replaceAll('[command]', io.t('help.usage.command'));
}

/** commander appends `(choices: "a", "b", default: x)` to a description: the words of that suffix, translated. */
function extras(io: IO, full: string, description: string): string {
  if (full === description || !full.startsWith(description)) return full;
  const suffix = full
    .slice(description.length)
    .replace(/\bchoices: ("[^"]*"(?:, "[^"]*")*)/, (_w, values: string) => io.t('help.extra.choices', { values }))
    .replace(/\bdefault: ([^,)]*)/, (_w, value: string) => io.t('help.extra.default', { value }))
    .replace(/\bpreset: ([^,)]*)/, (_w, value: string) => io.t('help.extra.preset', { value }))
    .replace(/\benv: ([^,)]*)/, (_w, name: string) => io.t('help.extra.env', { name }));
  return description + suffix;
}

/** Overrides of commander's Help that put its fixed words in the user's language. */
export function helpTexts(io: IO): HelpConfiguration {
  return {
    styleTitle: (title) => (titles[title] ? io.t(titles[title]) : title),
    // The terms, not their styles: commander pads the columns by the terms' lengths.
    commandUsage(command) {
      return usageWords(io, Help.prototype.commandUsage.call(this, command));
    },
    subcommandTerm(command) {
      return usageWords(io, Help.prototype.subcommandTerm.call(this, command));
    },
    optionDescription(option) {
      return extras(io, Help.prototype.optionDescription.call(this, option), option.description);
    },
    argumentDescription(argument) {
      return extras(io, Help.prototype.argumentDescription.call(this, argument), argument.description);
    },
  };
}

/** commander's error messages (commander 14), recognised by their English text. */
const errors: [RegExp, MessageKey, (m: RegExpMatchArray, io: IO) => Params][] = [
  [/^error: unknown option '(.*)'$/s, 'commander.unknownOption', (m) => ({ flag: m[1]! })],
  [/^error: unknown command '(.*)'$/s, 'commander.unknownCommand', (m) => ({ name: m[1]! })],
  [/^error: missing required argument '(.*)'$/s, 'commander.missingArgument', (m) => ({ name: m[1]! })],
  [/^error: option '(.*)' argument missing$/s, 'commander.optionMissingArgument', (m) => ({ flag: m[1]! })],
  [/^error: required option '(.*)' not specified$/s, 'commander.missingMandatoryOptionValue', (m) => ({ flag: m[1]! })],
  [
    /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/s,
    'commander.excessArgumentsFor',
    (m) => ({ command: m[1]!, expected: Number(m[2]), got: Number(m[3]) }),
  ],
  [
    /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/s,
    'commander.excessArguments',
    (m) => ({ expected: Number(m[1]), got: Number(m[2]) }),
  ],
  [
    /^error: ((?:option|environment variable) '.*') cannot be used with ((?:option|environment variable) '.*')$/s,
    'commander.conflictingOption',
    (m, io) => ({ first: optionName(io, m[1]!), second: optionName(io, m[2]!) }),
  ],
];

/** commander's invalid-value errors end with the parser's reason, e.g. "Allowed choices are a, b." */
const invalidValue: [RegExp, MessageKey, (m: RegExpMatchArray) => Params][] = [
  [/^error: option '(.*)' argument '(.*)' is invalid\.(?: (.*))?$/s, 'commander.invalidOptionArgument', (m) => ({ flag: m[1]!, value: m[2]! })],
  [/^error: command-argument value '(.*)' is invalid for argument '(.*)'\.(?: (.*))?$/s, 'commander.invalidArgument', (m) => ({ value: m[1]!, name: m[2]! })],
];

function optionName(io: IO, text: string): string {
  const option = /^option '(.*)'$/s.exec(text);
  if (option) return io.t('commander.option', { flag: option[1]! });
  return io.t('commander.envVariable', { name: text.replace(/^environment variable '(.*)'$/s, '$1') });
}

function reason(io: IO, text: string | undefined): string {
  if (!text) return '';
  const choices = /^Allowed choices are (.*)\.$/s.exec(text);
  return ` ${choices ? io.t('commander.allowedChoices', { values: choices[1]! }) : text}`;
}

/** A "(Did you mean ...?)" line after an unknown option or command. */
function suggestion(io: IO, text: string): string {
  const many = /^\(Did you mean one of (.*)\?\)$/s.exec(text);
  if (many) return io.t('commander.didYouMeanOneOf', { candidates: many[1]! });
  const one = /^\(Did you mean (.*)\?\)$/s.exec(text);
  return one ? io.t('commander.didYouMean', { candidates: one[1]! }) : text;
}

/** One of commander's error messages in the user's language; an unknown one is passed on as it is. */
export function commanderError(io: IO, text: string): string {
  const ending = text.endsWith('\n') ? '\n' : '';
  const [first = '', ...rest] = text.slice(0, text.length - ending.length).split('\n');
  const after = rest.map((line) => `\n${suggestion(io, line)}`).join('');
  for (const [pattern, key, params] of errors) {
    const m = pattern.exec(first);
    if (m) return io.t(key, params(m, io)) + after + ending;
  }
  for (const [pattern, key, params] of invalidValue) {
    const m = pattern.exec(first);
    if (m) return io.t(key, params(m)) + reason(io, m[3]) + after + ending;
  }
  return text;
}
