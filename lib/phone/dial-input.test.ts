import { describe, expect, it } from 'vitest';
import { parseDialInput } from './dial-input';

const SE = { defaultCountry: 'SE' } as const;

describe('parseDialInput', () => {
  it.each([
    ['070-174 06 23', '+46701740623'],
    ['+46 70 174 06 23', '+46701740623'],
    ['0046701740623', '+46701740623'],
    ['08 618 24 90', '+4686182490'],
    ['+1 212 555 0142', '+12125550142'],
    ['０７０－１７４ ０６ ２３', '+46701740623'],
    ['070\u200b174\u00a006 23', '+46701740623'],
    ['\u2066+46 8 618 24 90\u2069', '+4686182490'],
    ['(08) 618 24 90', '+4686182490'],
  ])('accepts %j', (raw, e164) => {
    const result = parseDialInput(raw, SE);
    expect(result).toMatchObject({ ok: true, e164, kind: 'standard' });
  });

  it('gives national and international formats', () => {
    expect(parseDialInput('070-174 06 23', SE)).toEqual({
      ok: true,
      e164: '+46701740623',
      national: '070-174 06 23',
      international: '+46 70 174 06 23',
      kind: 'standard',
    });
  });

  it.each([
    ['08 618 24 90 ankn. 12', '+4686182490', '12'],
    ['08-618 24 90, ankn 4512', '+4686182490', '4512'],
    ['+1 212 555 0142 x305', '+12125550142', '305'],
    ['+44 20 7946 0321 ext 204', '+442079460321', '204'],
    ['010-209 44 80 ext. 7', '+46102094480', '7'],
  ])('splits off the extension of %j', (raw, e164, extension) => {
    expect(parseDialInput(raw, SE)).toMatchObject({ ok: true, e164, extension });
  });

  it.each(['112', '911', '999', '000', '110', '+46 112', '0046 112'])(
    'refuses the emergency number %j',
    (raw) => {
      expect(parseDialInput(raw, SE)).toEqual({ ok: false, reason: 'emergency' });
    },
  );

  it.each(['114 14', '1177', '113 13', '118 118', '116 117', '90000', '020'])(
    'refuses the short code %j',
    (raw) => {
      expect(parseDialInput(raw, SE)).toEqual({ ok: false, reason: 'short-code' });
    },
  );

  it('refuses US short codes under default US', () => {
    expect(parseDialInput('911', { defaultCountry: 'US' })).toEqual({ ok: false, reason: 'emergency' });
    expect(parseDialInput('988', { defaultCountry: 'US' })).toEqual({ ok: false, reason: 'short-code' });
    expect(parseDialInput('(212) 555-0142', { defaultCountry: 'US' })).toMatchObject({
      e164: '+12125550142',
    });
  });

  it.each(['1-800-FLOWERS', '070-CALL-NOW'])('refuses vanity number %j', (raw) => {
    expect(parseDialInput(raw, SE)).toEqual({ ok: false, reason: 'letters' });
  });

  it.each(['', '   ', '\u200b\u2066'])('calls %j empty', (raw) => {
    expect(parseDialInput(raw, SE)).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    '../hangup',
    '070%2F174',
    '?x=1',
    '070-174 06 23\u0000',
    '070-174 06 23#',
    '*31#070-174 06 23',
    '15.03.2024',
    '5021-1473',
    '0701740623'.repeat(10),
    '+46 70 174 06 2',
  ])('refuses %j', (raw) => {
    expect(parseDialInput(raw, SE).ok).toBe(false);
  });

  it('classifies Swedish premium-rate and shared-cost numbers', () => {
    expect(parseDialInput('0900-123 456', SE)).toMatchObject({ ok: true, kind: 'premium' });
    expect(parseDialInput('0939 123 456', SE)).toMatchObject({ ok: true, kind: 'premium' });
    expect(parseDialInput('0944-123 456', SE)).toMatchObject({ ok: true, kind: 'premium' });
    expect(parseDialInput('0771-56 78 90', SE)).toMatchObject({ ok: true, kind: 'shared-cost' });
  });

  it('classifies premium rate elsewhere by the full metadata', () => {
    expect(parseDialInput('+44 909 879 0000', SE)).toMatchObject({ ok: true, kind: 'premium' });
    expect(parseDialInput('+1 900 555 0100', SE)).toMatchObject({ ok: true, kind: 'premium' });
  });

  it('refuses Swedish 099 mass-calling numbers, which the metadata does not list as valid', () => {
    expect(parseDialInput('099-123 45 67', SE)).toEqual({ ok: false, reason: 'invalid' });
  });
});
