/**
 * A quick, local guess of a number's cost class, used only to choose the highlight style and the card's
 * warning. The background decides for real with full metadata before any call (number-detection.md §7.3).
 * Swedish prefixes from PTS (0900, 0939, 0944:
 * https://pts.se/internet-och-telefoni/telefonnummer-och-adressering/) and Telekområdgivarna (099 mass
 * calling, 077 shared cost: https://telekomradgivarna.se/kunskapsbank/nummerinformation/).
 */
export type NumberKind = 'standard' | 'premium' | 'shared-cost';

const SWEDISH_PREMIUM_PREFIXES = ['+46900', '+46939', '+46944', '+4699'];
const SWEDISH_SHARED_COST_PREFIX = '+4677';

export function numberKindOf(e164: string): NumberKind {
  if (SWEDISH_PREMIUM_PREFIXES.some((prefix) => e164.startsWith(prefix))) return 'premium';
  if (e164.startsWith(SWEDISH_SHARED_COST_PREFIX)) return 'shared-cost';
  return 'standard';
}
