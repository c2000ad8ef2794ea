#!/usr/bin/env node
// Shebang shim of the `lapor` command: runs the esbuild bundle of src/ (bundle/lapor.js, built by
// build.js), CommonJS because Node 20 starts that ~20 ms faster than an ES module.

'use strict';

const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

const bundle = path.join(__dirname, '..', 'bundle');

/**
 * V8's compiled code of the bundle's files, kept between runs: compiling them is a fifth of a
 * `lapor list` run (issue 13). Node 22 does this itself (module.enableCompileCache); Node 20 has
 * only vm.Script's cachedData, which this wires into the CommonJS loader for bundle/ alone, as
 * the v8-compile-cache package did. V8 refuses a cache of another V8 version, other flags or
 * another source length; the folder is named after this Node and this build (bundle/build-id),
 * so a rebuilt file never meets an old cache of the same length. A cache that cannot be read or
 * written is simply not used: the run compiles as without it.
 */
function useCompileCache() {
  if (typeof Module.enableCompileCache === 'function') return void Module.enableCompileCache(cacheRoot());
  let buildId;
  try {
    buildId = fs.readFileSync(path.join(bundle, 'build-id'), 'utf8').trim();
  } catch {
    return; // a bundle without an id (built by hand): nothing to key a cache by
  }
  const dir = path.join(cacheRoot(), `v8-${process.version}-${process.arch}-${buildId}`);
  const fresh = [];
  const prefix = bundle + path.sep;
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (!filename.startsWith(prefix)) return compile.apply(this, arguments);
    const cacheFile = path.join(dir, `${path.basename(filename)}.v8`);
    let cachedData;
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) fresh.push({ script, cacheFile });
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(this.exports, this.exports, Module.createRequire(filename), this, filename, path.dirname(filename));
  };
  return () => saveCaches(dir, fresh);
}

/** Where compile caches live: $XDG_CACHE_HOME/lapor or ~/.cache/lapor (LAPOR_CACHE_DIR overrides). */
function cacheRoot() {
  if (process.env.LAPOR_CACHE_DIR) return process.env.LAPOR_CACHE_DIR;
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'lapor');
}

/**
 * Folders of other builds kept beside this one: two installs of different versions used in turn
 * (a global and a project's) must not delete each other's cache on every run.
 */
const OTHER_BUILDS_KEPT = 2;

/**
 * Writes the caches of files compiled without one (after the run, so they hold every function the
 * run compiled), each through a temporary name and a rename: a concurrent run reads a whole file
 * or none. A new build's first save removes the folders of older builds but the newest two.
 */
function saveCaches(dir, fresh) {
  if (fresh.length === 0) return;
  try {
    if (!fs.existsSync(dir)) {
      const root = path.dirname(dir);
      fs.mkdirSync(root, { recursive: true, mode: 0o700 });
      const others = fs
        .readdirSync(root)
        .filter((name) => name.startsWith('v8-') && name !== path.basename(dir))
        .map((name) => ({ name, changed: fs.statSync(path.join(root, name)).mtimeMs }))
        .sort((a, b) => b.changed - a.changed);
      for (const old of others.slice(OTHER_BUILDS_KEPT)) fs.rmSync(path.join(root, old.name), { recursive: true, force: true });
      // recursive: another first run of this build may have made it meanwhile.
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    }
    for (const { script, cacheFile } of fresh) {
      const temp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
      fs.renameSync(temp, cacheFile);
    }
  } catch {
    // A read-only home or a full disk: the next run compiles again, nothing else changes.
  }
}

// Source maps cost start-up time: only `--debug` turns them on (and then the plain loader runs,
// which applies them), so its stack traces name src/*.ts.
const debug = process.argv.includes('--debug');
if (debug) process.setSourceMapsEnabled(true);
const afterRun = debug || process.env.LAPOR_NO_COMPILE_CACHE ? undefined : useCompileCache();
const { main } = require('../bundle/lapor.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  afterRun?.();
});
