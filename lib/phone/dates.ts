/**
 * Dates, timestamps and clock times written with digits (docs/number-detection.md §5.1–§5.3).
 * Rejections apply to a whole run: a run that holds a real date anywhere is not a phone number.
 */

const YEAR_FIRST = /(?<!\d)((?:19|20)\d\d)([-./])(\d{1,2})\2(\d{1,2})(?!\d)/g;
const DAY_OR_MONTH_FIRST = /(?<!\d)(\d{1,2})([-./])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/g;
const COMPACT_DATE = /(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)/g;
const YEAR_RANGE = /(?<!\d)(?:19|20)\d\d ?[-/] ?(?:(?:19|20)\d\d|\d\d)(?!\d)/;
const CLOCK = '(?:[01]?\\d|2[0-3])\\.[0-5]\\d';
const CLOCK_ONLY_RUN = new RegExp(`^${CLOCK}(?: ?[-/] ?${CLOCK})*$`);
const CLOCK_RANGE_COMPACT = /^(?:[01]\d|2[0-3])[0-5]\d ?- ?(?:[01]\d|2[0-3])[0-5]\d$/;
const EPOCH = /^1\d{9}(?:\d{3})?$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True when year/month/day form a real calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return isLeapYear(year);
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** A two-digit year is read as 19YY or 20YY, whichever makes the date real. */
function isDateWithShortYear(twoDigitYear: number, month: number, day: number): boolean {
  return isCalendarDate(2000 + twoDigitYear, month, day) || isCalendarDate(1900 + twoDigitYear, month, day);
}

function anyMatch(pattern: RegExp, text: string, accept: (match: RegExpExecArray) => boolean): boolean {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (accept(match)) return true;
  }
  return false;
}

/** True when `run` contains a date (Y-M-D, D.M.Y, D/M/Y, M/D/Y, YYYYMMDD) or a year range. */
export function containsDate(run: string): boolean {
  if (YEAR_RANGE.test(run)) return true;
  if (anyMatch(YEAR_FIRST, run, (m) => isCalendarDate(Number(m[1]), Number(m[3]), Number(m[4])))) return true;
  if (anyMatch(COMPACT_DATE, run, (m) => isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))))
    return true;
  return anyMatch(DAY_OR_MONTH_FIRST, run, (m) => {
    const separator = m[2];
    const year = m[4] ?? '';
    // `08-61-82` style dashes with a two-digit year are too common in phone numbers to count.
    if (year.length === 2 && separator === '-') return false;
    const first = Number(m[1]);
    const second = Number(m[3]);
    const check =
      year.length === 4
        ? (month: number, day: number) => isCalendarDate(Number(year), month, day)
        : (month: number, day: number) => isDateWithShortYear(Number(year), month, day);
    return check(second, first) || check(first, second);
  });
}

/** True when the run is made only of clock times (`08.00-16.30`, `08.30–12.00 / 13.00–16.00`, `0800-1700`). */
export function isClockTimes(run: string): boolean {
  return CLOCK_ONLY_RUN.test(run) || CLOCK_RANGE_COMPACT.test(run);
}

/** True for unbroken 10-digit (seconds) or 13-digit (milliseconds) Unix timestamps. */
export function isEpochTimestamp(run: string): boolean {
  return EPOCH.test(run);
}
