#!/usr/bin/env node
// Shebang shim of the `lapor` command: enables the compile cache where Node has it, runs dist/main.js.
import module from 'node:module';

// Node 22+ caches compiled code between runs; Node 20 has no such function.
module.enableCompileCache?.();
const { main } = await import('../dist/main.js');
process.exitCode = await main(process.argv.slice(2));
