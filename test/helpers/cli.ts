import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { runCli } from '../../src/main.js';
import type { Prompter, Choice } from '../../src/io/prompter.js';
import type { SyncRuntime } from '../../src/sync/runtime.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  db?: string;
  stdin?: string;
  /** Pretend stdin, stdout and stderr are terminals. */
  tty?: boolean;
  env?: NodeJS.ProcessEnv;
  now?: string | Date;
  prompter?: Prompter;
  /** The sync's sleep, jitter or transport (see helpers/time.ts); real ones when left out. */
  runtime?: Partial<SyncRuntime>;
  /**
   * Runs the compiled dist/ (built by test/global-setup.ts) instead of src/, still in-process: for
   * what needs .js files on disk, such as the import's worker thread.
   */
  built?: boolean;
}

/** A fresh folder per test, removed by the OS tmp cleaner; tests never share a database. */
export function tempDir(prefix = 'lapor-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function tempDb(): string {
  return path.join(tempDir(), 'lapor.db');
}

class Collector extends Writable {
  text = '';
  isTTY: boolean;
  columns = 100;
  constructor(tty: boolean) {
    super();
    this.isTTY = tty;
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs the real CLI in-process against a real SQLite file. */
export async function run(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  const stdout = new Collector(opts.tty ?? false);
  const stderr = new Collector(opts.tty ?? false);
  const stdin = Object.assign(Readable.from(opts.stdin === undefined ? [] : [opts.stdin]), { isTTY: opts.tty ?? false });
  const env: NodeJS.ProcessEnv = { HOME: tempDir('lapor-home-'), LANG: 'C', ...opts.env };
  if (opts.db) env.LAPOR_DB = opts.db;
  const now = opts.now === undefined ? undefined : new Date(opts.now);
  const entry = opts.built ? ((await import(pathToFileURL(path.join(repoRoot, 'dist', 'main.js')).href)) as { runCli: typeof runCli }).runCli : runCli;
  const code = await entry(argv, {
    streams: { stdin, stdout, stderr },
    env,
    clock: now ? () => now : undefined,
    prompter: opts.prompter,
    runtime: opts.runtime,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Streams that behave like a terminal, for driving the real inquirer prompts. */
export function terminal(): { stdin: PassThrough & { isTTY: boolean; setRawMode: (b: boolean) => void }; stderr: Collector; stdout: Collector } {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => undefined });
  return { stdin, stderr: new Collector(true), stdout: new Collector(true) };
}

type Answer = string | boolean | ((choices?: readonly Choice<unknown>[]) => unknown);

/**
 * A prompter that answers from a script, in order, and checks each question
 * matches what the test expects. Unanswered or unexpected questions fail.
 */
export function scriptedPrompter(script: [RegExp, Answer][]): Prompter & { asked: string[] } {
  const asked: string[] = [];
  const next = (message: string, validate?: (v: string) => true | string) => {
    asked.push(message);
    const step = script.shift();
    if (!step) throw new Error(`unexpected prompt: ${message}`);
    if (!step[0].test(message)) throw new Error(`expected prompt ${step[0]} but got: ${message}`);
    return { answer: step[1], validate };
  };
  return {
    asked,
    async input(o) {
      const { answer } = next(o.message);
      const typed = String(typeof answer === 'function' ? answer() : answer);
      // As inquirer does: Enter on an empty line takes the default, which is then validated.
      const value = typed === '' && o.default !== undefined ? o.default : typed;
      const verdict = o.validate?.(value) ?? true;
      if (verdict !== true) throw new Error(`validation refused '${value}' at '${o.message}': ${verdict}`);
      return value;
    },
    async select(o) {
      const { answer } = next(o.message);
      return (typeof answer === 'function' ? answer(o.choices as readonly Choice<unknown>[]) : answer) as never;
    },
    async confirm(o) {
      const { answer } = next(o.message);
      return Boolean(typeof answer === 'function' ? answer() : answer);
    },
  };
}

/** Reads rows straight from the SQLite file, to assert what was really stored. */
export function query<T = Record<string, unknown>>(db: string, sql: string, ...params: unknown[]): T[] {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare(sql).all(...params) as T[];
  } finally {
    handle.close();
  }
}

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
