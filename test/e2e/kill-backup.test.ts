import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { tempDb, tempDir, repoRoot } from '../helpers/cli.js';

// Issue 10, item 1: "a killed backup leaves a half file under the final name". SIGKILL at several
// moments of `lapor db backup`: the final name is either absent or a complete, sound copy, and the
// next backup removes what the killed one left.

const bin = path.join(repoRoot, 'bin', 'lapor.cjs');
const env = (db: string) => ({ PATH: process.env.PATH, HOME: tempDir(), LANG: 'C', LAPOR_DB: db });

function killAfter(args: string[], db: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: env(db), stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('a killed db backup', () => {
  it('never leaves a half file under the final name', async () => {
    const db = tempDb();
    const handle = new Database(db);
    handle.pragma('journal_mode = WAL');
    handle.exec('CREATE TABLE filler (x BLOB)');
    const insert = handle.prepare('INSERT INTO filler VALUES (randomblob(4000))');
    handle.transaction(() => {
      for (let i = 0; i < 10_000; i++) insert.run();
    })();
    handle.close();
    expect(spawnSync(process.execPath, [bin, 'list'], { env: env(db) }).status).toBe(0);
    const dir = tempDir();
    for (const ms of [150, 250, 350, 450, 600]) {
      const target = path.join(dir, `backup-${ms}.db`);
      await killAfter(['db', 'backup', target], db, ms);
      if (fs.existsSync(target)) {
        const copy = new Database(target, { readonly: true });
        expect(copy.pragma('integrity_check', { simple: true }), `${ms} ms`).toBe('ok');
        expect(copy.prepare('SELECT count(*) AS n FROM filler').get(), `${ms} ms`).toEqual({ n: 10_000 });
        copy.close();
      }
    }
    const done = spawnSync(process.execPath, [bin, 'db', 'backup', path.join(dir, 'final.db')], { env: env(db), encoding: 'utf8' });
    expect(done.status, done.stderr).toBe(0);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('.lapor-tmp-'))).toEqual([]);
  }, 60_000);
});
