// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_AFTER_MS, MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-after';

const now = Date.UTC(2024, 2, 15, 12, 0, 0);

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('5', now)).toBe(now + 5_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(now);
  });

  it('reads an HTTP date', () => {
    expect(parseRetryAfter('Fri, 15 Mar 2024 12:00:20 GMT', now)).toBe(now + 20_000);
  });

  it('treats a date in the past as no wait', () => {
    expect(parseRetryAfter('Fri, 15 Mar 2024 11:00:00 GMT', now)).toBe(now);
  });

  it('waits the default minute when the header is missing or unreadable', () => {
    expect(parseRetryAfter(null, now)).toBe(now + DEFAULT_RETRY_AFTER_MS);
    expect(parseRetryAfter('', now)).toBe(now + DEFAULT_RETRY_AFTER_MS);
    expect(parseRetryAfter('-5', now)).toBe(now + DEFAULT_RETRY_AFTER_MS);
    expect(parseRetryAfter('soon', now)).toBe(now + DEFAULT_RETRY_AFTER_MS);
  });

  it('honours at most an hour', () => {
    expect(parseRetryAfter('86400', now)).toBe(now + MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('Sat, 16 Mar 2024 12:00:00 GMT', now)).toBe(now + MAX_RETRY_AFTER_MS);
  });
});
