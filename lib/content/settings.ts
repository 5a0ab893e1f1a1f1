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
  /** Per origin, numbers marked "Not a phone number" there. */
  ignoredNumbers: Record<string, string[]>;
}

export const SETTINGS_KEY = 'settings';

const COUNTRY = /^[A-Z]{2}$/;

export function parseContentSettings(stored: unknown): ContentSettings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const { defaultCountry, openTelLinks, disabledOrigins, ignoredNumbers } = value;
  return {
    defaultCountry:
      typeof defaultCountry === 'string' && COUNTRY.test(defaultCountry) ? defaultCountry : 'SE',
    openTelLinks: openTelLinks === true,
    disabledOrigins: stringsIn(disabledOrigins),
    ignoredNumbers:
      typeof ignoredNumbers === 'object' && ignoredNumbers !== null && !Array.isArray(ignoredNumbers)
        ? Object.fromEntries(
            Object.entries(ignoredNumbers).map(([origin, list]) => [origin, stringsIn(list)]),
          )
        : {},
  };
}

function stringsIn(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
