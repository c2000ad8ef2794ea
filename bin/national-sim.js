#!/usr/bin/env node
// `npm run national-sim`: starts the national API simulator from dist/, building it first only when src/ changed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// In English only: the message catalog is in dist/, which is what may be missing here.
buildIfStale(root, { before: (file) => process.stderr.write(`Building dist/ first (${file} is newer than its output)...\n`) });
// Runs the simulator with this process's arguments (dist/sync/simulator/main.js reads process.argv).
await import('../dist/sync/simulator/main.js');
