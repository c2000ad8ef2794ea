/** Why an operation did not go through, stored as a message key with parameters. */

/**
 * Why an operation did not go through, stored in outbox.last_error as a message key with its
 * parameters, so `sync status` can say it later in the reader's language.
 */
export interface Reason {
  key: string;
  params: Record<string, string | number>;
}

export const reason = (key: string, params: Record<string, string | number> = {}): Reason => ({ key, params });

export function encodeReason(r: Reason): string {
  return JSON.stringify(r);
}

export function decodeReason(text: string | null): Reason | undefined {
  if (text === null) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<Reason>;
    if (typeof parsed.key === 'string') return { key: parsed.key, params: parsed.params ?? {} };
  } catch {
    // Written by something else: shown as it is.
  }
  return { key: 'sync.reason.text', params: { text } };
}
