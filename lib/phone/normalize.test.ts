import { describe, expect, it } from 'vitest';
import { hasAtLeastDigits, normalizePhoneText, normalizeWithOffsets } from './normalize';

describe('normalizePhoneText (§2)', () => {
  it('maps every row of the §2 table', () => {
    expect(normalizePhoneText('０１２３４５６７８９')).toBe('0123456789');
    expect(normalizePhoneText('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizePhoneText('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizePhoneText('＋')).toBe('+');
    expect(normalizePhoneText('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d')).toBe('--------');
    expect(normalizePhoneText('a\u00a0b\u2007c\u2009d\u202fe\u3000f')).toBe('a b c d e f');
    expect(normalizePhoneText('．／（）')).toBe('./()');
    const removed =
      '\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    expect(normalizePhoneText(`0${removed}8`)).toBe('08');
  });

  it('leaves every other character alone, including neighbours of the mapped ranges', () => {
    const untouched =
      'abc ÅÄÖ é \u2008 \u200a \u2016 \u2061 \u2065 \u206a \uff0a \uff1a \u065f \u066a 😀 \ud800';
    expect(normalizePhoneText(untouched)).toBe(untouched);
  });
});

describe('normalizeWithOffsets', () => {
  it('maps normalised indices back to the original text', () => {
    const original = '\u2066+46\u200e 8\u00a0618\u2069';
    const normalized = normalizeWithOffsets(original);
    expect(normalized.text).toBe('+46 8 618');
    expect(normalized.originalIndex(0)).toBe(1);
    expect(normalized.originalIndex(3)).toBe(5);
    expect(normalized.originalIndex(8)).toBe(10);
    expect(normalized.originalIndex(9)).toBe(original.length);
  });

  it('returns the text itself with an identity map when nothing changes', () => {
    const original = 'Ring 08-618 24 90';
    const normalized = normalizeWithOffsets(original);
    expect(normalized.text).toBe(original);
    expect(normalized.originalIndex(7)).toBe(7);
  });

  it('handles long texts with a late special character', () => {
    const original = `${'a'.repeat(100_000)}\u2066０８`;
    const normalized = normalizeWithOffsets(original);
    expect(normalized.text).toBe(`${'a'.repeat(100_000)}08`);
    expect(normalized.originalIndex(100_000)).toBe(100_001);
  });
});

describe('hasAtLeastDigits', () => {
  it('counts ASCII and mapped digits', () => {
    expect(hasAtLeastDigits('123456', 7)).toBe(false);
    expect(hasAtLeastDigits('1234567', 7)).toBe(true);
    expect(hasAtLeastDigits('１２３ ٤٥٦ ۷', 7)).toBe(true);
    expect(hasAtLeastDigits('', 7)).toBe(false);
  });
});
