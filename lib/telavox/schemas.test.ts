// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { UnexpectedResponseError } from './errors';
import {
  callHistorySchema,
  callRecordSchema,
  describeShape,
  extensionListSchema,
  parseCallHistory,
  parseExtension,
  parseExtensionList,
  telavoxExtensionSchema,
} from './schemas';

// The example item of the Telavox API reference §5.1 (invented values).
const referenceExtension = {
  extension: '0812345600',
  name: 'Anna Andersson',
  email: 'anna@example.se',
  mobile: '0701740623',
  profile: { available: true, name: 'Tillgänglig', until: '0000-00-00 00:00:00', message: null },
  calls: [{ callerid: '0701740641', direction: 'in', linestatus: 'up' }],
  keyWords: ['support', 'stockholm'],
};

// The example of the Telavox API reference §5.2 (invented values).
const referenceCalls = {
  incoming: [
    {
      datetime: '2024-03-15 14:32:11',
      datetimeISO: '2024-03-15T14:32:11+01:00',
      number: '0701740623',
      numberE164: '+46701740623',
      duration: 73,
      callId: '8812734',
    },
  ],
  outgoing: [],
  missed: [{ datetime: '2024-03-15 09:02:40', number: '0317124056', duration: 0 }],
};

describe('parseExtension', () => {
  it('normalises the reference example', () => {
    const extension = parseExtension(referenceExtension);
    expect(extension).toEqual({
      extension: '0812345600',
      name: 'Anna Andersson',
      email: 'anna@example.se',
      mobile: '0701740623',
      profile: { available: true, name: 'Tillgänglig', until: null, message: null },
      calls: [{ callerid: '0701740641', direction: 'in', linestatus: 'up' }],
      keyWords: ['support', 'stockholm'],
    });
    expect(telavoxExtensionSchema.parse(extension)).toEqual(extension);
  });

  it('keeps a real end time as written', () => {
    const extension = parseExtension({
      ...referenceExtension,
      profile: {
        available: false,
        name: 'Semester',
        until: '2024-07-31 17:00:00',
        message: 'Back in August',
      },
    });
    expect(extension.profile).toEqual({
      available: false,
      name: 'Semester',
      until: '2024-07-31 17:00:00',
      message: 'Back in August',
    });
  });

  it('accepts a resource with profile null and missing email, mobile, calls and keyWords', () => {
    const extension = parseExtension({ extension: '0812345699', name: 'Konferensrum Oden', profile: null });
    expect(extension).toEqual({
      extension: '0812345699',
      name: 'Konferensrum Oden',
      email: '',
      mobile: '',
      profile: null,
      calls: [],
      keyWords: [],
    });
  });

  it('accepts null where fields have been seen null, and unknown fields', () => {
    const extension = parseExtension({
      ...referenceExtension,
      email: null,
      mobile: null,
      keyWords: null,
      calls: null,
      somethingNew: { nested: true },
    });
    expect(extension.email).toBe('');
    expect(extension.mobile).toBe('');
    expect(extension.keyWords).toEqual([]);
    expect(extension.calls).toEqual([]);
    expect(extension).not.toHaveProperty('somethingNew');
  });

  it('maps unknown direction and linestatus values to unknown, keeping the call active', () => {
    const extension = parseExtension({
      ...referenceExtension,
      calls: [
        { callerid: '0701740641', direction: 'inbound', linestatus: 'hold' },
        { callerid: 701740642, linestatus: 'ringing' },
        { callerid: '0701740643', direction: 'out', linestatus: 'down' },
      ],
    });
    expect(extension.calls).toEqual([
      { callerid: '0701740641', direction: 'unknown', linestatus: 'unknown' },
      { callerid: '701740642', direction: 'unknown', linestatus: 'ringing' },
      { callerid: '0701740643', direction: 'out', linestatus: 'down' },
    ]);
  });

  it('drops malformed calls and keywords without losing the extension', () => {
    const extension = parseExtension({
      ...referenceExtension,
      calls: ['up', { callerid: '0701740641', direction: 'in', linestatus: 'up' }],
      keyWords: ['support', 7, null],
    });
    expect(extension.calls).toHaveLength(1);
    expect(extension.keyWords).toEqual(['support']);
  });

  it('treats a numeric extension as its digits', () => {
    expect(parseExtension({ ...referenceExtension, extension: 812345600 }).extension).toBe('812345600');
  });

  it('refuses an answer without an extension, describing only its shape', () => {
    const secretName = 'Hemlig Person';
    try {
      parseExtension({ name: secretName, email: 'hemlig@example.se' });
      expect.unreachable('extension is required');
    } catch (error) {
      expect(error).toBeInstanceOf(UnexpectedResponseError);
      const shape = (error as UnexpectedResponseError).shape;
      expect(shape).toContain('name:string');
      expect(shape).toContain('extension: invalid_union');
      expect(shape).not.toContain(secretName);
      expect(shape).not.toContain('hemlig@');
    }
  });

  it('refuses a list where a single object was expected', () => {
    expect(() => parseExtension([referenceExtension])).toThrow(UnexpectedResponseError);
  });
});

