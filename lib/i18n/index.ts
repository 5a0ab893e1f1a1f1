import { en, type MessageKey } from './en';
import { sv } from './sv';

export type { MessageKey } from './en';
export type Language = 'en' | 'sv';
export type MessageParams = Readonly<Record<string, string | number>>;

const dictionaries: Record<Language, Readonly<Record<MessageKey, string>>> = { en, sv };

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

/** The text for `key` in the current language, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[current][key];
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The placeholder names used in one message, for checking that translations keep them. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '').sort();
}

export const dictionariesForTest = dictionaries;
