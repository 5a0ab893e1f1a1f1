/**
 * Rejections decided by the characters around a run (docs/number-detection.md §3 rule 2, §5.9, §5.10,
 * §5.16, §5.19, §5.20): digits glued to letters, URLs, e-mail addresses, file names, `#` ids, clock
 * values, currency and percent markers.
 */
import { matchExtension, startsDialPauseTail } from './extension';
import type { Run } from './scanner';

const LETTER = /\p{L}/u;
const WHITESPACE = /\s/;

/** Left neighbours that make the run part of a path, query, id, handle or masked value (§5.20, §5.17). */
const GLUE_LEFT = new Set([
  '/',
  '\\',
  '_',
  '=',
  '?',
  '#',
  '@',
  '&',
  '*',
  '$',
  '€',
  '£',
  '¥',
  '°',
  '′',
  '″',
  "'",
  '%',
  '|',
]);
/** Right neighbours that make the run part of an e-mail, id, PIN, percentage or coordinate. */
const GLUE_RIGHT = new Set(['@', '_', '#', '%', '‰', '*', '°', '′', '″', "'", '=', '$', '€', '£', '¥', '\\']);

const TOKEN_LOOKAROUND = 200;

const CURRENCY_BEFORE = /(?:^|[^\p{L}])(?:kr|sek|nok|dkk|eur|usd|gbp|chf|isk)\.?\s?$|[€$£¥]\s?$/iu;
const CURRENCY_AFTER = /^\s?(?:(?:kr|sek|nok|dkk|eur|usd|gbp|chf|isk|kronor|euro)(?![\p{L}])|[€$£¥]|:-|,-)/iu;
const DECIMAL_AFTER = /^,\d{1,2}(?![\d\-./])/;
const PERCENT_AFTER = /^(?:,\d+)?\s?(?:%|‰|procent(?![\p{L}])|percent(?![\p{L}]))/iu;

/** The code point that ends right before `index`, as a string ('' at the start). */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text.charAt(index - 1);
}

/** The code point that starts at `index`, as a string ('' at the end). */
function charAt(text: string, index: number): string {
  if (index >= text.length) return '';
  const code = text.codePointAt(index) ?? 0;
  return String.fromCodePoint(code);
}

function isLetter(char: string): boolean {
  if (char === '') return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(char);
}

function isAsciiDigit(char: string): boolean {
  return char >= '0' && char <= '9' && char.length === 1;
}

function gluedOnLeft(text: string, start: number): boolean {
  const left = charBefore(text, start);
  if (left === '') return false;
  if (isLetter(left) || isAsciiDigit(left) || GLUE_LEFT.has(left)) return true;
  const beyond = charBefore(text, start - left.length);
  switch (left) {
    case '-': // `ORD-2024…`, `SE-0841…`: a letter-prefixed id
      return isLetter(beyond);
    case ':': // `08:30`, `::1`: part of a clock value or an IPv6 address
      return isAsciiDigit(beyond);
    case ',': // `,,84261395072#`: a dial-pause tail
      return beyond === ',';
    case ';':
      return isAsciiDigit(beyond);
    default:
      return false;
  }
}

function gluedOnRight(text: string, end: number): boolean {
  const right = charAt(text, end);
  if (right === '') return false;
  if (isLetter(right)) return matchExtension(text, end) === null && !startsDialPauseTail(text, end);
  if (isAsciiDigit(right) || GLUE_RIGHT.has(right)) return true;
  const beyond = charAt(text, end + right.length);
  switch (right) {
    case ':': // `08:30`, `…:8080`, `2 499:-`
      return isAsciiDigit(beyond) || beyond === '-';
    case '-':
    case '.':
    case '/': // `0701740623.pdf`, `5.15.0-101-generic`, `0701740623/kontakt`
      return isLetter(beyond);
    default:
      return false;
  }
}

/** True when the whitespace-delimited text around the run is a URL or an e-mail address (§5.20). */
function insideUrlOrEmail(text: string, start: number, end: number): boolean {
  let tokenStart = start;
  const leftLimit = Math.max(0, start - TOKEN_LOOKAROUND);
  while (tokenStart > leftLimit && !WHITESPACE.test(text.charAt(tokenStart - 1))) tokenStart--;
  let tokenEnd = end;
  const rightLimit = Math.min(text.length, end + TOKEN_LOOKAROUND);
  while (tokenEnd < rightLimit && !WHITESPACE.test(text.charAt(tokenEnd))) tokenEnd++;
  const around = `${text.slice(tokenStart, start)} ${text.slice(end, tokenEnd)}`.toLowerCase();
  return around.includes('://') || around.includes('www.') || around.includes('@');
}

/** True when a currency, amount or percent marker sits next to the run (§5.9, §5.10). */
function isAmount(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 5), start);
  const after = text.slice(end, end + 12);
  return (
    CURRENCY_BEFORE.test(before) ||
    CURRENCY_AFTER.test(after) ||
    DECIMAL_AFTER.test(after) ||
    PERCENT_AFTER.test(after)
  );
}

/** Rejections that depend on what surrounds the run rather than on its digits. */
export function isRejectedBySurroundings(text: string, run: Run): boolean {
  return (
    gluedOnLeft(text, run.start) ||
    gluedOnRight(text, run.end) ||
    isAmount(text, run.start, run.end) ||
    insideUrlOrEmail(text, run.start, run.end)
  );
}
