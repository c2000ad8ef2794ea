/** AppError subclasses with exit codes and message keys. */

import type { FieldProblem } from './domain/problems.js';
import type { MessageKey } from './io/messages/index.js';

/** Exit codes, as documented in README and docs/ARCHITECTURE.md. */
export const ExitCode = {
  ok: 0,
  internal: 1,
  usage: 2,
  notFound: 3,
  invalid: 4,
  syncFailed: 5,
  auth: 6,
  cancelled: 130,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export type Params = Record<string, string | number>;

/**
 * Base of every error a user may see. `key` is a message-catalog key; only
 * main.ts turns an AppError into text and an exit code.
 */
export class AppError extends Error {
  readonly exitCode: ExitCodeValue = ExitCode.internal;
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
    options?: { cause?: unknown },
  ) {
    super(key, options);
    this.name = new.target.name;
  }
}

export class UsageError extends AppError {
  override readonly exitCode = ExitCode.usage;
}

export class NotFoundError extends AppError {
  override readonly exitCode = ExitCode.notFound;
}

/** Invalid input: one or more field problems (with an optional row/line for imports). */
export class InvalidInputError extends AppError {
  override readonly exitCode = ExitCode.invalid;
  constructor(
    key: MessageKey,
    params: Params = {},
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(key, params);
  }
}

export class SyncError extends AppError {
  override readonly exitCode = ExitCode.syncFailed;
}

export class AuthError extends AppError {
  override readonly exitCode = ExitCode.auth;
}

export class CancelledError extends AppError {
  override readonly exitCode = ExitCode.cancelled;
  constructor() {
    super('error.cancelled');
  }
}

/** A database that this version cannot use safely (newer schema, corrupt, not a lapor db). */
export class StoreError extends AppError {
  override readonly exitCode = ExitCode.internal;
}
