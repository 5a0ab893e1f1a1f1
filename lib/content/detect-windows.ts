/**
 * Runs the detector over one block's text cheaply: blocks with fewer than 7 digits never reach it (the
 * §3 rule 1 prefilter, also inside the detector, repeated here so the common case costs one loop and no
 * call), and long text is cut into overlapping windows of at most 10 kB (number-detection.md §8).
 */

export interface DetectedNumber {
  start: number;
  end: number;
  number: string;
  extension?: string;
}

export type Detector = (text: string) => DetectedNumber[];

export const MIN_DIGITS = 7;
export const WINDOW_SIZE = 10_000;
/**
 * Context kept on each side of a window's core. A candidate is at most 40 characters, an extension label
 * and its digits add about 25, and context labels are read from the 30 characters before: 250 covers all
 * of it with room to spare.
 */
export const WINDOW_MARGIN = 250;

/** Counts ASCII digits and the Unicode digits the detector maps to them (§2), stopping at `enough`. */
export function hasEnoughDigits(text: string, enough = MIN_DIGITS): boolean {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0xff10 && code <= 0xff19) ||
      (code >= 0x660 && code <= 0x669) ||
      (code >= 0x6f0 && code <= 0x6f9)
    ) {
      count++;
      if (count >= enough) return true;
    }
  }
  return false;
}

/**
 * The numbers in `text`, one window at a time: yields after each window so a caller can pause between
 * them. Each window owns the matches that *start* in its core `[k·core, (k+1)·core)` and sees
 * `WINDOW_MARGIN` characters of context on both sides, so no match is lost or reported twice at a seam.
 */
export function* detectInWindows(text: string, detect: Detector): Generator<DetectedNumber[]> {
  if (!hasEnoughDigits(text)) return;
  if (text.length <= WINDOW_SIZE) {
    yield detect(text);
    return;
  }
  const core = WINDOW_SIZE - 2 * WINDOW_MARGIN;
  for (let coreStart = 0; coreStart < text.length; coreStart += core) {
    const coreEnd = Math.min(text.length, coreStart + core);
    const windowStart = Math.max(0, coreStart - WINDOW_MARGIN);
    const windowEnd = Math.min(text.length, coreEnd + WINDOW_MARGIN);
    const slice = text.slice(windowStart, windowEnd);
    if (!hasEnoughDigits(slice)) continue;
    const found: DetectedNumber[] = [];
    for (const match of detect(slice)) {
      const start = match.start + windowStart;
      if (start < coreStart || start >= coreEnd) continue;
      found.push({ ...match, start, end: match.end + windowStart });
    }
    yield found;
  }
}
