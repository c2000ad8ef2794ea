/** bin/lapor.js runs the esbuild bundle (build.js): what the bundle must keep from the sources. */

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDb, tempDir } from '../helpers/cli.js';

const bin = path.join(repoRoot, 'bin', 'lapor.js');

function lapor(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: tempDir(), LANG: 'C', ...env } });
}

describe('the bundle behind bin/lapor.js', () => {
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
