/**
 * Character normalisation for phone-number text (docs/number-detection.md §2).
 *
 * Every mapped character is a single UTF-16 code unit and maps to exactly one code unit, so the only
 * change in length comes from removed characters. libphonenumber-js handles some of these rows itself,
 * but not bidi marks, U+2007, U+2009 or U+202F, so every row is handled here and results never depend
 * on the parser.
 */

const REMOVED = -1;

/** Code unit → replacement code unit, or REMOVED. Absent means "unchanged". */
const REPLACEMENTS = new Map<number, number>();

function mapRange(from: number, to: number, firstTarget: number): void {
  for (let code = from; code <= to; code++) REPLACEMENTS.set(code, firstTarget + (code - from));
}
function mapEach(codes: readonly number[], target: number): void {
  for (const code of codes) REPLACEMENTS.set(code, target);
}

const ZERO = 0x30;
mapRange(0xff10, 0xff19, ZERO); // full-width digits
mapRange(0x0660, 0x0669, ZERO); // Arabic-Indic digits
mapRange(0x06f0, 0x06f9, ZERO); // Eastern Arabic-Indic digits
mapEach([0xff0b], 0x2b); // ＋
mapEach([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xff0d], 0x2d); // dashes, minus → -
mapEach([0x00a0, 0x2007, 0x2009, 0x202f, 0x3000], 0x20); // special spaces → space
mapEach([0xff0e], 0x2e); // ．
mapEach([0xff0f], 0x2f); // ／
mapEach([0xff08], 0x28); // （
mapEach([0xff09], 0x29); // ）
mapEach(
  [
    0x200b,
    0x200c,
    0x200d,
    0x2060,
    0xfeff,
    0x00ad, // zero-width characters and the soft hyphen
    0x200e,
    0x200f,
    0x061c,
    0x202a,
    0x202b,
    0x202c,
    0x202d,
    0x202e,
    0x2066,
    0x2067,
    0x2068,
    0x2069, // bidi marks
  ],
  REMOVED,
);

/** Any character that normalisation changes: every key of REPLACEMENTS. */
const NEEDS_NORMALISATION =
  /[\u00a0\u00ad\u061c\u0660-\u0669\u06f0-\u06f9\u2007\u2009\u200b-\u2015\u202a-\u202f\u2060\u2066-\u2069\u2212\u3000\ufeff\uff08-\uff19]/;

/** Text after §2 normalisation, with a way back to offsets in the original text. */
export interface NormalizedText {
  readonly text: string;
  /** Index in the original text of the character at `index` in the normalised text. */
  originalIndex(index: number): number;
}

/** Normalises phone text per §2 (digits, plus, dashes, spaces, brackets; invisible marks removed). */
export function normalizePhoneText(text: string): string {
  return normalizeWithOffsets(text).text;
}

/**
 * Normalises `text` and keeps an offset map. When nothing needs changing the input is returned as is
 * with an identity map.
 */
export function normalizeWithOffsets(text: string): NormalizedText {
  // A native regex search finds the first character that changes several times faster than a JS loop.
  const first = text.search(NEEDS_NORMALISATION);
  if (first === -1) return { text, originalIndex: (index) => index };
  const originalOf = new Int32Array(text.length + 1);
  for (let i = 0; i < first; i++) originalOf[i] = i;
  const units: number[] = [];
  let out = text.slice(0, first);
  let written = first;
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const replacement = code >= 0xa0 ? REPLACEMENTS.get(code) : undefined;
    if (replacement === REMOVED) continue;
    units.push(replacement ?? code);
    originalOf[written++] = i;
    // Flush in slices so that String.fromCharCode never receives too many arguments.
    if (units.length === 8192) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  out += String.fromCharCode(...units);
  originalOf[written] = text.length;
  return { text: out, originalIndex: (index) => originalOf[index] ?? text.length };
}

/** ASCII value (0–9) of a digit character §2 maps to ASCII, or -1 for any other code unit. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0;
  return -1;
}

/** True when `text` holds at least `minimum` digits (after digit mapping). Stops counting early. */
export function hasAtLeastDigits(text: string, minimum: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path first: nearly every character of prose is below '0' or a letter above '9'.
    if ((code >= 0x30 && code <= 0x39) || (code > 0x65f && digitValue(code) >= 0)) {
      if (++count >= minimum) return true;
    }
  }
  return false;
}
