import { en, type MessageKey } from './en';
import { fill, getLanguage, type Language, type MessageParams } from './page';
import { sv } from './sv';

export type { MessageKey } from './en';
export {
  detectLanguage,
  getLanguage,
  getLocale,
  type Language,
  type MessageParams,
  placeholdersOf,
  setLanguage,
} from './page';

const dictionaries: Record<Language, Readonly<Record<MessageKey, string>>> = { en, sv };

/** The text for `key` in the current language, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params?: MessageParams): string {
  return fill(dictionaries[getLanguage()][key], params);
}

export const dictionariesForTest = dictionaries;
