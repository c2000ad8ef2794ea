export type Lang = 'en' | 'id';

/** One user-facing message in both languages; `{name}` placeholders are filled from params. */
export interface Message {
  en: string;
  id: string;
}

export type Catalog = Record<string, Message>;
