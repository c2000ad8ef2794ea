// `npm run build`, after tsc: bundles src/ with esbuild into bundle/, which bin/lapor.cjs runs.
// Node 20 has no compile cache, so start-up pays for every module it resolves and compiles (issue
// 13). One small entry (main.ts: io, messages, commander, the command list) and a chunk per
// command, loaded when the command runs, keep `lapor --help` and `lapor list` near a bare `node`.
// dist/ (tsc) stays for the tests and the simulator.
// - Flat output: chunks sit beside lapor.js, so `new URL('./import-worker.js', import.meta.url)`
//   (the import's workers, entries of their own) and `../data/` still resolve from any chunk.
// - CommonJS output from split ES chunks, in two passes (see below), with bundle/package.json
//   saying so, and bundle/build-id naming the build for bin/lapor.cjs's compile cache.
// - better-sqlite3's JavaScript is bundled, its addon loaded by path (store/sqlite.ts); `bindings`,
//   its fallback, and libphonenumber-js/max (phone.ts) are required from node_modules at run time.
// - Two imports of packages cost start-up and serve nothing here (startupTrims below).
// - Linked source maps: bin/lapor.cjs turns them on for `--debug`, so stack traces name src/*.ts.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
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

/**
 * esbuild splits code into chunks only as ES modules, but Node 20 starts an ES module ~20 ms slower
 * than CommonJS (its ESM loader), and only CommonJS lets bin/lapor.cjs keep V8's compiled code
 * between runs (Node 20 has no compile cache). So the split ES chunks (pass 1, into a temp folder,
 * with inline source maps) are turned file by file into CommonJS (pass 2): imports become
 * require(), import() a require() in a promise, `import.meta.url` the file's URL; esbuild chains
 * the source maps, so --debug traces still name src/*.ts.
 */
const importMetaUrl = {
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
};
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['bindings'],
  plugins: [startupTrims],
  legalComments: 'none',
  logLevel: 'warning',
};

fs.rmSync(outdir, { recursive: true, force: true });
const esmDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapor-build-'));
try {
  await esbuild.build({
    ...common,
    entryPoints: { lapor: 'src/main.ts' },
    outdir: esmDir,
    splitting: true,
    format: 'esm',
    sourcemap: 'inline',
    define: importMetaUrl.define,
  });
  const chunks = fs.readdirSync(esmDir).filter((f) => f.endsWith('.js'));
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: chunks.map((f) => path.join(esmDir, f)),
    outdir,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    supported: { 'dynamic-import': false },
    banner: importMetaUrl.banner,
    sourcemap: 'linked',
    logLevel: 'warning',
  });
} finally {
  fs.rmSync(esmDir, { recursive: true, force: true });
}
// The import's worker threads: entries of their own (each a whole file; a thread's start-up is not the command's).
await esbuild.build({
  ...common,
  entryPoints: { 'import-worker': 'src/transfer/import-worker.ts', 'xlsx-worker': 'src/transfer/xlsx-worker.ts' },
  outdir,
  format: 'cjs',
  sourcemap: 'linked',
  ...importMetaUrl,
});
// bundle/*.js are CommonJS inside this ESM package.
fs.writeFileSync(path.join(outdir, 'package.json'), '{ "type": "commonjs" }\n');
// What bin/lapor.cjs names its compile cache after: one id per distinct build output.
const hash = createHash('sha256');
for (const file of fs.readdirSync(outdir).sort()) hash.update(file).update(fs.readFileSync(path.join(outdir, file)));
fs.writeFileSync(path.join(outdir, 'build-id'), `${hash.digest('hex').slice(0, 16)}\n`);
