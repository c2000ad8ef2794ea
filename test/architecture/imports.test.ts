import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

/*
 * The layering rules of docs/ARCHITECTURE.md that a type checker does not see: no command imports
 * another command (helpers beside them are fine), app/ imports no command, io/ imports nothing
 * above it, nothing imports cli.ts.
 */

const src = path.join(repoRoot, 'src');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Relative imports (static, re-exports and dynamic) of a file, as absolute .ts paths. */
function importsOf(file: string, { values = false } = {}): string[] {
  const all = fs.readFileSync(file, 'utf8');
  // `import type` names a data shape and loads nothing; with `values` only loading imports count.
  const text = values ? all.replace(/^import type [^;]+;$/gm, '') : all;
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => path.resolve(path.dirname(file), s).replace(/\.js$/, '.ts'));
}

const rel = (file: string) => path.relative(src, file);

describe('layering', () => {
  const commandFiles = filesUnder(path.join(src, 'commands'));
  const defining = commandFiles.filter((f) => /\.command\(/.test(fs.readFileSync(f, 'utf8')));
  // A verb whose body is loaded lazily (sync/*.ts) is a command too (the formatter may break the
  // `.action(` call before the import: one line break is allowed).
  // A verb body loaded lazily by the file that declares it (sync/index.ts -> sync/push.ts) is a
  // command too; that declaring file is the one allowed to import it.
  const lazyEdges = defining.flatMap((f) =>
    [...fs.readFileSync(f, 'utf8').matchAll(/\.action\((?:[^\n]*\n)?[^\n]*import\('(\.[^']+)'\)/g)].map((m) => ({
      from: f,
      to: path.resolve(path.dirname(f), m[1]!).replace(/\.js$/, '.ts'),
    })),
  );
  const commands = new Set([...defining, ...lazyEdges.map((e) => e.to).filter((f) => f.startsWith(path.join(src, 'commands')))]);
  const declares = (from: string, to: string) => lazyEdges.some((e) => e.from === from && e.to === to);

  it('knows the commands (sanity check of the scan)', () => {
    expect([...commands].map(rel)).toEqual(
      expect.arrayContaining(['commands/report/add.ts', 'commands/workflow/verify.ts', 'commands/sync/push.ts', 'commands/config.ts']),
    );
  });

  it('no command imports another command', () => {
    const offending = commandFiles.flatMap((f) =>
      importsOf(f)
        .filter((i) => i !== f && commands.has(i) && !declares(f, i))
        .map((i) => `${rel(f)} -> ${rel(i)}`),
    );
    expect(offending).toEqual([]);
  });

  it('app/ imports no command, io/ loads nothing of app, commands, store, transfer or sync, and nothing imports cli.ts', () => {
    const bad = (dir: string, forbidden: string[], values = false) =>
      filesUnder(path.join(src, dir)).flatMap((f) =>
        importsOf(f, { values })
          .filter((i) => forbidden.some((d) => rel(i).startsWith(d)))
          .map((i) => `${rel(f)} -> ${rel(i)}`),
      );
    expect(bad('app', ['commands/', 'cli.ts'])).toEqual([]);
    // io renders what use cases return: it may name their result types, never load them.
    expect(bad('io', ['app/', 'commands/', 'store/', 'transfer/', 'sync/', 'cli.ts'], true)).toEqual([]);
    const cliImporters = filesUnder(src)
      .filter((f) => importsOf(f).includes(path.join(src, 'cli.ts')))
      .map(rel);
    expect(cliImporters).toEqual(['main.ts']);
  });
});
