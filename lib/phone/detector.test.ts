import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, type PhoneMatch } from './index';
import {
  API_EXAMPLES,
  NEGATIVE_EXAMPLES,
  POSITIVE_EXAMPLES,
  type PositiveExample,
  US_NATIONAL_UNDER_SE,
} from './spec-examples';

function describeMatches(text: string, matches: readonly PhoneMatch[]) {
  return matches.map((match) => ({
    number: match.number,
    extension: match.extension,
    span: text.slice(match.start, match.end),
  }));
}

function expectedOf(example: PositiveExample) {
  return example.expected.map((match) => ({
    number: match.number,
    extension: match.extension,
    span: match.span,
  }));
}

describe('findPhoneNumbers: §4 must detect', () => {
  it.each(POSITIVE_EXAMPLES.map((example) => [example.section, example.text, example] as const))(
    '§%s %j',
    (_section, text, example) => {
      const matches = findPhoneNumbers(text, { defaultCountry: example.defaultCountry ?? 'SE' });
      expect(describeMatches(text, matches)).toEqual(expectedOf(example));
    },
  );

  it('§4.5: a US national number gives nothing under default SE', () => {
    expect(findPhoneNumbers(US_NATIONAL_UNDER_SE.text, { defaultCountry: 'SE' })).toEqual([]);
    expect(findPhoneNumbers(US_NATIONAL_UNDER_SE.text, { defaultCountry: 'US' })).toHaveLength(1);
  });
});

describe('findPhoneNumbers: §5 must not detect', () => {
  it.each(NEGATIVE_EXAMPLES.map((example) => [example.section, example.text, example] as const))(
    '§%s %j',
    (_section, text, example) => {
      expect(findPhoneNumbers(text, { defaultCountry: example.defaultCountry ?? 'SE' })).toEqual([]);
    },
  );

  it('rejects the shapes under default US as well, where there is no trunk-prefix rule to help', () => {
    const stillRejected = [
      '0800-1700',
      '08.03.2024',
      '0-226-40071-9',
      '{08618249-0000-4000-8000-070174062300}',
    ];
    for (const text of stillRejected)
      expect(findPhoneNumbers(text, { defaultCountry: 'US' }), text).toEqual([]);
  });
});

describe('findPhoneNumbers: §9 API', () => {
  it.each(API_EXAMPLES.map((example) => [example.text, example] as const))('%j', (text, example) => {
    expect(findPhoneNumbers(text, { defaultCountry: example.defaultCountry })).toEqual(example.result);
  });

  it('returns only international numbers without a known default country', () => {
    const text = 'Ring 08-618 24 90 eller +47 22 86 54 10, 0046 31 712 40 56';
    const international = ['+4722865410', '+46317124056'];
    expect(findPhoneNumbers(text, {}).map((match) => match.number)).toEqual(international);
    expect(findPhoneNumbers(text, { defaultCountry: 'XX' as never }).map((match) => match.number)).toEqual(
      international,
    );
    expect(findPhoneNumbers(text, { defaultCountry: 'SE' }).map((match) => match.number)).toEqual([
      '+4686182490',
      ...international,
    ]);
  });

  it('applies the trunk-prefix rule of the default country only', () => {
    // Norway has no trunk prefix: an 8-digit national number is valid as written.
    expect(
      findPhoneNumbers('Ring 22 86 54 10', { defaultCountry: 'NO' }).map((match) => match.number),
    ).toEqual(['+4722865410']);
    expect(findPhoneNumbers('Ring 22 86 54 10', { defaultCountry: 'SE' })).toEqual([]);
  });

  it('uses the nearest label: a positive label after a negative one wins, and the reverse', () => {
    expect(findPhoneNumbers('Faktura skickas, ring 08-618 24 90', { defaultCountry: 'SE' })).toHaveLength(1);
    expect(findPhoneNumbers('Ring oss om ärendenummer 08-618 24 90', { defaultCountry: 'SE' })).toEqual([]);
    expect(findPhoneNumbers('VÄXEL 010-209 44 80', { defaultCountry: 'SE' })).toHaveLength(1);
    expect(findPhoneNumbers('ARENDE: 08-618 24 90', { defaultCountry: 'SE' })).toEqual([]);
  });

  it('keeps later numbers on the same line after an extension', () => {
    const text = '08-618 24 90 ankn. 12, 070-174 06 23';
    expect(describeMatches(text, findPhoneNumbers(text, { defaultCountry: 'SE' }))).toEqual([
      { number: '+4686182490', extension: '12', span: '08-618 24 90 ankn. 12' },
      { number: '+46701740623', extension: undefined, span: '070-174 06 23' },
    ]);
  });
});

