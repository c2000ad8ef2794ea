export type Lang = 'en' | 'id';

/**
 * One user-facing message in both languages; `{name}` placeholders are filled from params.
 * `{name:one|other}` is the word that agrees with the number in `name`, by Intl.PluralRules:
 * `{count} {count:report|reports}`. Indonesian nouns do not change with number, so `id` texts need none.
 */
export interface Message {
  en: string;
  id: string;
}

export type Catalog = Record<string, Message>;
