/**
 * Phone numbers in link targets: `tel:`, `callto:` and `sip:` (docs/number-detection.md §4.9).
 * `tel:` follows RFC 3966 (`;ext=`, `;phone-context=`, visual separators): https://www.rfc-editor.org/rfc/rfc3966
 * Content-script code: uses the compact metadata through number-plan.ts.
 */
import type { CountryCode } from 'libphonenumber-js/core';
import { normalizePhoneText } from './normalize';
import { supportedCountry, trunkPrefixOf, validE164 } from './number-plan';

export interface PhoneHref {
  /** E.164. */
  number: string;
  /** 1–10 ASCII digits. */
  extension?: string;
}

/** RFC 3966 visual separators (`-`, `.`, `(`, `)`) plus spaces, which pages write although the RFC does not allow them. */
const DIALLABLE = /^\+?[\d\-.() ]+$/;
const EXTENSION = /^\d{1,10}$/;
const MAX_HREF_LENGTH = 512;

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    // Malformed percent-encoding (`%E0%A4%A`): not a number.
    return null;
  }
}

/** The number part and `;`-parameters of the href, by scheme; null for other schemes. */
function splitHref(href: string): { subscriber: string; parameters: string[] } | null {
  const colon = href.indexOf(':');
  if (colon === -1) return null;
  const scheme = href.slice(0, colon).toLowerCase();
  let rest = href.slice(colon + 1);
  switch (scheme) {
    case 'tel':
      break;
    case 'callto':
      rest = rest.replace(/^\/\//, '');
      break;
    case 'sip':
    case 'sips': {
      // sip:+46701740612@host;user=phone: only the user part can be a number.
      const at = rest.indexOf('@');
      rest = at === -1 ? rest : rest.slice(0, at);
      break;
    }
    default:
      return null;
  }
  const [subscriber = '', ...parameters] = rest.split(';');
  return { subscriber, parameters };
}

/**
 * The phone number a `tel:`, `callto:` or `sip:` href points to, or null. Never throws. Numbers without
 * `+` are read in `defaultCountry` (or in `;phone-context=` when that is a `+` prefix) and must pass the
 * same trunk-prefix and validity rules as numbers in page text. Emergency numbers and short codes are
 * never valid numbers, so `tel:112` gives null.
 */
export function parsePhoneHref(href: string, options: { defaultCountry?: CountryCode }): PhoneHref | null {
  try {
    if (typeof href !== 'string' || href.length > MAX_HREF_LENGTH) return null;
    const parts = splitHref(href.trim());
    if (!parts) return null;
    const subscriber = decode(parts.subscriber);
    if (subscriber === null) return null;
    let extension: string | undefined;
    let context: string | undefined;
    for (const parameter of parts.parameters) {
      const decoded = decode(parameter);
      if (decoded === null) return null;
      const [name = '', value = ''] = decoded.split('=', 2);
      const key = name.trim().toLowerCase();
      if (key === 'ext') {
        if (!EXTENSION.test(value)) return null;
        extension = value;
      } else if (key === 'phone-context') {
        context = value;
      }
    }
    const number = toE164(normalizePhoneText(subscriber).trim(), context, options.defaultCountry);
    if (!number) return null;
    return extension === undefined ? { number } : { number, extension };
  } catch {
    return null;
  }
}

function toE164(
  subscriber: string,
  context: string | undefined,
  defaultCountry: CountryCode | undefined,
): string | null {
  if (!DIALLABLE.test(subscriber)) return null;
  const digits = subscriber.replace(/\D/g, '');
  if (digits.length === 0) return null;
  if (subscriber.startsWith('+')) return validE164(digits, true, undefined);
  // RFC 3966 §5.1.5: a local number's context may be a global number prefix such as `+468`.
  const contextDigits = context && /^\+[\d\-.()]+$/.test(context) ? context.replace(/\D/g, '') : '';
  if (contextDigits) return validE164(contextDigits + digits, true, undefined);
  if (digits.startsWith('00')) return validE164(digits.slice(2), true, undefined);
  const country = supportedCountry(defaultCountry);
  if (!country) return null;
  const trunkPrefix = trunkPrefixOf(country);
  if (trunkPrefix && !digits.startsWith(trunkPrefix)) return null;
  return validE164(digits, false, country);
}