describe('parseExtensionList', () => {
  it('drops and counts a bad item without failing the list', () => {
    const result = parseExtensionList([
      referenceExtension,
      { name: 'No extension' },
      'not an object',
      { ...referenceExtension, extension: '0812345601' },
    ]);
    expect(result.dropped).toBe(2);
    expect(result.items.map((item) => item.extension)).toEqual(['0812345600', '0812345601']);
    expect(extensionListSchema.parse(result)).toEqual(result);
  });

  it('tolerates duplicate extensions', () => {
    const result = parseExtensionList([referenceExtension, referenceExtension]);
    expect(result.items).toHaveLength(2);
    expect(result.dropped).toBe(0);
  });

  it('refuses a body that is not an array', () => {
    expect(() => parseExtensionList({ data: [referenceExtension] })).toThrow(UnexpectedResponseError);
  });
});

describe('parseCallHistory', () => {
  it('merges the reference example into one list, newest first', () => {
    const result = parseCallHistory(referenceCalls);
    expect(result).toEqual({
      dropped: 0,
      items: [
        {
          kind: 'incoming',
          datetime: '2024-03-15 14:32:11',
          datetimeISO: '2024-03-15T14:32:11+01:00',
          number: '0701740623',
          numberE164: '+46701740623',
          duration: 73,
          callId: '8812734',
          recordingId: null,
        },
        {
          kind: 'missed',
          datetime: '2024-03-15 09:02:40',
          datetimeISO: null,
          number: '0317124056',
          numberE164: null,
          duration: 0,
          callId: null,
          recordingId: null,
        },
      ],
    });
    expect(callHistorySchema.parse(result)).toEqual(result);
    for (const record of result.items) expect(callRecordSchema.parse(record)).toEqual(record);
  });

  it('normalises a numeric callId to a string and "0" recordingId to null', () => {
    const result = parseCallHistory({
      outgoing: [
        {
          datetime: '2024-03-15 10:00:00',
          number: '0701740623',
          duration: 12,
          callId: 8812735,
          recordingId: '0',
        },
        {
          datetime: '2024-03-15 11:00:00',
          number: 701740623,
          duration: '30',
          callId: '',
          recordingId: 'rec_42',
        },
      ],
    });
    expect(result.items).toEqual([
      expect.objectContaining({
        kind: 'outgoing',
        callId: null,
        recordingId: 'rec_42',
        duration: 30,
        number: '701740623',
      }),
      expect.objectContaining({ kind: 'outgoing', callId: '8812735', recordingId: null, duration: 12 }),
    ]);
  });

  it('sorts by datetimeISO when present, else by datetime as written', () => {
    const result = parseCallHistory({
      incoming: [
        { datetime: '2024-03-14 08:00:00', duration: 1 },
        // Written 23:30 on the 14th in +01:00 is 22:30 UTC, before the record written at 23:00.
        { datetime: '2024-03-14 23:30:00', datetimeISO: '2024-03-14T23:30:00+01:00', duration: 2 },
      ],
      outgoing: [{ datetime: '2024-03-15 07:00:00', duration: 3 }],
      missed: [
        { datetime: '2024-03-14 23:00:00', duration: 0 },
        { datetime: 'yesterday', duration: 0 },
      ],
    });
    expect(result.items.map((record) => record.datetime)).toEqual([
      '2024-03-15 07:00:00',
      '2024-03-14 23:00:00',
      '2024-03-14 23:30:00',
      '2024-03-14 08:00:00',
      'yesterday',
    ]);
  });

  it('drops and counts bad records across the three lists', () => {
    const result = parseCallHistory({
      incoming: [{ number: '070', duration: 1 }, ...referenceCalls.incoming],
      outgoing: [{ datetime: '2024-03-15 10:00:00', duration: -5 }],
      missed: [null, ...referenceCalls.missed],
    });
    expect(result.dropped).toBe(3);
    expect(result.items).toHaveLength(2);
  });

  it('accepts missing and null lists', () => {
    expect(parseCallHistory({ incoming: null, missed: [] })).toEqual({ items: [], dropped: 0 });
  });

  it('refuses a body with none of the three lists', () => {
    expect(() => parseCallHistory({ message: 'OK' })).toThrow(UnexpectedResponseError);
    expect(() => parseCallHistory([])).toThrow(UnexpectedResponseError);
    expect(() => parseCallHistory({ incoming: 'none' })).toThrow(UnexpectedResponseError);
  });
});

describe('describeShape', () => {
  it('names types and keys, never values', () => {
    expect(describeShape({ a: 'secret', b: [1, 2], 'c d': null })).toBe(
      'object{a:string,b:array(2)[number],c_d:null}',
    );
    expect(describeShape([{ x: 1 }])).toBe('array(1)[object{x:number}]');
    expect(describeShape('secret')).toBe('string');
  });
});
