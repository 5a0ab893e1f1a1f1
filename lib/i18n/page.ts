import { type PageMessageKey, pageEn } from './page-en';
import { pageSv } from './page-sv';

/**
 * The translator core, and the text the content script may show. The content script imports only this
 * module, so it carries the page strings and not the whole UI's (`./index.ts` adds the rest).
 */

export type Language = 'en' | 'sv';
export type MessageParams = Readonly<Record<string, string | number>>;
export type { PageMessageKey } from './page-en';

/** BCP 47 tags for `Intl` formatting; en-GB writes dates as "3 Mar", which matches the UI's short style. */
const locales: Record<Language, string> = { en: 'en-GB', sv: 'sv-SE' };

/** Swedish for any `sv*` browser language, English otherwise. */
export function detectLanguage(tag: string | undefined): Language {
  return tag?.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

let current: Language = detectLanguage(globalThis.navigator?.language);

export function getLanguage(): Language {
  return current;
}

/** Overrides the language (tests, or a future setting). */
export function setLanguage(language: Language): void {
  current = language;
}

export function getLocale(): string {
  return locales[current];
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders from `params`; unknown ones stay visible. */
export function fill(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The placeholder names used in one message, for checking that translations keep them. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}

const pageDictionaries: Record<Language, Readonly<Record<PageMessageKey, string>>> = {
  en: pageEn,
  sv: pageSv,
};

/** Page text for `key` in the current language. */
export function pageT(key: PageMessageKey, params?: MessageParams): string {
  return fill(pageDictionaries[current][key], params);
}
