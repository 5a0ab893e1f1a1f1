/**
 * Rule 3 of docs/number-detection.md: a run that matches any §5 shape, or sits in a §5 surrounding, is
 * rejected whole. No sub-span of a rejected run is ever returned.
 */
import { containsDate, isClockTimes, isEpochTimestamp } from './dates';
import {
  endsWithPostcode,
  isCoordinate,
  isDigitUuid,
  isDottedVersion,
  isGiroNumber,
  isIbanTail,
  isIpv4,
  isIsbnOrIssn,
  isOrganisationsnummer,
  isPaymentCard,
  isPersonnummer,
} from './identifiers';
import type { Run } from './scanner';
import { isRejectedBySurroundings } from './surroundings';

/** How much text on each side the shape tests may look at. */
const SURROUNDING_WINDOW = 40;

function digitsOf(text: string, run: Run): string {
  let digits = '';
  for (const group of run.groups) digits += text.slice(group.start, group.end);
  return digits;
}

/** True when the run has a `-`, `.` or `/` between digits: the separators of dates and clock times. */
function hasDateSeparator(runText: string): boolean {
  return runText.includes('-') || runText.includes('.') || runText.includes('/');
}

/**
 * True when the run, or what surrounds it, matches a §5 shape. Each test is guarded by the digit
 * count it needs, so a typical phone number meets only a few regexes.
 */
export function isRejectedShape(text: string, run: Run): boolean {
  if (isRejectedBySurroundings(text, run)) return true;
  const runText = text.slice(run.start, run.end);
  const digits = digitsOf(text, run);
  const count = digits.length;
  const separated = hasDateSeparator(runText);
  if ((separated || run.groups.some((group) => group.end - group.start === 8)) && containsDate(runText))
    return true;
  if (separated && isClockTimes(runText)) return true;
  if ((count === 10 || count === 13) && isEpochTimestamp(runText)) return true;
  if ((count === 10 || count === 12) && (isPersonnummer(runText) || isOrganisationsnummer(runText)))
    return true;
  if (count <= 12 && isGiroNumber(runText, digits)) return true;
  if ((count === 8 || count === 10 || count === 13) && isIsbnOrIssn(runText, digits)) return true;
  if (count >= 13 && count <= 19 && isPaymentCard(runText, digits)) return true;
  if (count === 32 && isDigitUuid(runText)) return true;
  if (runText.includes('.') && (isIpv4(runText) || isDottedVersion(runText))) return true;
  const before = text.slice(Math.max(0, run.start - SURROUNDING_WINDOW), run.start);
  const after = text.slice(run.end, run.end + SURROUNDING_WINDOW);
  return (
    isCoordinate(runText, before, after) || endsWithPostcode(runText, after) || isIbanTail(runText, before)
  );
}
