#!/usr/bin/env node
// Shebang shim of the `lapor` command: runs the esbuild bundle of src/ (bundle/lapor.js, built by build.js).

// Source maps cost start-up time: only `--debug` turns them on, and its stack traces then name src/*.ts.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);
const { main } = await import('../bundle/lapor.js');
process.exitCode = await main(process.argv.slice(2));
