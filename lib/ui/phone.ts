import { type CountryCode, getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { TelavoxExtension } from '@/lib/telavox/schemas';

/** Falls back to Sweden when a stored country is not one libphonenumber knows. */
function callingCodeOf(country: string): string {
  try {
    return getCountryCallingCode(country as CountryCode);
  } catch {
    return '46';
  }
}

/**
 * A key under which two spellings of the same number compare equal: digits in international form without
 * prefix. `+46 70-174 06 23`, `0046701740623` and `070-174 06 23` (in Sweden) all become `46701740623`.
 * Internal extensions without a trunk prefix ("123") stay as they are. Shorter than 3 digits: no key.
 */
export function numberKey(raw: string, country: string): string | null {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 3) return null;
  if (raw.trim().startsWith('+')) return digits;
  if (digits.startsWith('00')) return digits.slice(2);
  if (digits.startsWith('0')) return callingCodeOf(country) + digits.slice(1);
  return digits;
}

export type NumberIndex = ReadonlyMap<string, TelavoxExtension>;

/** Every colleague's extension and mobile under its `numberKey`; the first colleague wins a duplicate. */
export function buildNumberIndex(colleagues: readonly TelavoxExtension[], country: string): NumberIndex {
  const index = new Map<string, TelavoxExtension>();
  for (const colleague of colleagues) {
    for (const number of [colleague.extension, colleague.mobile]) {
      const key = numberKey(number, country);
      if (key !== null && !index.has(key)) index.set(key, colleague);
    }
  }
  return index;
}

/** The colleague owning any of the given spellings of one number (e.g. a record's E.164 and raw number). */
export function findColleague(
  index: NumberIndex,
  numbers: readonly (string | null | undefined)[],
  country: string,
): TelavoxExtension | null {
  for (const number of numbers) {
    if (!number) continue;
    const key = numberKey(number, country);
    const colleague = key === null ? undefined : index.get(key);
    if (colleague) return colleague;
  }
  return null;
}

/**
 * A number for display: national format for the user's own country, international otherwise, and the
 * text as written when it does not parse (internal extensions, hidden numbers).
 */
export function formatPhone(raw: string, country: string): string {
  const parsed = parsePhoneNumberFromString(raw, country as CountryCode);
  if (!parsed?.isValid()) return raw.trim();
  return parsed.country === country ? parsed.formatNational() : parsed.formatInternational();
}
