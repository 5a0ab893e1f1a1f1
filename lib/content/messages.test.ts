import { describe, expect, it } from 'vitest';
import { BackgroundRequestError, parseCallReply, parseLookupReply, unwrapEnvelope } from './messages';

const colleague = {
  extension: '1234',
  name: 'Anna Berg',
  email: 'anna@example.se',
  mobile: '+46701740623',
  profile: { available: true, name: 'Available', until: null, message: null },
  calls: [],
  keyWords: [],
};

describe('unwrapEnvelope', () => {
  it('returns the data of a successful reply', () => {
    expect(unwrapEnvelope({ ok: true, data: { opened: true } })).toEqual({ opened: true });
  });

  it('throws the background’s message for a refused request, and a generic error for junk', () => {
    expect(() =>
      unwrapEnvelope({ ok: false, error: { code: 'not-allowed', message: 'dial is not allowed' } }),
    ).toThrow('dial is not allowed');
    expect(() => unwrapEnvelope(undefined)).toThrow(BackgroundRequestError);
    expect(() => unwrapEnvelope({ data: 1 })).toThrow(BackgroundRequestError);
  });
});

describe('parseLookupReply', () => {
  it('keeps the fields the card shows', () => {
    const reply = {
      colleague: { ...colleague, calls: [{ callerid: '1', direction: 'in', linestatus: 'up' }] },
      recentCall: {
        kind: 'missed',
        datetime: '2024-03-14 14:02:00',
        datetimeISO: '2024-03-14T14:02:00+01:00',
        number: '0701740623',
        numberE164: '+46701740623',
        duration: 0,
        callId: null,
        recordingId: null,
      },
      directoryFetchedAt: 1,
    };
    expect(parseLookupReply(reply)).toEqual({
      colleague: { name: 'Anna Berg', onCall: true, presence: { available: true, name: 'Available' } },
      recentCall: {
        kind: 'missed',
        datetime: '2024-03-14 14:02:00',
        datetimeISO: '2024-03-14T14:02:00+01:00',
      },
    });
  });

  it('accepts "nobody, no call" and a colleague without presence', () => {
    expect(parseLookupReply({ colleague: null, recentCall: null, directoryFetchedAt: null })).toEqual({
      colleague: null,
      recentCall: null,
    });
    expect(
      parseLookupReply({ colleague: { ...colleague, profile: null }, recentCall: null }).colleague,
    ).toEqual({
      name: 'Anna Berg',
      onCall: false,
      presence: null,
    });
  });

  it('rejects malformed answers instead of showing garbage', () => {
    expect(() => parseLookupReply({ colleague: { name: 5, calls: [] }, recentCall: null })).toThrow();
    expect(() =>
      parseLookupReply({ colleague: null, recentCall: { kind: 'weird', datetime: '' } }),
    ).toThrow();
    expect(() => parseLookupReply('nope')).toThrow();
  });
});

describe('parseCallReply', () => {
  it('reads whether the confirmation window opened', () => {
    expect(parseCallReply({ opened: false })).toEqual({ opened: false });
    expect(() => parseCallReply({ opened: 'yes' })).toThrow();
  });
});
