import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import type { TelavoxExtension } from '@/lib/telavox/schemas';
import { directionText, lineStatusText, presenceOf } from './presence';

const base: TelavoxExtension = {
  extension: '0812345600',
  name: 'Anna',
  email: '',
  mobile: '',
  profile: { available: true, name: 'Tillgänglig', until: null, message: null },
  calls: [],
  keyWords: [],
};

describe('presenceOf', () => {
  beforeEach(() => setLanguage('en'));

  it("uses Telavox's presence name and the available tone", () => {
    expect(presenceOf(base)).toEqual({
      tone: 'available',
      label: 'Tillgänglig',
      until: null,
      message: null,
      onCall: false,
    });
  });

  it('shows until as written and the message', () => {
    const view = presenceOf({
      ...base,
      profile: { available: false, name: 'Lunch', until: '2024-03-15 13:00:00', message: ' Back soon ' },
    });
    expect(view.tone).toBe('away');
    expect(view.until).toBe('until 2024-03-15 13:00:00');
    expect(view.message).toBe('Back soon');
  });

  it('falls back to a generic label when Telavox gives no name', () => {
    expect(
      presenceOf({ ...base, profile: { available: false, name: ' ', until: null, message: '' } }).label,
    ).toBe('Unavailable');
  });

  it('marks a colleague on a call, whatever the presence', () => {
    const view = presenceOf({ ...base, calls: [{ callerid: '070', direction: 'in', linestatus: 'up' }] });
    expect(view.tone).toBe('on-call');
    expect(view.onCall).toBe(true);
  });

  it('handles resources without a profile', () => {
    expect(presenceOf({ ...base, profile: null })).toMatchObject({ tone: 'none', label: 'No presence' });
  });
});

describe('call texts', () => {
  it('names direction and line status, including unknown values', () => {
    expect(directionText({ callerid: '', direction: 'unknown', linestatus: 'unknown' })).toBe('Call');
    expect(lineStatusText({ callerid: '', direction: 'in', linestatus: 'ringing' })).toBe('Ringing');
    expect(lineStatusText({ callerid: '', direction: 'in', linestatus: 'unknown' })).toBe('In progress');
  });
});
