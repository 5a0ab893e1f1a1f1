/**
 * The detection pipeline of docs/number-detection.md §3: prefilter, candidate runs, shape rejections,
 * trunk prefix, context words, validity, extensions, overlaps. The parser runs last, so prose with few
 * candidates costs one pass over the text.
 */
import type { CountryCode } from 'libphonenumber-js/core';
import { LABEL_WINDOW, labelVerdict } from './context';
import { matchExtension } from './extension';
import { hasAtLeastDigits, normalizeWithOffsets } from './normalize';
import { supportedCountry, trunkPrefixOf, validE164 } from './number-plan';
import { type Run, scanRuns } from './scanner';
import { isRejectedShape } from './shapes';

export interface PhoneMatch {
  /** UTF-16 index of the first character of the match in the input as given (inclusive). */
  start: number;
  /** UTF-16 index after the last character of the match (exclusive). */
  end: number;
  /** E.164: `+` and up to 15 ASCII digits. */
  number: string;
  /** 1–10 ASCII digits, only when an extension label follows the number. */
  extension?: string;
}

export interface FindPhoneNumbersOptions {
  /** ISO 3166-1 alpha-2, used only for numbers written without `+` or `00`. */
  defaultCountry?: CountryCode;
}

/** Rule 1: fewer digits than this in a text or a run can never be a phone number. */
const MIN_DIGITS = 7;
/** Rule 2: a number, from its `+` or first digit to its last digit, is at most this long. */
const MAX_NUMBER_LENGTH = 40;
/** 15 E.164 digits plus a `00` prefix. */
const MAX_DIGITS = 17;
/** No written phone number has more groups than `+46 (0) 8 618 24 90`. */
const MAX_GROUPS = 7;
/** Parser calls allowed per run: keeps hostile digit soups linear with a small constant. */
const MAX_PARSES_PER_RUN = 32;

interface Plan {
  readonly country: CountryCode | undefined;
  readonly trunkPrefix: string | undefined;
}

interface NumberInRun {
  readonly start: number;
  readonly end: number;
  readonly lastGroup: number;
  readonly number: string;
}

interface Candidate {
  readonly digits: string;
  readonly international: boolean;
}

const PLUS = 0x2b;
const OPEN = 0x28;
const CLOSE = 0x29;

/**
 * Finds phone numbers in `text`. Pure and synchronous; never throws. Offsets are UTF-16 indices into
 * `text` as given; results are sorted by `start` and never overlap.
 */
export function findPhoneNumbers(text: string, options: FindPhoneNumbersOptions = {}): PhoneMatch[] {
  try {
    if (typeof text !== 'string' || !hasAtLeastDigits(text, MIN_DIGITS)) return [];
    const country = supportedCountry(options?.defaultCountry);
    const plan: Plan = { country, trunkPrefix: country ? trunkPrefixOf(country) : undefined };
    return detect(text, plan);
  } catch {
    // Defensive: a parser or metadata surprise must never break the page's content script.
    return [];
  }
}

function detect(original: string, plan: Plan): PhoneMatch[] {
  const normalized = normalizeWithOffsets(original);
  const text = normalized.text;
  const matches: PhoneMatch[] = [];
  let consumedUntil = 0;
  scanRuns(text, MIN_DIGITS, (run) => {
    if (run.start < consumedUntil) return;
    if (!mayHoldNumber(text, run, plan)) return;
    if (isRejectedShape(text, run)) return;
    const before = text.slice(Math.max(0, run.start - LABEL_WINDOW), run.start);
    if (labelVerdict(before) === 'negative') return;
    for (const found of numbersInRun(text, run, plan)) {
      let end = found.end;
      let extension: string | undefined;
      if (found.lastGroup === run.groups.length - 1) {
        const extensionMatch = matchExtension(text, end);
        if (extensionMatch) {
          end = extensionMatch.end;
          extension = extensionMatch.extension;
        }
      }
      const match: PhoneMatch = {
        start: normalized.originalIndex(found.start),
        end: normalized.originalIndex(end - 1) + 1,
        number: found.number,
      };
      if (extension !== undefined) match.extension = extension;
      matches.push(match);
      consumedUntil = end;
    }
  });
  return matches;
}

