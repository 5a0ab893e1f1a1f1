// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCallHistory, isCallHistoryDate, toE164 } from './call-history';
import { formatSwedishDateTime, formatSwedishIso } from './swedish-time';

const NOW = new Date('2024-03-15T13:00:00Z');

describe('Swedish time', () => {
  it('writes winter and summer times in Europe/Stockholm with the right offset', () => {
    expect(formatSwedishDateTime(new Date('2024-01-10T08:05:09Z'))).toBe('2024-01-10 09:05:09');
    expect(formatSwedishIso(new Date('2024-01-10T08:05:09Z'))).toBe('2024-01-10T09:05:09+01:00');
    expect(formatSwedishIso(new Date('2024-07-01T22:30:00Z'))).toBe('2024-07-02T00:30:00+02:00');
  });
});

describe('buildCallHistory', () => {
  it('places calls relative to now, newest first, within the default four months', () => {
    const history = buildCallHistory(NOW, { withRecordings: false });
    const first = history.incoming[0];
    expect(first?.datetime).toBe('2024-03-15 13:56:00');
    expect(first?.datetimeISO).toBe('2024-03-15T13:56:00+01:00');
    const all = [...history.incoming, ...history.outgoing, ...history.missed];
    expect(all.every((item) => item.datetime >= '2023-11-14')).toBe(true);
    expect(all.some((item) => item.number === '0855012340')).toBe(false);
    expect(all.some((item) => item.datetimeISO === undefined)).toBe(true);
    expect(all.some((item) => item.numberE164 === undefined)).toBe(true);
    expect(new Set(all.map((item) => typeof item.callId))).toEqual(new Set(['string', 'number']));
  });

  it('includes an older call when fromDate reaches back, and honours toDate', () => {
    const old = buildCallHistory(NOW, {
      fromDate: '2023-10-01',
      toDate: '2023-10-31',
      withRecordings: false,
    });
    expect(old.incoming.map((item) => item.number)).toEqual(['0855012340']);
    expect(old.outgoing).toEqual([]);
    const today = buildCallHistory(NOW, {
      fromDate: '2024-03-15',
      toDate: '2024-03-15',
      withRecordings: false,
    });
    const dates = [...today.incoming, ...today.outgoing, ...today.missed].map((item) =>
      item.datetime.slice(0, 10),
    );
    expect(dates.length).toBeGreaterThan(3);
    expect(new Set(dates)).toEqual(new Set(['2024-03-15']));
  });

  it('validates dates and converts numbers to E.164', () => {
    expect(isCallHistoryDate('2024-02-29')).toBe(true);
    expect(isCallHistoryDate('2023-02-29')).toBe(false);
    expect(isCallHistoryDate('2024-3-15')).toBe(false);
    expect(toE164('0701740623')).toBe('+46701740623');
    expect(toE164('004722865410')).toBe('+4722865410');
    expect(toE164('+12125550142')).toBe('+12125550142');
  });
});
