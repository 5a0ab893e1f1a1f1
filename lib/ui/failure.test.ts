import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { failureText, refusalText } from './failure';

const now = 1_700_000_000_000;

describe('failureText', () => {
  beforeEach(() => setLanguage('en'));

  it('explains each failure class', () => {
    expect(failureText({ kind: 'offline' }, now)).toBe("Can't reach Telavox. Check your connection.");
    expect(failureText({ kind: 'timeout' }, now)).toContain('slow');
    expect(failureText({ kind: 'server-error', status: 502 }, now)).toContain('Telavox had a problem');
    expect(failureText({ kind: 'unexpected' }, now)).toBe('Unexpected answer from Telavox.');
  });

  it('shows the wait when rate limited', () => {
    expect(failureText({ kind: 'rate-limited', retryAt: now + 90_000 }, now)).toBe(
      'Telavox asked us to slow down. Try again in 2 min.',
    );
    expect(failureText({ kind: 'rate-limited', retryAt: now - 1 }, now)).toBe(
      'Telavox asked us to slow down.',
    );
  });

  it("shows Telavox's message for rejected and forbidden requests", () => {
    expect(
      failureText(
        { kind: 'rejected', status: 400, message: 'this user does not have access to this feature' },
        now,
      ),
    ).toBe('this user does not have access to this feature');
    expect(failureText({ kind: 'rejected', status: 409 }, now)).toBe('Telavox rejected the request (409).');
    expect(failureText({ kind: 'forbidden', message: 'Origin not allowed' }, now)).toBe(
      'Telavox refused this request. Telavox says: Origin not allowed',
    );
  });

  it('keeps markup in a Telavox message as literal text', () => {
    expect(failureText({ kind: 'rejected', message: '<b>nope</b>' }, now)).toBe('<b>nope</b>');
  });
});

describe('refusalText', () => {
  it('sends emergency numbers and short codes to the phone', () => {
    expect(refusalText('emergency')).toContain('directly from your phone');
    expect(refusalText('short-code')).toContain('directly from your phone');
    expect(refusalText('letters')).toContain('letters');
  });
});
