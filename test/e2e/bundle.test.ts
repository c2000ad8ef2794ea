/** bin/lapor.cjs runs the esbuild bundle (build.js): what the bundle must keep from the sources. */

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDb, tempDir } from '../helpers/cli.js';

const bin = path.join(repoRoot, 'bin', 'lapor.cjs');

function lapor(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: tempDir(), LANG: 'C', ...env } });
}

describe('the bundle behind bin/lapor.cjs', () => {
  it('--debug stack traces name the TypeScript sources (linked source maps)', () => {
    const r = lapor(['--debug', 'show', 'LAPOR-2026-000009'], { LAPOR_DB: tempDb() });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/\n\s+at .*src[\\/]commands[\\/]shared\.ts:\d+:\d+/);
  });

  it('a command with subcommands runs, and a typo gets a suggestion from the listed-only tree', () => {
    const db = tempDb();
    expect(lapor(['--db', db, 'config', 'list', '--format', 'json']).status).toBe(0);
    const unknown = lapor(['--db', db, 'lsit']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('list');
  });
});

describe('what the bundle loads at run time', () => {
  it('every file a source names by new URL(..., import.meta.url) exists in bundle/ (the import workers)', () => {
    const named = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith('.ts'))
          for (const m of fs.readFileSync(file, 'utf8').matchAll(/new URL\('\.\/([\w-]+\.js)', import\.meta\.url\)/g)) named.add(m[1]!);
      }
    };
    walk(path.join(repoRoot, 'src'));
    expect([...named].sort()).toEqual(['import-worker.js', 'xlsx-worker.js']);
    for (const file of named) expect(fs.existsSync(path.join(repoRoot, 'bundle', file)), file).toBe(true);
  });

  it('imports a CSV on the worker thread and a workbook through the sheet worker', () => {
    const db = tempDb();
    const csv = path.join(tempDir(), 'rows.csv');
    const rows = Array.from({ length: 30 }, (_, i) => `walk-in,Laporan nomor ${i},Uraian laporan yang cukup panjang ${i}`);
    fs.writeFileSync(csv, ['channel,title,description', ...rows].join('\n'));
    const imported = lapor(['import', csv, '--worker', 'always'], { LAPOR_DB: db });
    expect(imported.stderr).toContain('Stored 30');
    expect(imported.status).toBe(0);
    const xlsx = path.join(tempDir(), 'out.xlsx');
    expect(lapor(['export', '--out', xlsx], { LAPOR_DB: db }).status).toBe(0);
    const again = lapor(['import', xlsx], { LAPOR_DB: tempDb() });
    expect(again.stderr).toContain('Stored 30');
  });
});

// Node 22 keeps compiled code itself (module.enableCompileCache); the shim's own cache is Node 20's.
const ownCache = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache !== 'function';

describe.runIf(ownCache)('the compile cache of bin/lapor.cjs (Node 20)', () => {
  const buildId = () => fs.readFileSync(path.join(repoRoot, 'bundle', 'build-id'), 'utf8').trim();
  const folderOf = (root: string) => path.join(root, `v8-${process.version}-${process.arch}-${buildId()}`);
  const snapshot = (dir: string) => Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]));

  function listed(env: NodeJS.ProcessEnv) {
    const r = lapor(['list', '--format', 'json'], env);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return r.stdout;
  }

  it('is written once, owner-only, and then used as it is; the output is the same as without it', () => {
    const db = tempDb();
    expect(
      lapor(['add', '--no-input', '--channel', 'sms', '--title', 'Jalan berlubang', '--description', 'Lubang besar di jalan desa'], { LAPOR_DB: db }).status,
    ).toBe(0);
    const root = path.join(tempDir(), 'cache');
    const plain = listed({ LAPOR_DB: db, LAPOR_NO_COMPILE_CACHE: '1' });
    expect(fs.existsSync(root)).toBe(false);

    expect(listed({ LAPOR_DB: db, LAPOR_CACHE_DIR: root })).toBe(plain);
    const dir = folderOf(root);
    const files = fs.readdirSync(dir);
    expect(files).toContain('lapor.js.v8');
    expect(files.every((f) => f.endsWith('.v8'))).toBe(true);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    for (const f of files) expect(fs.statSync(path.join(dir, f)).mode & 0o777, f).toBe(0o600);

    const written = snapshot(dir);
    expect(listed({ LAPOR_DB: db, LAPOR_CACHE_DIR: root })).toBe(plain);
    // A cache V8 accepted is not written again.
    expect(snapshot(dir)).toEqual(written);
  });

  it('a damaged cache is refused by V8 and replaced; the run is unaffected', () => {
    const db = tempDb();
    const root = path.join(tempDir(), 'cache');
    const plain = listed({ LAPOR_DB: db, LAPOR_CACHE_DIR: root });
    const dir = folderOf(root);
    for (const f of fs.readdirSync(dir)) {
      const size = fs.statSync(path.join(dir, f)).size;
      fs.writeFileSync(path.join(dir, f), Buffer.alloc(size, 0x5a));
    }
    expect(listed({ LAPOR_DB: db, LAPOR_CACHE_DIR: root })).toBe(plain);
    for (const [f, data] of Object.entries(snapshot(dir)))
      expect(
        Buffer.from(data, 'base64').every((b) => b === 0x5a),
        f,
      ).toBe(false);
  });

  it("other builds' folders but the newest two go when this build writes its own; an unwritable place only means no cache", () => {
    const db = tempDb();
    const root = path.join(tempDir(), 'cache');
    const others = ['v8-v20.0.0-x64-000000000000000a', 'v8-v20.0.0-x64-000000000000000b', 'v8-v20.0.0-x64-000000000000000c'];
    others.forEach((name, i) => {
      fs.mkdirSync(path.join(root, name), { recursive: true });
      // a is the oldest, c the newest
      fs.utimesSync(path.join(root, name), new Date(2026, 0, 1 + i), new Date(2026, 0, 1 + i));
    });
    listed({ LAPOR_DB: db, LAPOR_CACHE_DIR: root });
    expect(fs.readdirSync(root).sort()).toEqual([others[1], others[2], path.basename(folderOf(root))].sort());

    const blocked = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocked, 'not a folder');
    expect(listed({ LAPOR_DB: db, LAPOR_CACHE_DIR: blocked })).toBe(listed({ LAPOR_DB: db, LAPOR_NO_COMPILE_CACHE: '1' }));
  });
});
