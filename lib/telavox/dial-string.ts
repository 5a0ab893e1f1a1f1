import { InvalidNumberError } from './errors';

declare const dialStringBrand: unique symbol;

/** ASCII digits only, 3 to 17 of them: the one form a number may take in a Telavox URL path (§10). */
export type DialString = string & { readonly [dialStringBrand]: true };

export const DIAL_STRING_PATTERN = /^[0-9]{3,17}$/;

/**
 * Longer raw text is refused before any processing: a real number with separators and marks fits
 * comfortably, and the limit bounds the work done on text taken from a page.
 */
const MAX_RAW_LENGTH = 64;

// Full-width (U+FF10), Arabic-Indic (U+0660) and Eastern Arabic-Indic (U+06F0) digit blocks.
const DIGIT_ZEROS = [0xff10, 0x0660, 0x06f0] as const;
const FULL_WIDTH_PLUS = '\uFF0B';

// Zero-width characters and bidi marks/embeddings/isolates that pages insert around numbers.
const INVISIBLE_MARKS = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u061C]/g;

// The only separators accepted: space, NBSP, thin space, narrow NBSP, and - . / ( ).
const SEPARATORS = /[ \u00A0\u2009\u202F\-./()]/g;

function toAsciiDigits(text: string): string {
  let result = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9);
    result += zero === undefined ? char : String(code - zero);
  }
  return result.replaceAll(FULL_WIDTH_PLUS, '+');
}

/**
 * Turns text such as `+46 70-174 06 23` into `0046701740623`, or throws `InvalidNumberError`.
 * Everything not explicitly allowed is refused rather than stripped, so that text such as `070%2F174`,
 * `../hangup` or `070?x=1` can never be smuggled into a request path by removing the odd character.
 */
export function toDialString(input: string): DialString {
  if (input.length > MAX_RAW_LENGTH) throw new InvalidNumberError('too-long');
  const visible = toAsciiDigits(input).replace(INVISIBLE_MARKS, '');
  // A dot segment is refused outright even though dots are separators: it is never part of a number.
  if (visible.includes('..')) throw new InvalidNumberError('forbidden-character');
  const compact = visible.replace(SEPARATORS, '');
  if (compact === '') throw new InvalidNumberError('empty');
  const international = compact.startsWith('+') ? `00${compact.slice(1)}` : compact;
  if (/[^0-9]/.test(international)) throw new InvalidNumberError('forbidden-character');
  if (!DIAL_STRING_PATTERN.test(international)) throw new InvalidNumberError('wrong-length');
  return international as DialString;
}

/** True for a value that already is a valid dial string (a defence against a forged brand). */
export function isDialString(value: string): value is DialString {
  return DIAL_STRING_PATTERN.test(value);
}
