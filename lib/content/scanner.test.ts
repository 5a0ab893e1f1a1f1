import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from '@/lib/phone';
import { withLabel } from './scanner';

const detect = (text: string) => findPhoneNumbers(text, { defaultCountry: 'SE' });

describe('withLabel', () => {
  it('lets a negative column header reject the cell, and keeps offsets in the cell text', () => {
    expect(withLabel(detect, 'Ordernr')('0855012347')).toEqual([]);
    expect(withLabel(detect, 'Kundnr')('08-618 24 90')).toEqual([]);
    expect(withLabel(detect, 'Telefon')('08-618 24 90')).toEqual([
      { start: 0, end: 12, number: '+4686182490' },
    ]);
    expect(withLabel(detect, undefined)('Tel 08-618 24 90')).toEqual([
      { start: 4, end: 16, number: '+4686182490' },
    ]);
  });

  it('lets a label in the cell itself win over the header', () => {
    expect(withLabel(detect, 'Ordernr')('Tel 08-618 24 90')).toEqual([
      { start: 4, end: 16, number: '+4686182490' },
    ]);
  });

  it('never reports a number inside the label', () => {
    expect(withLabel(detect, 'Växel 08-618 24 90')('ingen')).toEqual([]);
  });
});
