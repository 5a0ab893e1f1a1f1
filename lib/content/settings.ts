/**
 * The few settings the content script needs, read straight from `storage.local` (key `settings`, written
 * by the background through `settingsItem` in `lib/storage.ts`, schema `settingsSchema` in
 * `lib/model.ts`). Checked by hand rather than with Zod to keep Zod out of the content script (see
 * `messages.ts`). Each field falls back on its own, so a value written by another version never stops
 * detection.
 */

export interface ContentSettings {
  /** ISO 3166-1 alpha-2 country for numbers written without + or 00. */
  defaultCountry: string;
  /** A left click on a page's own tel: link opens the Telavox confirmation. */
  openTelLinks: boolean;
  /** Origins where the user switched detection off. */
  disabledOrigins: string[];
}

export const SETTINGS_KEY = 'settings';

const COUNTRY = /^[A-Z]{2}$/;

export function parseContentSettings(stored: unknown): ContentSettings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const { defaultCountry, openTelLinks, disabledOrigins } = value;
  return {
    defaultCountry:
      typeof defaultCountry === 'string' && COUNTRY.test(defaultCountry) ? defaultCountry : 'SE',
    openTelLinks: openTelLinks === true,
    disabledOrigins: Array.isArray(disabledOrigins)
      ? disabledOrigins.filter((origin): origin is string => typeof origin === 'string')
      : [],
  };
}
