/** The lazy command tree: what command-list.ts says of each command matches its real declaration. */

import { PassThrough } from 'node:stream';
import { Help, type Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, commandNamed } from '../../src/cli.js';
import { commandList, namesOf } from '../../src/command-list.js';
import { createContext } from '../../src/context.js';
import { createIO } from '../../src/io/io.js';
import type { Lang } from '../../src/io/messages/index.js';
import { run } from '../helpers/cli.js';

async function program(lang: Lang, argv?: string[]): Promise<Command> {
  const streams = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
  const io = createIO({ streams, env: {}, lang, noColorFlag: true });
  return buildProgram(await createContext({ io, env: {}, global: {} }), argv);
}

describe('command-list.ts', () => {
  it('lists every top-level command, in order, with the term and description of its declaration', async () => {
    const full = await program('en');
    const real = full.commands.filter((c) => c.name() !== 'help');
    expect(real.map((c) => c.name())).toEqual(commandList.map((e) => namesOf(e)[0]));
    const listed = await program('en', ['--help']);
    const help = new Help();
    for (const [i, entry] of commandList.entries()) {
      expect(help.subcommandTerm(real[i]!), `term of ${real[i]!.name()}`).toBe(entry.term);
      expect(listed.commands[i]!.description(), `description of ${entry.term}`).toBe(real[i]!.description());
    }
  });

  it('lapor --help from the listed-only tree is the help of the full tree, in both languages', async () => {
    for (const lang of ['en', 'id'] as const) {
      const { stdout, code } = await run(['--lang', lang, '--help']);
      expect(code).toBe(0);
      // helpInformation() is all but the text added after it (the same in both trees).
      const fullHelp = (await program(lang)).helpInformation();
      expect(stdout.slice(0, fullHelp.length)).toBe(fullHelp);
    }
  });

  it('declares in full only the command a run names', async () => {
    const lazy = await program('en', ['--db', 'x.db', 'list', '--limit', '5']);
    const options = (name: string) => lazy.commands.find((c) => c.name() === name)!.options.length;
    expect(options('list')).toBeGreaterThan(2);
    expect(options('add')).toBe(0);
  });
});

describe('commandNamed', () => {
  it('skips global options and their values, and reads through `help`', () => {
    expect(commandNamed(['--db', 'list', 'show', 'X'])).toBe('show');
    expect(commandNamed(['--lang=id', '--as', 'Budi', 'add', '--no-input'])).toBe('add');
    expect(commandNamed(['help', 'sync'])).toBe('sync');
    expect(commandNamed(['--help'])).toBeUndefined();
    expect(commandNamed(['--', 'list'])).toBeUndefined();
  });
});
