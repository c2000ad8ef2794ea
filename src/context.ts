/** AppContext: io, clock, env, prompter, database, settings and actor, all created lazily. */

import os from 'node:os';
import path from 'node:path';
import type { IO } from './io/io.js';
import type { DB } from './store/database.js';
import type { AgencySettings, ParsedSettings } from './domain/settings.js';
import { InvalidInputError } from './errors.js';
import type { Deadlines } from './app/deadlines.js';
import { realRuntime, type SyncRuntime } from './sync/runtime.js';
import { createInquirerPrompter, type Prompter } from './io/prompter.js';

export interface GlobalOptions {
  db?: string;
  lang?: string;
  color?: boolean;
  debug?: boolean;
  as?: string;
}

/**
 * Everything a command may use, created lazily: nothing opens the database
 * or loads a heavy module until a command asks for it.
 */
export interface AppContext {
  readonly io: IO;
  readonly env: NodeJS.ProcessEnv;
  readonly clock: () => Date;
  /** Sleep, jitter and transport of the sync: real ones unless a test injects its own. */
  readonly runtime: SyncRuntime;
  readonly global: GlobalOptions;
  prompter(): Prompter;
  dbPath(): string;
  db(): DB;
  /** Whether db() created the file in this run. */
  dbCreated(): boolean;
  /** Parsed once; a stored value its kind refuses stops the command (exit 4) naming the key. */
  settings(): AgencySettings;
  /** Forget cached settings after a write. */
  invalidateSettings(): void;
  /** SLA policy, time zone and calendar, loaded once per run; never writes (see app/deadlines.ts). */
  deadlines(): Deadlines;
  /** Who is acting, for the audit trail: --as > admin.name setting > OS user. */
  actor(): string;
  close(): void;
}

export interface ContextDeps {
  io: IO;
  env: NodeJS.ProcessEnv;
  clock?: () => Date;
  /** Parts to replace; the rest stays real. */
  runtime?: Partial<SyncRuntime>;
  prompter?: Prompter;
  global: GlobalOptions;
}

/** --db > LAPOR_DB > $XDG_DATA_HOME/lapor/lapor.db > ~/.local/share/lapor/lapor.db */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  if (flag) return path.resolve(flag);
  if (env.LAPOR_DB) return path.resolve(env.LAPOR_DB);
  const dataHome = env.XDG_DATA_HOME || path.join(env.HOME || os.homedir(), '.local', 'share');
  return path.join(dataHome, 'lapor', 'lapor.db');
}

type Database = typeof import('./store/database.js');
interface Parts {
  openDatabase: Database['openDatabase'];
  onWriterWaits: Database['onWriterWaits'];
  busyTimeoutMs: number;
  maxWaitMs: number;
  readSettings: (typeof import('./store/settings-repo.js'))['readSettings'];
  parseSettings: (typeof import('./domain/settings.js'))['parseSettings'];
  createDeadlines: (typeof import('./app/deadlines.js'))['createDeadlines'];
}
let parts: Parts | undefined;

/**
 * Loads what db(), settings() and deadlines() run on. cli.ts awaits it before any action, so
 * `lapor --help` and usage errors never load the store (start-up, issue 13); the getters stay
 * synchronous for the commands.
 */
export async function loadContextParts(): Promise<void> {
  if (parts) return;
  const [{ openDatabase, onWriterWaits, BUSY_TIMEOUT_MS, MAX_WAIT_MS }, { readSettings }, { parseSettings }, { createDeadlines }] = await Promise.all([
    import('./store/database.js'),
    import('./store/settings-repo.js'),
    import('./domain/settings.js'),
    import('./app/deadlines.js'),
  ]);
  parts = { openDatabase, onWriterWaits, busyTimeoutMs: BUSY_TIMEOUT_MS, maxWaitMs: MAX_WAIT_MS, readSettings, parseSettings, createDeadlines };
}

function loaded(): Parts {
  if (!parts) throw new Error('loadContextParts() must run before the context opens the database');
  return parts;
}

export async function createContext(deps: ContextDeps): Promise<AppContext> {
  let db: DB | undefined;
  let created = false;
  let parsed: ParsedSettings | undefined;
  const loadSettings = () => (parsed ??= loaded().parseSettings(loaded().readSettings(ctx.db())));
  let prompter = deps.prompter;
  let deadlines: Deadlines | undefined;
  const ctx: AppContext = {
    io: deps.io,
    env: deps.env,
    clock: deps.clock ?? (() => new Date()),
    runtime: { ...realRuntime, ...deps.runtime },
    global: deps.global,
    prompter: () => (prompter ??= createInquirerPrompter(deps.io.streams, deps.io.lang)),
    dbPath: () => resolveDbPath(deps.global.db, deps.env),
    db() {
      if (!db) {
        const { openDatabase, onWriterWaits, busyTimeoutMs, maxWaitMs } = loaded();
        const opened = openDatabase(ctx.dbPath());
        db = opened.db;
        created = opened.created;
        // Only a person at a terminal needs to hear why nothing happens for a while.
        if (deps.io.stderrIsTTY) onWriterWaits(db, () => deps.io.say('db.waiting', { idle: busyTimeoutMs / 1000, seconds: maxWaitMs / 1000 }));
      }
      return db;
    },
    dbCreated: () => created,
    settings() {
      const { settings, problems } = loadSettings();
      if (problems.length > 0) throw new InvalidInputError('config.badStored', { keys: problems.map((p) => p.field).join(', ') }, problems);
      return settings;
    },
    invalidateSettings: () => void (parsed = undefined),
    deadlines: () => (deadlines ??= loaded().createDeadlines({ db: () => ctx.db(), settings: () => ctx.settings(), lang: deps.io.lang })),
    actor() {
      // Not ctx.settings(): `config set` must still be able to fix a bad stored value of another key.
      const named = deps.global.as?.trim() || loadSettings().settings.admin.name;
      if (named) return named;
      try {
        return os.userInfo().username;
      } catch {
        return deps.env.USER ?? 'unknown';
      }
    },
    close() {
      db?.close();
      db = undefined;
    },
  };
  return ctx;
}
