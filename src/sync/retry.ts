/**
 * The retry policy, pure: what to do after a failed request, and how long to wait. Randomness
 * comes in as a function so tests can pin it.
 */

/** How the national system's answer (or the lack of one) is classified; see national-api.md "Errors". */
export type FailureKind =
  /** 400/422: the record is wrong; retrying will not help. */
  | 'invalid'
  /** 401/403: credentials missing, wrong or revoked; stop the whole run. */
  | 'auth'
  /** 404: unknown complaint id. */
  | 'notFound'
  /** 429/503: slow down, honouring Retry-After. */
  | 'throttled'
  /** Other 5xx, timeouts, refused or reset connections, unreadable answers. */
  | 'transient'
  /** 3xx: national.url points at the wrong place; a configuration problem, not the report's. */
  | 'redirect'
  /** An answer larger than national.max_response_mb: cut off, not retried within the run. */
  | 'oversize';

export interface RetryPolicy {
  /** Attempts of one operation within one run (the first try included). */
  maxAttempts: number;
  /** Delay before the first retry; doubles each time. */
  baseMs: number;
  /** Longest wait inside a run; a longer Retry-After defers the operation to a later run. */
  maxWaitMs: number;
  /** Longest wait between runs for an operation that keeps failing. */
  maxDeferMs: number;
}

export const defaultPolicy: RetryPolicy = { maxAttempts: 4, baseMs: 1000, maxWaitMs: 60_000, maxDeferMs: 6 * 3600_000 };

export function classifyStatus(status: number): FailureKind | undefined {
  if (status >= 200 && status < 300) return undefined;
  if (status >= 300 && status < 400) return 'redirect';
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'notFound';
  if (status === 429 || status === 503) return 'throttled';
  if (status >= 500) return 'transient';
  // 400, 409, 422 and any other 4xx: the request itself is wrong.
  return 'invalid';
}

/**
 * Exponential backoff with "equal jitter": half of the delay is fixed so waits really grow, the
 * other half random so many clients that failed together do not retry together.
 */
export function backoffMs(retry: number, baseMs: number, capMs: number, random: () => number): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Retry-After is seconds or an HTTP date (RFC 9110); anything else is ignored. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export type Decision =
  /** Try again in this run after the delay. */
  | { action: 'retry'; delayMs: number }
  /** Leave the operation queued; a later run may try after the delay. */
  | { action: 'defer'; delayMs: number }
  /** Mark it failed for the admin to fix. */
  | { action: 'fail' }
  /** Stop the whole run (credentials). */
  | { action: 'stop' };

export interface FailureFacts {
  kind: FailureKind;
  /** Attempts made in this run so far, the failed one included. */
  attemptInRun: number;
  /** Attempts made over all runs, the failed one included. */
  attemptsTotal: number;
  retryAfterMs?: number;
}

export function decide(f: FailureFacts, policy: RetryPolicy, random: () => number): Decision {
  switch (f.kind) {
    case 'invalid':
    case 'notFound':
      return { action: 'fail' };
    case 'auth':
      return { action: 'stop' };
    case 'redirect':
    case 'oversize':
      // Trying again within the run gets the same answer: wait for a later run (after the fix).
      return { action: 'defer', delayMs: backoffMs(f.attemptsTotal, policy.baseMs, policy.maxDeferMs, random) };
    default: {
      const backoff = backoffMs(f.attemptInRun, policy.baseMs, policy.maxWaitMs, random);
      const wait = Math.max(backoff, f.retryAfterMs ?? 0);
      if (f.attemptInRun < policy.maxAttempts && wait <= policy.maxWaitMs) return { action: 'retry', delayMs: wait };
      const later = backoffMs(f.attemptsTotal, policy.baseMs, policy.maxDeferMs, random);
      return { action: 'defer', delayMs: Math.max(later, f.retryAfterMs ?? 0) };
    }
  }
}
