import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { classifySystemError, systemError } from '../../src/files/system-errors.js';
import { translate } from '../../src/io/messages/index.js';
import { tempDb, tempDir, run } from '../helpers/cli.js';

// Issue 10, item 7: conditions of the machine get clear messages and exit codes; real errors from
// the kernel and SQLite, not hand-made objects.

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('classifySystemError', () => {
  it('disk full (a write to /dev/full): exit 4, says how much was needed, nothing half-written', () => {
    const fd = fs.openSync('/dev/full', 'w');
    const error = thrown(() => fs.writeSync(fd, Buffer.alloc(10)));
    fs.closeSync(fd);
    const mapped = systemError(error, { path: 'out.csv', write: true, needed: 3 * 1024 * 1024 });
    expect(mapped.exitCode).toBe(4);
    expect(translate('en', mapped.key, mapped.params)).toContain('about 3.0 MB needed');
    expect(translate('en', mapped.key, mapped.params)).toContain('Nothing was half-written');
  });

  it('a read-only database: exit 6 naming the cause', () => {
    const db = tempDb();
    new Database(db).exec('CREATE TABLE t (x)');
    const ro = new Database(db, { readonly: true });
    const error = thrown(() => ro.exec('INSERT INTO t VALUES (1)'));
    ro.close();
    const mapped = classifySystemError(error)!;
    expect(mapped.exitCode).toBe(6);
    expect(translate('en', mapped.key, mapped.params)).toContain('read-only');
  });

  it('a missing output folder and a folder as target are clear usage errors', () => {
    const error = thrown(() => fs.openSync(path.join(tempDir(), 'no', 'x.csv'), 'wx'));
    expect(systemError(error, { path: 'no/x.csv', write: true }).key).toBe('file.noFolder');
    expect(classifySystemError(new Error('plain bug'))).toBeUndefined();
  });

  it('an export into a missing folder is not an internal error', async () => {
    const db = tempDb();
    const r = await run(['export', '--out', path.join(tempDir(), 'gone', 'x.csv')], { db });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('Unexpected');
  });
});
