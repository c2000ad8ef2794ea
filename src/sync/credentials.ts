/** The national API key and client token: from the environment or an owner-only file, never printed. */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AuthError } from '../errors.js';

/**
 * The national API key and client token. They come from the environment or from a file only its
 * owner can read, and are never printed, logged or stored in the database.
 */
export interface Credentials {
  apiKey: string;
  token: string;
  /** Where they came from, for `sync doctor`: 'env' or the file's path. */
  source: string;
}

/** LAPOR_CREDENTIALS > $XDG_CONFIG_HOME/lapor/credentials.json > ~/.config/lapor/credentials.json */
export function credentialsPath(env: NodeJS.ProcessEnv): string {
  if (env.LAPOR_CREDENTIALS) return path.resolve(env.LAPOR_CREDENTIALS);
  const configHome = env.XDG_CONFIG_HOME || path.join(env.HOME || os.homedir(), '.config');
  return path.join(configHome, 'lapor', 'credentials.json');
}

function clean(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function loadCredentials(env: NodeJS.ProcessEnv): Credentials {
  const key = clean(env.LAPOR_API_KEY);
  const token = clean(env.LAPOR_API_TOKEN);
  if (key || token) {
    if (!key || !token) throw new AuthError('sync.credentialsPartial', { missing: key ? 'LAPOR_API_TOKEN' : 'LAPOR_API_KEY' });
    return { apiKey: key, token, source: 'env' };
  }
  const file = credentialsPath(env);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AuthError('sync.noCredentials', { path: file });
  }
  // Like ssh with a private key: a file others can read is refused, not silently used.
  if ((stat.mode & 0o077) !== 0) {
    throw new AuthError('sync.credentialsFileOpen', { path: file, mode: (stat.mode & 0o777).toString(8).padStart(4, '0') });
  }
  if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) throw new AuthError('sync.credentialsFileOwner', { path: file });
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // JSON.parse quotes the text it failed on: its message could carry the secret itself.
    throw new AuthError('sync.credentialsFileBad', { path: file });
  }
  const record = (parsed ?? {}) as Record<string, unknown>;
  const fileKey = clean(record.api_key);
  const fileToken = clean(record.token);
  if (!fileKey || !fileToken) throw new AuthError('sync.credentialsFileBad', { path: file });
  return { apiKey: fileKey, token: fileToken, source: file };
}

/** Writes the credentials file owner-only (0600 in a 0700 folder), replacing it atomically. */
export function saveCredentials(env: NodeJS.ProcessEnv, apiKey: string, token: string): string {
  const file = credentialsPath(env);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify({ api_key: apiKey, token }, null, 2)}\n`);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  return file;
}
