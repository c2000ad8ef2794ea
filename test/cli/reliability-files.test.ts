import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { repoRoot, run, tempDb, tempDir, query } from '../helpers/cli.js';

// Issue 10, item 1: every file lapor writes goes to a temporary file renamed into place, never
// over the database or the input, never through a planted link; inputs are regular files only.

const now = '2026-11-27T02:00:00Z';

async function setup(): Promise<string> {
  const db = tempDb();
  const init = await run(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'], { db, now });
  expect(init.code, init.stderr).toBe(0);
  return db;
}

const mixed = [
  'ref,title,description,channel,phone',
  'A-1,Jalan rusak di Sepaku,Lubang besar di jalan poros sejak Oktober,surat,0812-3456-7890',
  'A-2,Lampu jalan mati,Lampu jalan mati dua minggu di RT 05,telepon,12',
  'A-3,Sampah menumpuk,Sampah di pasar tidak diangkut seminggu,whatsapp,',
].join('\n');

const count = (db: string) => query<{ n: number }>(db, 'SELECT count(*) AS n FROM reports')[0]!.n;
const fifo = (dir: string, name = 'pipe') => {
  const p = path.join(dir, name);
  execFileSync('mkfifo', [p]);
  return p;
};

describe('files lapor writes', () => {
  it('a rejects file name that links to the database leaves the database whole; the rejects go beside', async () => {
    const db = await setup();
    const dir = tempDir();
    const input = path.join(dir, 'loket.csv');
    fs.writeFileSync(input, mixed);
    fs.symlinkSync(db, path.join(dir, 'loket.rejects.csv'));
    const r = await run(['import', input, '--skip-invalid'], { db, now });
    // The link is the database: refused before anything is read.
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('Refusing to write');
    expect(count(db)).toBe(0);
    expect(query(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });

  it('an existing rejects file is kept: the new one gets a numbered name', async () => {
    const db = await setup();
    const dir = tempDir();
    const input = path.join(dir, 'loket.csv');
    fs.writeFileSync(input, mixed);
    fs.writeFileSync(path.join(dir, 'loket.rejects.csv'), 'earlier work');
    const r = await run(['import', input, '--skip-invalid'], { db, now });
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'loket.rejects.csv'), 'utf8')).toBe('earlier work');
    expect(fs.readFileSync(path.join(dir, 'loket.rejects-2.csv'), 'utf8')).toContain('Lampu jalan mati');
    expect(r.stderr).toContain('loket.rejects-2.csv');
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('.lapor-tmp-'))).toEqual([]);
  });

  it('--rejects naming the input is refused before the input is read', async () => {
    const db = await setup();
    const input = path.join(tempDir(), 'loket.csv');
    fs.writeFileSync(input, mixed);
    const r = await run(['import', input, '--skip-invalid', '--rejects', input], { db, now });
    expect(r.code).toBe(2);
    expect(fs.readFileSync(input, 'utf8')).toBe(mixed);
    expect(count(db)).toBe(0);
  });

  it('db backup onto the live database (even with --force) is refused and the database survives', async () => {
    const db = await setup();
    await run(['add', '--channel', 'sms', '--title', 'Air PDAM keruh', '--description', 'Air keruh sejak tiga hari'], { db, now });
    for (const target of [db, `${db}-wal`, path.join(path.dirname(db), '.', path.basename(db))]) {
      const r = await run(['db', 'backup', target, '--force'], { db });
      expect(r.code, target).toBe(2);
      expect(r.stderr).toContain('Refusing to write');
    }
    const link = path.join(tempDir(), 'link.db');
    fs.symlinkSync(db, link);
    expect((await run(['db', 'backup', link, '--force'], { db })).code).toBe(2);
    expect(count(db)).toBe(1);
  });

  it('db backup goes through a temporary file; the leftovers of a killed run are removed; a missing folder is a clear error', async () => {
    const db = await setup();
    const dir = tempDir();
    // A run killed long ago (pid 2^22 - 1 is beyond the usual pid_max... or at least dead).
    const stale = path.join(dir, '.lapor-tmp-4194303-abcdef');
    fs.writeFileSync(stale, 'half a backup');
    const target = path.join(dir, 'backup.db');
    const r = await run(['db', 'backup', target], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['backup.db']);
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    const missing = await run(['db', 'backup', path.join(dir, 'no', 'such', 'backup.db')], { db });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    expect(missing.stderr).not.toContain('Unexpected');
  });

  it('an export cannot overwrite the database or land in the attachment store', async () => {
    const db = await setup();
    const store = path.join(path.dirname(db), 'attachments');
    fs.mkdirSync(store, { recursive: true });
    expect((await run(['export', '--out', `${db}-shm`], { db, now })).code).toBe(2);
    expect((await run(['export', '--out', path.join(store, 'x.csv')], { db, now })).code).toBe(2);
    expect(fs.readdirSync(store)).toEqual([]);
  });
});

