/**
 * Candidate runs (docs/number-detection.md §3 rule 2): maximal runs of digit groups joined by short
 * separators (space, `-`, `.`, `/`, brackets, `+`), found by a hand-written scan of normalised text.
 */

export interface DigitGroup {
  /** Index of the first digit. */
  readonly start: number;
  /** Index after the last digit. */
  readonly end: number;
}

export interface Run {
  /** Index of the first character: a digit, or a `+` / `(` directly before the first digit. */
  readonly start: number;
  /** Index after the last digit. */
  readonly end: number;
  readonly groups: readonly DigitGroup[];
  readonly digitCount: number;
}

/**
 * Longest run that is examined at all. Matches the parser-input budget of §8 ("candidate windows
 * ≤ 250 characters"); longer digit soups are data, not prose, and are skipped whole.
 */
export const MAX_RUN_LENGTH = 250;

/**
 * One run: an optional `+` or `(` right before the first digit, then digit groups joined by 1–3
 * separator characters, where a `+` may only be the last separator character (`… 90 +46 …`), never
 * sit in the middle of one. Each repetition is bounded, so the search stays linear.
 */
const RUN_PATTERN = /[+(]?\d+(?:[ \-./()]{0,2}[ \-./()+]\d+)*/.source;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Splits the run between `start` and `end` into its digit groups. */
function groupsOf(text: string, start: number, end: number): { groups: DigitGroup[]; digitCount: number } {
  const groups: DigitGroup[] = [];
  let digitCount = 0;
  let i = start;
  while (i < end) {
    while (i < end && !isDigit(text.charCodeAt(i))) i++;
    const groupStart = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i > groupStart) {
      groups.push({ start: groupStart, end: i });
      digitCount += i - groupStart;
    }
  }
  return { groups, digitCount };
}

/**
 * Calls `visit` for each run in `text` (already normalised) that has at least `minDigits` digits, left
 * to right. Runs longer than MAX_RUN_LENGTH are skipped. The search is a native regex scan, so prose
 * between runs costs almost nothing.
 */
export function scanRuns(text: string, minDigits: number, visit: (run: Run) => void): void {
  // A fresh RegExp per call: its `lastIndex` is scan state, which must not be shared between calls.
  const runs = new RegExp(RUN_PATTERN, 'g');
  for (let match = runs.exec(text); match !== null; match = runs.exec(text)) {
    const length = match[0].length;
    // Fewer characters than digits needed: cannot qualify, and most runs in prose are this short.
    if (length < minDigits || length > MAX_RUN_LENGTH) continue;
    const start = match.index;
    const { groups, digitCount } = groupsOf(text, start, start + length);
    if (digitCount >= minDigits) visit({ start, end: start + length, groups, digitCount });
  }
}