/** Cheap check before any regex: some group could start a number under the trunk-prefix rule. */
function mayHoldNumber(text: string, run: Run, plan: Plan): boolean {
  for (const group of run.groups) {
    const first = text.charCodeAt(group.start);
    if (text.charCodeAt(group.start - 1) === PLUS) return true;
    if (first === 0x30 && text.charCodeAt(group.start + 1) === 0x30) return true; // 00 prefix
    if (!plan.country) continue;
    if (!plan.trunkPrefix || text.startsWith(plan.trunkPrefix, group.start)) return true;
  }
  return false;
}

/** Where a number starting at group `index` would begin, or -1 if a number cannot start there. */
function numberStartAt(text: string, run: Run, index: number): number {
  const group = run.groups[index];
  if (!group) return -1;
  if (index === 0) return run.start;
  const previous = run.groups[index - 1];
  if (!previous) return -1;
  const separator = text.slice(previous.end, group.start);
  const last = separator.charCodeAt(separator.length - 1);
  if (last === PLUS || last === OPEN) return group.start - 1;
  return separator.includes(' ') || separator.includes('/') ? group.start : -1;
}

/** `(0)` written after a country code (`+46 (0)8 …`): the trunk prefix, which E.164 drops. */
function isBracketedZero(text: string, start: number, end: number): boolean {
  return (
    end - start === 1 &&
    text.charCodeAt(start) === 0x30 &&
    text.charCodeAt(start - 1) === OPEN &&
    text.charCodeAt(end) === CLOSE
  );
}

/** Digits of groups `from`..`to` as a number to validate, or null when the layout rules out a number. */
function candidateOf(
  text: string,
  run: Run,
  spanStart: number,
  from: number,
  to: number,
  plan: Plan,
): Candidate | null {
  const plus = text.charCodeAt(spanStart) === PLUS;
  const international = plus || text.startsWith('00', run.groups[from]?.start ?? 0);
  let digits = '';
  let afterBracketedZero = false;
  for (let index = from; index <= to; index++) {
    const group = run.groups[index];
    if (!group) return null;
    const position = index - from;
    if (position > 0 && international && isBracketedZero(text, group.start, group.end)) {
      afterBracketedZero = true;
      continue;
    }
    // Single digits appear only at the front (`+1 212…`, `+46 8 …`, `1-800…`) or after `(0)`.
    if (group.end - group.start === 1 && position > 1 && !afterBracketedZero) return null;
    afterBracketedZero = false;
    digits += text.slice(group.start, group.end);
  }
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;
  if (plus) return { digits, international: true };
  if (digits.startsWith('00')) return { digits: digits.slice(2), international: true };
  if (!plan.country) return null;
  if (plan.trunkPrefix && !digits.startsWith(plan.trunkPrefix)) return null;
  return { digits, international: false };
}

/** A leading `(` belongs to the number only when its `)` does too (`(08) 618…`, not `(08-618 24 90)`). */
function balancedStart(text: string, spanStart: number, end: number): number {
  if (text.charCodeAt(spanStart) !== OPEN) return spanStart;
  const close = text.indexOf(')', spanStart);
  return close !== -1 && close < end ? spanStart : spanStart + 1;
}

/** Rule 8 inside one run: left to right, the longest valid number from each start wins. */
function numbersInRun(text: string, run: Run, plan: Plan): NumberInRun[] {
  const found: NumberInRun[] = [];
  let parses = 0;
  let from = 0;
  while (from < run.groups.length) {
    const spanStart = numberStartAt(text, run, from);
    let hit: NumberInRun | null = null;
    if (spanStart !== -1) {
      let last = from;
      while (
        last + 1 < run.groups.length &&
        last + 1 - from < MAX_GROUPS &&
        (run.groups[last + 1]?.end ?? Number.POSITIVE_INFINITY) - spanStart <= MAX_NUMBER_LENGTH
      ) {
        last++;
      }
      for (let to = last; to >= from && hit === null; to--) {
        const candidate = candidateOf(text, run, spanStart, from, to, plan);
        if (!candidate) continue;
        if (++parses > MAX_PARSES_PER_RUN) return found;
        const number = validE164(candidate.digits, candidate.international, plan.country);
        const end = run.groups[to]?.end ?? run.end;
        if (number) hit = { start: balancedStart(text, spanStart, end), end, lastGroup: to, number };
      }
    }
    if (hit) {
      found.push(hit);
      from = hit.lastGroup + 1;
    } else {
      from++;
    }
  }
  return found;
}
