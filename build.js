// `npm run build`, after tsc: bundles src/ with esbuild into bundle/, which bin/lapor.js runs.
// Node 20 has no compile cache, so start-up pays for every module it resolves and compiles (issue
// 13). One small entry (main.ts: io, messages, commander, the command list) and a chunk per
// command, loaded by dynamic import() when the command runs, keep `lapor --help` and `lapor list`
// near a bare `node`. dist/ (tsc) stays for the tests and the simulator.
// - Flat output: chunks sit beside lapor.js, so `new URL('./import-worker.js', import.meta.url)`
//   (the import's worker, an entry of its own) and `../data/` still resolve from any chunk.
// - better-sqlite3's JavaScript is bundled, its addon loaded by path (store/sqlite.ts); `bindings`,
//   its fallback, and libphonenumber-js/max (phone.ts) are required from node_modules at run time.
// - Bundled CommonJS packages (commander, cli-table3) call require() for Node's modules: each
//   chunk gets a require of its own.
// - Two imports of packages cost start-up and serve nothing here (startupTrims below).
// - Linked source maps: bin/lapor.js turns them on for `--debug`, so stack traces name src/*.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.join(root, 'bundle');

/**
 * chalk detects terminal colours when loaded (node:os, node:tty, the environment), but io.ts always
 * tells it the level, so its browser variant (level 0, no imports) stands in. commander loads
 * node:child_process for executable subcommands, which lapor has none of: loaded only if asked for.
 */
const startupTrims = {
  name: 'startup-trims',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) => ({ path: path.join(path.dirname(args.importer), 'vendor/supports-color/browser.js') }));
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}commander${path.sep}`) ? { path: 'lazy-child-process', namespace: 'startup-trims' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'startup-trims' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

fs.rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: { lapor: 'src/main.ts', 'import-worker': 'src/transfer/import-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['bindings'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [startupTrims],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});
