/** Without a `Retry-After` header a 429 means "wait a minute" (Telavox API reference §6). */
export const DEFAULT_RETRY_AFTER_MS = 60_000;
/** A longer wait than an hour is not honoured (§6): the user can still act after that. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

// Every HTTP date form starts with a day name; `Date.parse` alone would also accept text such as "-5".
const HTTP_DATE_START = /^[A-Za-z]{3,9},?\s/;

/**
 * The epoch milliseconds named by a `Retry-After` header: delay-seconds or an HTTP date
 * (RFC 9110 §10.2.3). A missing or unreadable value means the default wait; the wait is capped.
 */
export function parseRetryAfter(header: string | null, now: number): number {
  const value = header?.trim() ?? '';
  let waitMs = DEFAULT_RETRY_AFTER_MS;
  if (/^\d+$/.test(value)) {
    waitMs = Number(value) * 1000;
  } else if (HTTP_DATE_START.test(value)) {
    const date = Date.parse(value);
    if (!Number.isNaN(date)) waitMs = Math.max(0, date - now);
  }
  return now + Math.min(waitMs, MAX_RETRY_AFTER_MS);
}
