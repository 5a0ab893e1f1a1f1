/**
 * Extensions and dial-pause tails after a number (docs/number-detection.md §3 rule 7).
 * `ankn. 123` / `ext. 12` / `x305` / `;ext=7` extend the match; `,,123#`, `;123` and `w123` are pause
 * sequences for the dialler and end the match instead.
 */

// Longer labels come first so that `anknytning` is not read as `ankn` followed by letters.
const EXTENSION_AFTER_NUMBER =
  /[ \t]*,?[ \t]*(?:anknytning|ankn\.?|extension|ext\.?|;ext=|x)[ \t]*(\d{1,10})(?![\p{L}\p{N}])/iuy;

const DIAL_PAUSE_TAIL = /(?:,+|;|[wp])[\d*#]/iy;

export interface ExtensionMatch {
  /** Index after the extension's last digit. */
  readonly end: number;
  readonly extension: string;
}

/** The extension written right after a number that ends at `at`, or null. */
export function matchExtension(text: string, at: number): ExtensionMatch | null {
  EXTENSION_AFTER_NUMBER.lastIndex = at;
  const match = EXTENSION_AFTER_NUMBER.exec(text);
  if (!match?.[1]) return null;
  return { end: at + match[0].length, extension: match[1] };
}

/** True when a dial-pause sequence (`,,123`, `;123`, `w123`, `p123`) starts at `at`. */
export function startsDialPauseTail(text: string, at: number): boolean {
  DIAL_PAUSE_TAIL.lastIndex = at;
  return DIAL_PAUSE_TAIL.test(text);
}
