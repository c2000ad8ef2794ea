/** Why an operation did not go through, stored as a message key with parameters. */

/**
 * Why an operation did not go through, stored in outbox.last_error as a message key with its
 * parameters, so `sync status` can say it later in the reader's language.
 */
export interface Reason {
  key: ReasonKey;
  params: Record<string, string | number>;
}

/**
 * The reasons there are: each `sync.reason.<name>` is a catalog key (a compile error where a reason
 * is shown if not), and every FailureKind is one (a compile error in push/pull if not).
 */
export const reasonNames = [
  ...[
    'invalid',
    'notFound',
    'auth',
    'throttled',
    'transient',
    'redirect',
    'oversize',
    'idTaken',
    'cancelled',
    'text',
    'waitingRetry',
    'reportMissing',
    'eventMissing',
  ],
  ...['emptyFollowup', 'noCreate', 'categoryUnmapped', 'categoryGone', 'attachmentMissing'],
  ...['forwardNoMasters', 'forwardUnknown', 'forwardAmbiguous'],
] as const;
export type ReasonKey = `sync.reason.${(typeof reasonNames)[number]}`;

const reasonKeys: ReadonlySet<string> = new Set(reasonNames.map((n): ReasonKey => `sync.reason.${n}`));
const isReasonKey = (key: unknown): key is ReasonKey => typeof key === 'string' && reasonKeys.has(key);

export const reason = (key: ReasonKey, params: Record<string, string | number> = {}): Reason => ({ key, params });

export function encodeReason(r: Reason): string {
  return JSON.stringify(r);
}

export function decodeReason(text: string | null): Reason | undefined {
  if (text === null) return undefined;
  try {
    const parsed = JSON.parse(text) as { key?: unknown; params?: Reason['params'] };
    if (isReasonKey(parsed.key)) return { key: parsed.key, params: parsed.params ?? {} };
  } catch {
    // Written by something else (or a reason this version does not know): shown as it is.
  }
  return { key: 'sync.reason.text', params: { text } };
}
