import { describe, expect, it } from 'vitest';
import { supportedCountry, trunkPrefixOf, validE164, validE164ByLibrary } from './number-plan';

/** Deterministic pseudo-random digits (mulberry32). */
function randomDigits(seed: number): (count: number) => string {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (count) => {
    let out = '';
    for (let i = 0; i < count; i++) out += String(Math.floor(next() * 10));
    return out;
  };
}

describe('validE164', () => {
  it('agrees with libphonenumber-js for international numbers of many calling codes', () => {
    const digits = randomDigits(1);
    const callingCodes = [
      '46',
      '47',
      '45',
      '358',
      '354',
      '44',
      '49',
      '33',
      '31',
      '34',
      '48',
      '41',
      '372',
      '1',
      '7',
      '61',
      '39',
      '800',
      '882',
    ];
    let valid = 0;
    for (const callingCode of callingCodes) {
      for (let i = 0; i < 400; i++) {
        const candidate = callingCode + digits(5 + (i % 8));
        const fast = validE164(candidate, true, undefined);
        expect(fast, candidate).toBe(validE164ByLibrary(candidate, true, undefined));
        if (fast) valid++;
      }
    }
    // The sample must contain both outcomes, or the comparison proves nothing.
    expect(valid).toBeGreaterThan(500);
  });

  it('agrees with libphonenumber-js on shared calling codes, written trunk prefixes and special ranges', () => {
    const digits = randomDigits(3);
    const prefixes = [
      ['1212555', 4],
      ['1613555', 4],
      ['1268', 7],
      ['1800', 7],
      ['1900', 7],
      ['1441', 7],
      ['4420', 8],
      ['447', 9],
      ['441481', 6],
      ['441534', 6],
      ['441624', 6],
      ['440', 10],
      ['44180020', 5],
      ['4722', 6],
      ['4779', 6],
      ['3589', 7],
      ['35818', 6],
      ['3580', 8],
      ['4608', 7],
      ['460', 9],
      ['4670', 7],
      ['7495', 7],
      ['77', 8],
      ['6189', 7],
      ['3906', 8],
      ['59069', 6],
    ] as const;
    let valid = 0;
    for (const [prefix, length] of prefixes) {
      for (let i = 0; i < 150; i++) {
        const candidate = prefix + digits(length - 1 + (i % 3));
        const fast = validE164(candidate, true, undefined);
        expect(fast, candidate).toBe(validE164ByLibrary(candidate, true, undefined));
        if (fast) valid++;
      }
    }
    expect(valid).toBeGreaterThan(1000);
  });

  it('agrees with libphonenumber-js for national numbers of several default countries', () => {
    const digits = randomDigits(2);
    let valid = 0;
    for (const country of ['SE', 'NO', 'DK', 'FI', 'DE', 'GB', 'US', 'FR', 'AX'] as const) {
      for (let i = 0; i < 400; i++) {
        const candidate = (i % 3 === 0 ? '' : '0') + digits(6 + (i % 6));
        const fast = validE164(candidate, false, country);
        expect(fast, `${country} ${candidate}`).toBe(validE164ByLibrary(candidate, false, country));
        if (fast) valid++;
      }
    }
    expect(valid).toBeGreaterThan(300);
  });

  it('returns E.164 for valid numbers and null otherwise', () => {
    expect(validE164('086182490', false, 'SE')).toBe('+4686182490');
    expect(validE164('4722865410', true, undefined)).toBe('+4722865410');
    expect(validE164('358941742236', true, undefined)).toBe('+358941742236');
    expect(validE164('12125550142', true, undefined)).toBe('+12125550142');
    expect(validE164('112', false, 'SE')).toBeNull();
    expect(validE164('086182490', false, undefined)).toBeNull();
  });
});

describe('supportedCountry and trunkPrefixOf', () => {
  it('accepts known ISO codes only', () => {
    expect(supportedCountry('SE')).toBe('SE');
    expect(supportedCountry('XX')).toBeUndefined();
    expect(supportedCountry('se')).toBeUndefined();
    expect(supportedCountry(undefined)).toBeUndefined();
  });

  it('requires 0 in Sweden, nothing in Norway, and not the optional 1 of North America', () => {
    expect(trunkPrefixOf('SE')).toBe('0');
    expect(trunkPrefixOf('GB')).toBe('0');
    expect(trunkPrefixOf('NO')).toBeUndefined();
    expect(trunkPrefixOf('US')).toBeUndefined();
  });
});
