/** better-sqlite3 opened with its native addon's path: no search through `bindings` at start-up. */

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Database from 'better-sqlite3';

let addon: string | null | undefined;

/**
 * Without this path better-sqlite3 loads `bindings`, which searches from its caller's file: slow
 * at start-up (issue 13), and from inside bundle/ it would search lapor's own folder. A build of
 * the addon kept elsewhere than build/Release is left to that search.
 */
function nativeBinding(): string | undefined {
  if (addon === undefined) {
    const root = path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
    const file = path.join(root, 'build', 'Release', 'better_sqlite3.node');
    addon = fs.existsSync(file) ? file : null;
  }
  return addon ?? undefined;
}

export function openSqlite(file: string, options: Database.Options): Database.Database {
  return new Database(file, { ...options, nativeBinding: nativeBinding() });
}
