import type { Migration } from './index.js';

/**
 * Contract civil servants (PPPK) have NIPs of their own shape (digits 13-14 are not a month), and
 * evaluators ask which liaison officers are PPPK: the kind is stored with the NIP. Every NIP stored
 * before this version passed the PNS check (PPPK numbers were refused), so they are PNS. Version 7
 * is left to the recap index added on another branch.
 */
export const m008NipKind: Migration = {
  version: 8,
  name: 'nip-kind',
  sql: `
ALTER TABLE officers ADD COLUMN nip_kind TEXT CHECK (nip_kind IN ('pns', 'pppk'));
UPDATE officers SET nip_kind = 'pns' WHERE nip IS NOT NULL;
`,
};
