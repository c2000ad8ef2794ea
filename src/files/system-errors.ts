/** Conditions of the machine (disk full, read-only, no permission, missing folder, busy or damaged database) as clear errors. */

import { AppError, AuthError, ExitCode, StoreError, UsageError } from '../errors.js';
import { formatBytes } from '../domain/file-type.js';

/** Disk full: nothing was half-written (writes go through a temporary file), so it is like invalid input. */
export class DiskFullError extends AppError {
  override readonly exitCode = ExitCode.invalid;
}

/** The database is held by another writer longer than the busy timeout. */
export class BusyError extends AppError {}

interface Where {
  /** The file as the user named it. */
  path?: string;
  write?: boolean;
  /** Bytes the operation needed, when known. */
  needed?: number;
}

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

/**
 * The one map from conditions of the machine (disk full, permissions, a missing folder, a busy or
 * damaged database) to clear messages and exit codes. Anything it does not know stays an internal
 * error: after this, "Unexpected error" means a bug in lapor.
 */
export function classifySystemError(error: unknown, where: Where = {}): AppError | undefined {
  if (error instanceof AppError) return error;
  const code = codeOf(error);
  if (code === undefined) return undefined;
  const file = where.path ?? String((error as { path?: unknown }).path ?? '');
  const reason = (error as Error).message;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') {
    return where.needed
      ? new DiskFullError('file.diskFullNeeded', { path: file || '-', size: formatBytes(where.needed) }, { cause: error })
      : new DiskFullError('file.diskFull', { path: file || '-' }, { cause: error });
  }
  if (code.startsWith('SQLITE_READONLY')) return new AuthError('db.readOnly', { reason }, { cause: error });
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new BusyError('db.busy', {}, { cause: error });
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new StoreError('db.damaged', { reason }, { cause: error });
  // Cannot open: a read-only folder or mount (WAL needs its -shm file) or no permission.
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM')) return new AuthError('db.ioError', { reason }, { cause: error });
  if (code.startsWith('SQLITE_IOERR')) return new StoreError('db.ioError', { reason }, { cause: error });
  if (!file) return undefined;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AuthError(where.write ? 'file.cannotWrite' : 'file.cannotRead', { path: file, code }, { cause: error });
  }
  if (code === 'ENOENT' && where.write) return new UsageError('file.noFolder', { path: file, folder: dirOf(file) }, { cause: error });
  // A file named in a flag or argument: a usage slip (exit 2), as it always was.
  if (code === 'ENOENT') return new UsageError('file.notFound', { path: file }, { cause: error });
  if (code === 'EISDIR') return new UsageError('file.isFolder', { path: file }, { cause: error });
  if (code === 'ENOTDIR' || code === 'ELOOP' || code === 'ENAMETOOLONG') {
    return new UsageError(where.write ? 'error.writeFile' : 'error.readFile', { path: file, reason: code }, { cause: error });
  }
  return undefined;
}

const dirOf = (file: string) => {
  const i = file.lastIndexOf('/');
  return i > 0 ? file.slice(0, i) : '.';
};

/** classifySystemError, or the usual "cannot write/read PATH: reason" usage error. */
export function systemError(error: unknown, where: Where & { path: string }): AppError {
  return (
    classifySystemError(error, where) ??
    new UsageError(where.write ? 'error.writeFile' : 'error.readFile', { path: where.path, reason: (error as Error).message }, { cause: error })
  );
}
