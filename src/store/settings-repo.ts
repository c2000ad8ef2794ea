/** Settings and the internal values the tool keeps for itself. */

import type { DB } from './database.js';
import type { StoredSettings } from '../domain/settings.js';

export function readSettings(db: DB): StoredSettings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/** Call inside a write transaction (app/settings.ts, with its audit entry). */
export function writeSettings(db: DB, values: StoredSettings): void {
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(values)) upsert.run(key, value);
}

/** Values the tool keeps for itself (never shown by `config list`), e.g. what deadlines were computed from. */
export function readInternal(db: DB, key: string): string | undefined {
  return (db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

/** Call inside a write transaction. */
export function writeInternal(db: DB, key: string, value: string): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
