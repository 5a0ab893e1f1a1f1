import { describe, expect, it } from 'vitest';
import { formatPhoneNumber } from './format';

describe('formatPhoneNumber', () => {
  it('uses national format inside the default country', () => {
    expect(formatPhoneNumber('+46701740623', 'SE')).toBe('070-174 06 23');
    expect(formatPhoneNumber('+4686182490', 'SE')).toBe('08-618 24 90');
    expect(formatPhoneNumber('+12125550142', 'US')).toBe('(212) 555-0142');
  });

  it('uses international format for other countries', () => {
    expect(formatPhoneNumber('+4722865410', 'SE')).toBe('+47 22 86 54 10');
    expect(formatPhoneNumber('+46701740623', 'US')).toBe('+46 70 174 06 23');
    expect(formatPhoneNumber('+16135550110', 'US')).toBe('+1 613 555 0110');
  });

  it('returns input it cannot parse unchanged', () => {
    for (const input of ['', 'garbage', '0701740623', '+', '+999'])
      expect(formatPhoneNumber(input, 'SE')).toBe(input);
  });
});
