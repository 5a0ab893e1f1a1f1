import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';

/**
 * The country a number belongs to, for the hover card. Uses the same compact metadata as the detector
 * (`lib/phone/number-plan.ts`), so the content script carries one copy of it.
 */
export function regionOfNumber(e164: string): string | null {
  try {
    return parsePhoneNumberFromString(e164, metadata)?.country ?? null;
  } catch {
    return null;
  }
}

/** "Sweden" / "Sverige" for `SE` in the UI language; null when the browser cannot name it. */
export function regionName(region: string, locale: string): string | null {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(region) ?? null;
  } catch {
    return null;
  }
}
