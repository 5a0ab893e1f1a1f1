/**
 * Parsing of text that is about to be dialled (docs/telavox-api.md §10, docs/number-detection.md §7.3).
 *
 * Background-only: this module imports the full ("max") metadata to validate and classify numbers by
 * type. The content script must never import it (see index.ts for the content-script budget).
 */
import {
  type CountryCode,
  type MetadataJson,
  type PhoneNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/max/metadata';
import { normalizePhoneText } from './normalize';
import { requiredTrunkPrefix } from './trunk-prefix';

const fullMetadata: MetadataJson = metadata;

export type DialInput =
  | {
      ok: true;
      /** `+` and up to 15 digits. */
      e164: string;
      /** National format in the number's own country, e.g. `070-174 06 23`. */
      national: string;
      /** International format, e.g. `+46 70 174 06 23`. */
      international: string;
      extension?: string;
      kind: 'standard' | 'premium' | 'shared-cost';
    }
  | { ok: false; reason: 'empty' | 'emergency' | 'short-code' | 'letters' | 'invalid' };

/**
 * Emergency numbers of the Nordic countries, the UK and the US, plus the common ones abroad
 * (000 Australia, 110/119 Germany, China, Japan). Sources: https://www.pts.se/ (Swedish number plan),
 * https://www.nkom.no/ (110/112/113 in Norway), https://www.ofcom.org.uk/ (999/112),
 * https://www.fcc.gov/general/9-1-1-and-e9-1-1-services (911), EU directive 2018/1972 art. 109 (112).
 */
const EMERGENCY_NUMBERS = new Set(['112', '911', '999', '000', '110', '113', '119']);

/**
 * Short codes that must be called from a phone directly. SE: 114 14 police, 1177 healthcare guide,
 * 113 13 information in crises, 118 118 directory enquiries, 116 xxx harmonised EU services (PTS number
 * plan). NO: 02800 police, 116 117 out-of-hours care. DK: 114 police, 1813 Copenhagen medical line.
 * UK: 101 police, 111 NHS, 105 power cuts, 116 123. US: N11 codes (211 … 811) and 988 (FCC).
 */
const SHORT_CODES = new Set([
  '11414',
  '1177',
  '11313',
  '118118',
  '116000',
  '116006',
  '116111',
  '116117',
  '116123',
  '02800',
  '114',
  '1813',
  '101',
  '105',
  '111',
  '211',
  '311',
  '411',
  '511',
  '611',
  '711',
  '811',
  '988',
]);

/** Fewer national digits than this is a short code, not a subscriber number. */
const MIN_SUBSCRIBER_DIGITS = 7;
const MAX_INPUT_LENGTH = 64;

const EXTENSION_AT_END = /^(.*?)[\s,]*(?:anknytning|ankn\.?|extension|ext\.?|x|;ext=)\s*(\d{1,10})$/i;
const DIAL_CHARACTERS = /^\+?[\d\s\-.()/]+$/;
const LETTER = /\p{L}/u;

/** Premium rate and mass calling in Sweden: 0900, 0939, 0944 and 099 (https://pts.se/, telekomradgivarna.se). */
const SWEDISH_PREMIUM = /^(?:900|939|944|99)/;
/** Shared cost in Sweden: 077. */
const SWEDISH_SHARED_COST = /^77/;

function classify(number: PhoneNumber): 'standard' | 'premium' | 'shared-cost' {
  if (number.countryCallingCode === '46') {
    if (SWEDISH_PREMIUM.test(number.nationalNumber)) return 'premium';
    if (SWEDISH_SHARED_COST.test(number.nationalNumber)) return 'shared-cost';
  }
  const type = number.getType();
  if (type === 'PREMIUM_RATE') return 'premium';
  if (type === 'SHARED_COST') return 'shared-cost';
  return 'standard';
}

function splitExtension(text: string): { main: string; extension?: string } {
  const match = EXTENSION_AT_END.exec(text);
  if (!match?.[1] || !match[2]) return { main: text };
  return { main: match[1], extension: match[2] };
}

/** The national digits a short code is recognised by: `+46 112` and `0046112` count as `112`. */
function shortCodeReason(digits: string, international: boolean): 'emergency' | 'short-code' | null {
  const national = international ? nationalPartOf(digits) : digits;
  if (national === null) return null;
  if (EMERGENCY_NUMBERS.has(national)) return 'emergency';
  if (SHORT_CODES.has(national)) return 'short-code';
  if (!international && national.length < MIN_SUBSCRIBER_DIGITS) return 'short-code';
  return null;
}

function nationalPartOf(internationalDigits: string): string | null {
  const parsed = parsePhoneNumberFromString(`+${internationalDigits}`, fullMetadata);
  return parsed ? parsed.nationalNumber : null;
}

/**
 * Normalises and validates text typed or selected for dialling. Refuses empty input, emergency numbers,
 * short codes, letters (vanity numbers) and anything that is not a valid number under the full metadata.
 */
export function parseDialInput(raw: string, options: { defaultCountry: CountryCode }): DialInput {
  if (typeof raw !== 'string') return { ok: false, reason: 'invalid' };
  const text = normalizePhoneText(raw).replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.length > MAX_INPUT_LENGTH) return { ok: false, reason: 'invalid' };
  const { main, extension } = splitExtension(text);
  if (!DIAL_CHARACTERS.test(main)) {
    const onlyLettersAndDialCharacters = /^[\p{L}\d\s\-.()/+]+$/u.test(main);
    return { ok: false, reason: onlyLettersAndDialCharacters && LETTER.test(main) ? 'letters' : 'invalid' };
  }
  let digits = main.replace(/\D/g, '');
  if (digits === '') return { ok: false, reason: 'empty' };
  let international = main.startsWith('+');
  // Checked before `00` is read as an international prefix, so that `000` stays an emergency number.
  const refusal = international ? null : shortCodeReason(digits, false);
  if (refusal) return { ok: false, reason: refusal };
  if (!international && digits.startsWith('00')) {
    international = true;
    digits = digits.slice(2);
  }
  const internationalRefusal = international ? shortCodeReason(digits, true) : null;
  if (internationalRefusal) return { ok: false, reason: internationalRefusal };

  let parsed: PhoneNumber | undefined;
  try {
    if (international) {
      parsed = parsePhoneNumberFromString(`+${digits}`, fullMetadata);
    } else {
      // The same trunk-prefix rule as in page text, so a selected `15.03.2024` never becomes a number.
      const trunkPrefix = requiredTrunkPrefix(options.defaultCountry, fullMetadata);
      if (trunkPrefix && !digits.startsWith(trunkPrefix)) return { ok: false, reason: 'invalid' };
      parsed = parsePhoneNumberFromString(digits, options.defaultCountry, fullMetadata);
    }
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!parsed?.isValid() || parsed.number.length > 16) return { ok: false, reason: 'invalid' };
  const result: DialInput = {
    ok: true,
    e164: parsed.number,
    national: parsed.formatNational(),
    international: parsed.formatInternational(),
    kind: classify(parsed),
  };
  if (extension !== undefined) result.extension = extension;
  return result;
}
