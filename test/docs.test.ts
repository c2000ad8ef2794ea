/** The generated parts of README.md and docs/ARCHITECTURE.md match the code (`npm run docs` rewrites them). */

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, headerOf, renderCommandTable, replaceBetween } from '../docs/generate.js';
import { buildProgram } from '../src/cli.js';
import { createIO } from '../src/io/io.js';
import { createContext } from '../src/context.js';

const root = path.resolve(import.meta.dirname, '..');

describe('generated docs', () => {
  it('README.md and docs/ARCHITECTURE.md are what `npm run docs` writes', async () => {
    for (const { file, text } of await generate({ buildProgram, createIO, createContext }, root)) {
      // On failure: run `npm run docs` and commit the result.
      expect(fs.readFileSync(path.join(root, file), 'utf8'), `${file} is stale: run npm run docs`).toBe(text);
    }
  });

  it('the command table lists every command of the tree once', async () => {
    const { englishProgram } = await import('../docs/generate.js');
    const program = await englishProgram({ buildProgram, createIO, createContext });
    const table = renderCommandTable(program);
    const names = program.commands.map((c) => c.name()).filter((n) => n !== 'help');
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) expect(table.match(new RegExp(`^\\| \`lapor ${name}\\b`, 'gm'))).toHaveLength(1);
    expect(table).toContain('| `lapor attach TICKET FILE...` |');
    expect(table).toContain('| `lapor unit add\\|list\\|edit` |');
  });
});

describe('headerOf', () => {
  it('takes the first sentence of a leading comment followed by a blank line or the imports', () => {
    expect(headerOf('/** The retry policy, pure. Details follow. */\n\nexport const x = 1;\n')).toBe('The retry policy, pure');
    expect(headerOf('/**\n * Two lines, e.g. this\n * one. More.\n */\nimport fs from "node:fs";\n')).toBe('Two lines, e.g. this one');
    expect(headerOf('#!/usr/bin/env node\n// A script.\nimport x from "y";\n')).toBe('A script');
  });

  it('ignores a comment that documents the first declaration, and files without one', () => {
    expect(headerOf('/** Documents the class. */\nexport class A {}\n')).toBeUndefined();
    expect(headerOf('import fs from "node:fs";\n/** Later. */\n\nexport const x = 1;\n')).toBeUndefined();
  });
});

describe('replaceBetween', () => {
  it('replaces only what stands between the markers, and refuses text without them', () => {
    const text = 'a\n<!-- t:start: note -->\nold\n<!-- t:end -->\nb\n';
    expect(replaceBetween(text, 't', 'new')).toBe('a\n<!-- t:start: note -->\nnew\n<!-- t:end -->\nb\n');
    expect(() => replaceBetween('no markers', 't', 'x')).toThrow(/markers/);
  });
});
