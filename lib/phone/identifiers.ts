/**
 * Identifiers and measurements that look like phone numbers (docs/number-detection.md §5.4–§5.6,
 * §5.8, §5.11–§5.16, §5.18). Each test gets the run text (normalised, trimmed to digits and inner
 * separators, possibly with a leading `+` or `(`), and where needed its digits, and answers for the
 * whole run.
 */
import { isEan13Valid, isIbanValid, isIsbn10Valid, isIssnValid, isLuhnValid } from './checksums';
import { isCalendarDate } from './dates';

const PERSONNUMMER = /^(\d{6}|\d{8})[-+ ]?(\d{4})$/;
const ORGANISATIONSNUMMER = /^(?:16)?([1-9]\d{5})-?(\d{4})$/;
const BANKGIRO = /^\d{3,4}-\d{4}$/;
const PLUSGIRO = /^\d{1,2}(?: \d\d)*-\d$/;
const ISBN10_HYPHENATED = /^\d{1,5}-\d{1,7}-\d{1,7}-\d$/;
const ISSN = /^\d{4}-\d{4}$/;
const CARD_GROUPED = /^(?:\d{4}[ -]){3}\d{1,7}$|^\d{4}[ -]\d{6}[ -]\d{5}$|^(?:\d{4}[ -]){4}\d{1,3}$/;
const UUID_DIGITS = /^\d{8}-\d{4}-\d{4}-\d{4}-\d{12}$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/\d{1,2})?$/;
const DECIMAL_DEGREES = /^-?\d{1,3}\.\d{4,}$/;
const DEGREES_AFTER = /^\s?,\s?-?\d{1,3}\.\d{3,}/;
const DEGREES_BEFORE = /\d\.\d{3,}\s?,\s?-?$/;
const GRID_PAIR = /^\d{6,7}[ ,]+\d{6,7}$/;
const GRID_LETTER_BEFORE = /(?:^|[^\p{L}])[NEÖ]\s?$/u;
const POSTCODE_AT_END = /(?:^|[ ])\d{3} \d\d$/;
const PLACE_NAME_AFTER = /^ \p{Lu}\p{Ll}/u;
const IBAN_HEAD_BEFORE = /(?:^|[^A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})*) ?$/;

/**
 * Swedish personnummer and samordningsnummer: YYMMDD or YYYYMMDD, then `-`, `+`, a space or nothing,
 * then four digits; the date must exist (day + 60 for samordningsnummer) and the Luhn digit must match.
 */
export function isPersonnummer(run: string): boolean {
  const match = PERSONNUMMER.exec(run);
  if (!match?.[1] || !match[2]) return false;
  const date = match[1];
  const short = date.slice(-6);
  if (!isLuhnValid(short + match[2])) return false;
  const month = Number(short.slice(2, 4));
  const rawDay = Number(short.slice(4, 6));
  const day = rawDay > 60 ? rawDay - 60 : rawDay;
  if (date.length === 8) return isCalendarDate(Number(date.slice(0, 4)), month, day);
  const year = Number(short.slice(0, 2));
  // `+` marks a person over 100, so the century is one earlier; either way one reading must exist.
  return [1800, 1900, 2000].some((century) => isCalendarDate(century + year, month, day));
}

/**
 * Organisationsnummer: ten digits (optionally `16`-prefixed), third digit ≥ 2, Luhn. The first digit is
 * never 0 (it names the legal form), which keeps every Swedish national phone number out of this rule.
 */
export function isOrganisationsnummer(run: string): boolean {
  const match = ORGANISATIONSNUMMER.exec(run);
  if (!match?.[1] || !match[2]) return false;
  const ten = match[1] + match[2];
  return Number(ten[2]) >= 2 && isLuhnValid(ten);
}

/** Bankgiro (`NNN-NNNN`, `NNNN-NNNN`) and Plusgiro (pairs from the right, then `-N`), with Luhn. */
export function isGiroNumber(run: string, digits: string): boolean {
  if (!BANKGIRO.test(run) && !PLUSGIRO.test(run)) return false;
  return isLuhnValid(digits);
}

/** ISBN-13 (978/979 with check digit), hyphenated ISBN-10 and ISSN shapes with valid check digits. */
export function isIsbnOrIssn(run: string, digits: string): boolean {
  if (digits.length === 13 && /^97[89]/.test(digits) && /^[\d -]+$/.test(run) && isEan13Valid(digits)) {
    return true;
  }
  if (ISBN10_HYPHENATED.test(run) && digits.length === 10 && isIsbn10Valid(digits)) return true;
  return ISSN.test(run) && isIssnValid(digits);
}

/** Payment cards: 13–19 digits, unbroken or in card-style groups, with a valid Luhn digit. */
export function isPaymentCard(run: string, digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  if (!/^\d+$/.test(run) && !CARD_GROUPED.test(run)) return false;
  return isLuhnValid(digits);
}

/** A UUID written with digits only, in 8-4-4-4-12 groups. */
export function isDigitUuid(run: string): boolean {
  return UUID_DIGITS.test(run);
}

/** IPv4 addresses (each group 0–255), optionally with a `/prefix`. */
export function isIpv4(run: string): boolean {
  const match = IPV4.exec(run);
  if (!match) return false;
  return match.slice(1, 5).every((group) => Number(group) <= 255);
}

/** Version and build strings: more than two dots (`10.0.19045.3803`, `07.10.174.0623`). */
export function isDottedVersion(run: string): boolean {
  let dots = 0;
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) === 0x2e) dots++;
  return dots > 2;
}

/** Coordinates: decimal-degree pairs, and SWEREF 99 / RT 90 grid pairs (§5.18). */
export function isCoordinate(run: string, before: string, after: string): boolean {
  if (DECIMAL_DEGREES.test(run) && (DEGREES_AFTER.test(after) || DEGREES_BEFORE.test(before))) return true;
  if (GRID_PAIR.test(run)) return true;
  return /^\d{6,7}$/.test(run) && GRID_LETTER_BEFORE.test(before);
}

/** A run that ends in a postcode (`NNN NN`) followed by a place name (§5.8). */
export function endsWithPostcode(run: string, after: string): boolean {
  return POSTCODE_AT_END.test(run) && PLACE_NAME_AFTER.test(after);
}

/** An IBAN whose country code and check digits sit before the run (`GB90 BARC 2065 8279 4316 27`). */
export function isIbanTail(run: string, before: string): boolean {
  const head = IBAN_HEAD_BEFORE.exec(before)?.[1];
  if (!head) return false;
  return isIbanValid(head + run.replace(/[ -]/g, ''));
}
