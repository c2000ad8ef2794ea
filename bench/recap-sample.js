// Makes the sample recap committed under docs/ from generated (fictional) data:
//   node bench/recap-sample.js  ->  docs/recap-sample.html (Bahasa Indonesia, November 2026)
// Needs the build (npx tsc -p tsconfig.json). A screenshot: see docs/recap-sample.png and the README.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { generateRecapData } from './recap-data.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'lapor.cjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapor-recap-sample-'));
const file = path.join(dir, 'lapor.db');
const env = { ...process.env, LAPOR_DB: file, HOME: dir, NO_COLOR: '1', LAPOR_LANG: process.argv[3] ?? 'id' };
const lapor = (...args) => {
  const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`lapor ${args.join(' ')}: ${r.stderr}`);
  return r;
};

lapor('init', '--agency-code', 'PPU', '--agency-name', 'Pemerintah Kabupaten Contoh (data buatan)', '--timezone', 'Asia/Makassar', '--admin-name', 'contoh');
const db = new Database(file);
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
generateRecapData(db, { total: 2400, from: '2025-11-01', to: today, today });
db.close();
const out = process.argv[2] ?? path.join(root, 'docs', 'recap-sample.html');
lapor('recap', '--month', '2026-11', '--format', 'html', '--out', out, '--force');
console.log(`wrote ${out}`);
fs.rmSync(dir, { recursive: true, force: true });
