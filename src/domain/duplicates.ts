/** Likely duplicates: the same NIK or phone with a similar title within 20 days. */

/**
 * Likely duplicates (DOMAIN.md): the same reporter (NIK or phone) with a
 * similar title within 20 days. Similarity is the Sørensen-Dice coefficient
 * of character bigrams of the normalised titles, which tolerates typos and
 * word order ("Jalan rusak di Sepaku" / "Sepaku: jalan rusak").
 */
export interface DuplicateProbe {
  title: string;
  receivedDate: string;
  nik?: string;
  phone?: string;
}

export interface ExistingReport extends DuplicateProbe {
  ticket: string;
  /** For the personal-data policy: a confidential match is not named, and is audited by id. */
  id?: number;
  confidential?: boolean;
}

export interface LikelyDuplicate {
  ticket: string;
  id?: number;
  confidential: boolean;
  title: string;
  receivedDate: string;
  matchedOn: 'nik' | 'phone';
  similarity: number;
}

export const duplicateDefaults = { windowDays: 20, threshold: 0.5 };

function bigrams(text: string): Map<string, number> {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .sort();
  const counts = new Map<string, number>();
  for (const word of words) {
    const padded = ` ${word} `;
    for (let i = 0; i < padded.length - 1; i++) {
      const gram = padded.slice(i, i + 2);
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  return counts;
}

export function titleSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const [gram, n] of y) {
    total += n;
    shared += Math.min(n, x.get(gram) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

export function findLikelyDuplicates(probe: DuplicateProbe, existing: readonly ExistingReport[], opts = duplicateDefaults): LikelyDuplicate[] {
  if (!probe.nik && !probe.phone) return [];
  const found: LikelyDuplicate[] = [];
  for (const other of existing) {
    const matchedOn = probe.nik && other.nik === probe.nik ? 'nik' : probe.phone && other.phone === probe.phone ? 'phone' : undefined;
    if (!matchedOn) continue;
    if (Math.abs(dayNumber(other.receivedDate) - dayNumber(probe.receivedDate)) > opts.windowDays) continue;
    const similarity = titleSimilarity(probe.title, other.title);
    if (similarity >= opts.threshold) {
      found.push({
        ticket: other.ticket,
        id: other.id,
        confidential: other.confidential ?? false,
        title: other.title,
        receivedDate: other.receivedDate,
        matchedOn,
        similarity,
      });
    }
  }
  return found.sort((a, b) => b.similarity - a.similarity);
}

export function shiftDate(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
}
