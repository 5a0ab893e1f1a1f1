import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { callTimeText, durationText, updatedAgoText, waitText } from './time';

// Local times are built with the Date constructor so the tests hold in any time zone.
const now = new Date(2024, 2, 15, 16, 30, 0).getTime();
const at = (month: number, day: number, hour: number, minute: number, year = 2024) =>
  new Date(year, month - 1, day, hour, minute).toISOString();

describe('callTimeText', () => {
  beforeEach(() => setLanguage('en'));
  afterEach(() => setLanguage('en'));

  it('says "just now" within a minute, also for clock skew', () => {
    expect(callTimeText(at(3, 15, 16, 30), 'x', now + 20_000)).toBe('just now');
    expect(callTimeText(at(3, 15, 16, 29), 'x', now + 20_000)).toBe('1 min ago');
    expect(callTimeText(new Date(now + 5000).toISOString(), 'x', now)).toBe('just now');
  });

  it('counts minutes within the hour', () => {
    expect(callTimeText(at(3, 15, 16, 25), 'x', now)).toBe('5 min ago');
  });

  it('uses today and yesterday with the clock time', () => {
    expect(callTimeText(at(3, 15, 9, 5), 'x', now)).toBe('today 09:05');
    expect(callTimeText(at(3, 14, 14, 2), 'x', now)).toBe('yesterday 14:02');
  });

  it('uses the date for older calls, with the year when it differs', () => {
    expect(callTimeText(at(3, 3, 10, 0), 'x', now)).toBe('3 Mar');
    expect(callTimeText(at(12, 30, 10, 0, 2023), 'x', now)).toBe('30 Dec 2023');
  });

  it('shows the written time when there is no ISO time or it does not parse', () => {
    expect(callTimeText(null, '2024-03-15 09:02:40', now)).toBe('2024-03-15 09:02:40');
    expect(callTimeText('not a date', '2024-03-15 09:02:40', now)).toBe('2024-03-15 09:02:40');
  });

  it('speaks Swedish', () => {
    setLanguage('sv');
    expect(callTimeText(at(3, 14, 14, 2), 'x', now)).toBe('i går 14:02');
    expect(callTimeText(at(3, 15, 16, 25), 'x', now)).toBe('för 5 min sedan');
  });
});

describe('durationText', () => {
  it.each([
    [0, '0:00'],
    [73, '1:13'],
    [3723, '1:02:03'],
  ])('%d s → %s', (seconds, text) => {
    expect(durationText(seconds)).toBe(text);
  });
});

describe('updatedAgoText / waitText', () => {
  it('counts seconds, then minutes', () => {
    expect(updatedAgoText(now - 12_400, now)).toBe('Updated 12 s ago');
    expect(updatedAgoText(now - 4 * 60_000 - 5000, now)).toBe('Updated 4 min ago');
    expect(updatedAgoText(now + 3000, now)).toBe('Updated 0 s ago');
  });

  it('rounds waits up', () => {
    expect(waitText(now + 39_100, now)).toBe('40 s');
    expect(waitText(now + 125_000, now)).toBe('3 min');
    expect(waitText(now - 1000, now)).toBe('1 s');
  });
});