describe('files lapor reads', () => {
  it('attach of a FIFO is refused at once instead of hanging', async () => {
    const db = await setup();
    const ticket = (
      await run(['add', '--channel', 'sms', '--title', 'Air PDAM keruh', '--description', 'Air keruh sejak tiga hari'], { db, now })
    ).stdout.trim();
    const r = await run(['attach', ticket, fifo(tempDir())], { db, now });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/not a regular file/i);
  }, 5000);

  it('import of a FIFO or a device is refused at once', async () => {
    const db = await setup();
    for (const input of [fifo(tempDir()), '/dev/zero']) {
      const r = await run(['import', input], { db, now });
      expect(r.code, input).toBe(4);
      expect(r.stderr).toContain('not a regular file');
    }
  }, 5000);

  it('--json of a device or a FIFO is refused at once; oversized stdin stops at the limit', async () => {
    const db = await setup();
    for (const source of ['/dev/zero', fifo(tempDir())]) {
      const r = await run(['add', '--json', source], { db, now });
      expect(r.code, source).toBe(4);
      expect(r.stderr).toContain('not a regular file');
    }
    const big = `{"title": "${'x'.repeat(2 << 20)}"}`;
    const r = await run(['add', '--json', '-'], { db, now, stdin: big });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('larger than 1024 KB');
  }, 5000);

  it('--json with an object where text belongs names the key (nothing stored)', async () => {
    const db = await setup();
    const file = path.join(tempDir(), 'r.json');
    fs.writeFileSync(file, JSON.stringify({ title: { x: 1 }, description: 'Air keruh sejak tiga hari', channel: 'sms' }));
    const r = await run(['add', '--json', file], { db, now });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("'title'");
    expect(r.stderr).toContain('text');
    expect(count(db)).toBe(0);
  });
});

