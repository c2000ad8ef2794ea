// Builds dist/ with tsc only when a source file under src/ is newer than its output (or has none).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/*
 * Shared by `npm run national-sim` (bin/national-sim.js) and the tests' global setup: a full tsc
 * run takes ~10 s, most starts find dist/ current. An installed package has no src/: nothing to do.
 */

/**
 * The first .ts file under `dir` (relative to `root`) whose dist/ output is missing or older, or undefined.
 * @param {string} root
 * @param {string} [dir]
 * @returns {string | undefined}
 */
export function staleSource(root, dir = 'src') {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = staleSource(root, rel);
      if (found) return found;
    } else if (entry.name.endsWith('.ts')) {
      const out = path.join(root, 'dist', path.relative('src', rel).replace(/\.ts$/, '.js'));
      if (!fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(path.join(root, rel)).mtimeMs) return rel;
    }
  }
  return undefined;
}

/**
 * Runs tsc -p tsconfig.json in `root`, its output on stderr (stdout may carry data, e.g. the simulator's URL).
 * @param {string} root
 */
function tsc(root) {
  const bin = createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [bin, '-p', 'tsconfig.json'], { cwd: root, stdio: ['ignore', 2, 2] });
}

/**
 * Builds when stale; returns the source file that made it build, or undefined when dist/ was current.
 * @param {string} root
 * @param {{ before?: (stale: string) => void, build?: (root: string) => void }} [how] what to say
 *   before building; the build itself (tsc; tests pass a stand-in)
 * @returns {string | undefined}
 */
export function buildIfStale(root, how = {}) {
  if (!fs.existsSync(path.join(root, 'src'))) return undefined;
  const stale = staleSource(root);
  if (!stale) return undefined;
  how.before?.(stale);
  (how.build ?? tsc)(root);
  return stale;
}

/**
 * Whether bundle/ (build.js, what bin/lapor.cjs runs) is older than any file under src/ or build.js itself.
 * @param {string} root
 * @returns {boolean}
 */
export function bundleStale(root) {
  const entry = path.join(root, 'bundle', 'lapor.js');
  const built = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : 0;
  /** @param {string} dir @returns {boolean} */
  const newer = (dir) =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).some((e) => {
      const rel = path.join(dir, e.name);
      return e.isDirectory() ? newer(rel) : fs.statSync(path.join(root, rel)).mtimeMs > built;
    });
  return newer('src') || fs.statSync(path.join(root, 'build.js')).mtimeMs > built;
}

/**
 * Rebuilds bundle/ when stale (after buildIfStale: build.js bundles from src/).
 * @param {string} root
 */
export function bundleIfStale(root) {
  if (!fs.existsSync(path.join(root, 'src')) || !bundleStale(root)) return;
  execFileSync(process.execPath, [path.join(root, 'build.js')], { cwd: root, stdio: ['ignore', 2, 2] });
}