/** Deterministic pseudo-random numbers (mulberry32). */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUZZ_PIECES = [
  '0',
  '1',
  '4',
  '6',
  '7',
  '8',
  '9',
  ' ',
  ' ',
  '-',
  '.',
  '/',
  '(',
  ')',
  '+',
  '+46',
  '00',
  '070',
  '08',
  ':',
  ',',
  '#',
  'a',
  'x',
  'ankn.',
  'Tel ',
  'OCR ',
  '\u2066',
  '\u2069',
  '\u00a0',
  '\u200b',
  '\u00ad',
  '\uff10',
  '\u0664',
  '\ud800',
  '\udc00',
  '😀',
  'ö',
  '\n',
  '%',
  'kr',
  'ext ',
];

function assertWellFormed(text: string, matches: readonly PhoneMatch[]) {
  let previousEnd = 0;
  for (const match of matches) {
    expect(match.start).toBeGreaterThanOrEqual(previousEnd);
    expect(match.end).toBeGreaterThan(match.start);
    expect(match.end).toBeLessThanOrEqual(text.length);
    expect(match.number).toMatch(/^\+\d{7,15}$/);
    if (match.extension !== undefined) expect(match.extension).toMatch(/^\d{1,10}$/);
    // The span starts at `+`, `(` or a digit and ends with a digit, in any script of §2.
    const span = text.slice(match.start, match.end);
    expect(span).toMatch(/^[+＋(（0-9０-９٠-٩۰-۹]/);
    expect(span).toMatch(/[0-9０-９٠-٩۰-۹]$/);
    previousEnd = match.end;
  }
}

describe('findPhoneNumbers: robustness', () => {
  it('returns [] for empty and digit-poor text without throwing', () => {
    expect(findPhoneNumbers('', { defaultCountry: 'SE' })).toEqual([]);
    expect(findPhoneNumbers('Ring 112 eller 1177', { defaultCountry: 'SE' })).toEqual([]);
    expect(findPhoneNumbers(undefined as unknown as string, { defaultCountry: 'SE' })).toEqual([]);
    expect(findPhoneNumbers('08-618 24 90', undefined as never)).toEqual([]);
  });

  it('handles lone surrogates next to numbers', () => {
    const text = '\ud800 08-618 24 90 \udc00 +46 70 174 06 23\ud800';
    const matches = findPhoneNumbers(text, { defaultCountry: 'SE' });
    expect(matches.map((match) => match.number)).toEqual(['+4686182490', '+46701740623']);
    assertWellFormed(text, matches);
  });

  it('scans a 1 MB string with numbers at both ends', () => {
    const filler = 'lorem ipsum 2024 dolor sit amet 12 kr, '.repeat(26_000);
    const text = `Tel 08-618 24 90 ${filler} Mobil 070-174 06 23`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const matches = findPhoneNumbers(text, { defaultCountry: 'SE' });
    const elapsed = performance.now() - started;
    expect(matches.map((match) => match.number)).toEqual(['+4686182490', '+46701740623']);
    expect(text.slice(matches[1]?.start, matches[1]?.end)).toBe('070-174 06 23');
    expect(elapsed).toBeLessThan(2000);
  });

  it('stays linear on hostile digit soups', () => {
    const soup = '0 0 0 0 0 0 0 0 0 0 '.repeat(20_000) + '07 01 74 06 23 '.repeat(10_000);
    const started = performance.now();
    const matches = findPhoneNumbers(soup, { defaultCountry: 'SE' });
    expect(performance.now() - started).toBeLessThan(3000);
    assertWellFormed(soup, matches);
  });

  it('never throws on random strings; results are sorted, disjoint and well formed', () => {
    const random = createRandom(7);
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const pieces = 1 + Math.floor(random() * 40);
      for (let i = 0; i < pieces; i++) text += FUZZ_PIECES[Math.floor(random() * FUZZ_PIECES.length)];
      const country = round % 3 === 0 ? 'US' : round % 3 === 1 ? 'SE' : undefined;
      const matches = findPhoneNumbers(text, { defaultCountry: country });
      assertWellFormed(text, matches);
    }
  });

  it('finds every written number in generated prose with embedded numbers', () => {
    const random = createRandom(11);
    const expected: string[] = [];
    const parts: string[] = [];
    for (let i = 0; i < 200; i++) {
      parts.push('Ring oss på');
      const subscriber = String(5 + Math.floor(random() * 95)).padStart(2, '0');
      parts.push(`070-174 06 ${subscriber}`);
      expected.push(`+467017406${subscriber}`);
      parts.push('eller skriv den 2024-03-15 till oss.');
    }
    const text = parts.join(' ');
    expect(findPhoneNumbers(text, { defaultCountry: 'SE' }).map((match) => match.number)).toEqual(expected);
  });
});