describe('database access', () => {
  it('readers run while another process holds the write lock; opening a current database writes nothing', async () => {
    const db = await setup();
    await run(['add', '--channel', 'sms', '--title', 'Air PDAM keruh', '--description', 'Air keruh sejak tiga hari'], { db, now });
    const holder = new Database(db);
    holder.pragma('busy_timeout = 0');
    holder.exec('BEGIN IMMEDIATE');
    try {
      const started = Date.now();
      for (const argv of [['list'], ['show', 'PPU-2026-000001'], ['due'], ['history', 'PPU-2026-000001'], ['export']]) {
        const r = await run(argv, { db, now });
        expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
      }
      expect(Date.now() - started).toBeLessThan(4000);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 20000);

  it('numbers out of range in a flag are a usage error, not an internal one', async () => {
    const db = await setup();
    for (const argv of [
      ['list', '--limit', '99999999999999999999'],
      ['due', '--within', '99999999999999999999'],
      ['list', '--offset', '9007199254740993'],
    ]) {
      const r = await run(argv, { db, now });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain('too large');
    }
  });
});

describe('lapor db check', () => {
  it('a missing or empty file is exit 3 and nothing is created', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'none.db');
    const r = await run(['db', 'check'], { db: missing });
    expect(r.code).toBe(3);
    expect(fs.existsSync(missing)).toBe(false);
    const empty = path.join(dir, 'empty.db');
    fs.writeFileSync(empty, '');
    expect((await run(['db', 'check'], { db: empty })).code).toBe(3);
    expect(fs.statSync(empty).size).toBe(0);
  });

  it('damaged pages are exit 4 with the findings, not an internal error', async () => {
    const db = await setup();
    // Enough rows for many pages, through the CLI's own import.
    const rows = ['title,description,channel'];
    for (let i = 0; i < 3000; i++) rows.push(`Laporan kerusakan nomor ${i},Uraian panjang laporan kerusakan jalan nomor ${i} di desa,sms`);
    const input = path.join(tempDir(), 'many.csv');
    fs.writeFileSync(input, rows.join('\n'));
    expect((await run(['import', input], { db, now })).code).toBe(0);
    const checkpoint = new Database(db);
    checkpoint.pragma('wal_checkpoint(TRUNCATE)');
    checkpoint.close();
    const size = fs.statSync(db).size;
    const fd = fs.openSync(db, 'r+');
    // Garbage over pages in the middle of the file (not the header).
    fs.writeSync(fd, Buffer.alloc(4096 * 8, 0x5a), 0, 4096 * 8, Math.floor(size / 2 / 4096) * 4096);
    fs.closeSync(fd);
    const r = await run(['db', 'check', '--format', 'json'], { db });
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).not.toContain('Unexpected');
    expect(r.stderr).toContain('Integrity check found problems');
  }, 30000);

  it('a sound database is ok, with the search index checked', async () => {
    const db = await setup();
    await run(['add', '--channel', 'sms', '--title', 'Air PDAM keruh', '--description', 'Air keruh sejak tiga hari'], { db, now });
    const r = await run(['db', 'check', '--format', 'json'], { db });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, fts: 'ok', integrity: ['ok'] });
  });
});

describe('writers that must wait', () => {
  it('say so on a terminal and give up with "database busy" only after the busy timeout', async () => {
    const db = await setup();
    const holder = new Database(db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const started = Date.now();
      const r = await run(['add', '--channel', 'sms', '--title', 'Air PDAM keruh', '--description', 'Air keruh sejak tiga hari'], {
        db,
        now,
        tty: true,
        env: { NO_COLOR: '1' },
      });
      expect(r.stderr).toContain('Waiting for another lapor');
      expect(r.stderr).toContain('The database is busy');
      expect(r.stderr).not.toContain('Unexpected');
      expect(Date.now() - started).toBeGreaterThanOrEqual(4500);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(count(db)).toBe(0);
  }, 20000);

  it('wait as long as the lock holder makes progress (a long import), past the busy timeout', async () => {
    const db = await setup();
    new Database(db).exec('CREATE TABLE scratch (b BLOB)');
    // Another process holding the write lock for 8 s and writing all the while, as an import of a
    // large file does: a tiny page cache makes its uncommitted pages spill into the -wal file.
    const script = `const db = new (require('better-sqlite3'))(process.argv[1]);
      db.pragma('cache_size = 10');
      db.exec('BEGIN IMMEDIATE');
      process.stdout.write('locked\\n');
      const until = Date.now() + 8000;
      const tick = () => {
        db.prepare('INSERT INTO scratch VALUES (randomblob(100000))').run();
        if (Date.now() < until) setTimeout(tick, 150);
        else { db.exec('COMMIT'); db.close(); }
      };
      tick();`;
    const holder = spawn(process.execPath, ['-e', script, db], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    const started = Date.now();
    const r = await run(['add', '--channel', 'sms', '--title', 'Air PDAM keruh', '--description', 'Air keruh sejak tiga hari'], {
      db,
      now,
      tty: true,
      env: { NO_COLOR: '1' },
    });
    const waited = Date.now() - started;
    await exited;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Waiting for another lapor');
    expect(r.stderr).not.toContain('busy');
    expect(waited).toBeGreaterThanOrEqual(6000);
    expect(count(db)).toBe(1);
  }, 30000);
});
