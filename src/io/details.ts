/** Audit and event details as one line for people: changes as "field: from -> to", the rest as key=value. */

/** Changed fields as "field: from -> to"; other details as key=value. */
export function describeDetails(details: Record<string, unknown>): string {
  const changes = details.changes as Record<string, { from: unknown; to: unknown }> | undefined;
  if (changes)
    return Object.entries(changes)
      .map(([k, v]) => `${k}: ${String(v.from ?? '-')} -> ${String(v.to ?? '-')}`)
      .join('; ');
  return Object.entries(details)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' ');
}
