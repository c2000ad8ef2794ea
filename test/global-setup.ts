import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/*
 * The tests that spawn bin/lapor.js run bundle/ (build.js); those that need the import worker
 * thread in-process run the compiled dist/.
 * `npm test` builds first (pretest); a bare `npx vitest run` after an edit would run the old
 * build, so this builds once here whenever any source file is newer than its output.
 */
const root = path.resolve(import.meta.dirname, '..');

function stale(dir: string): boolean {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (stale(rel)) return true;
    } else if (entry.name.endsWith('.ts')) {
      const out = path.join(root, 'dist', path.relative('src', rel).replace(/\.ts$/, '.js'));
      if (!fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(path.join(root, rel)).mtimeMs) return true;
    }
  }
  return false;
}

/** bin/lapor.js runs bundle/ (build.js): rebuilt when any source file is newer than its entry. */
function bundleStale(dir: string, built: number): boolean {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory() ? bundleStale(rel, built) : fs.statSync(path.join(root, rel)).mtimeMs > built) return true;
  }
  return false;
}

export default function setup(): void {
  if (stale('src')) {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  }
  const entry = path.join(root, 'bundle', 'lapor.js');
  const built = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : 0;
  if (bundleStale('src', built) || fs.statSync(path.join(root, 'build.js')).mtimeMs > built) {
    execFileSync(process.execPath, [path.join(root, 'build.js')], { cwd: root, stdio: 'inherit' });
  }
}
