import { describe, expect, it } from 'vitest';
import { HREF_EXAMPLES } from './spec-examples';
import { parsePhoneHref } from './tel-uri';

describe('parsePhoneHref (§4.9)', () => {
  it.each(HREF_EXAMPLES.map((example) => [example.href, example.expected] as const))(
    '%j',
    (href, expected) => {
      expect(parsePhoneHref(href, { defaultCountry: 'SE' })).toEqual(expected);
    },
  );

  it('refuses hostile and malformed hrefs without throwing', () => {
    const hostile = [
      'tel:../../hangup',
      'tel:070%2F174',
      'tel:+46 70 174 06 23?x=1',
      'tel:+4686182490;ext=12a',
      'tel:+4686182490;ext=12345678901',
      'javascript:alert(1)',
      'https://example.se/tel:+4686182490',
      'tel:%',
      'sip:',
      'callto:',
      'tel:+46;ext=1',
      `tel:${'1'.repeat(2000)}`,
    ];
    for (const href of hostile) expect(parsePhoneHref(href, { defaultCountry: 'SE' }), href).toBeNull();
    expect(parsePhoneHref(undefined as unknown as string, { defaultCountry: 'SE' })).toBeNull();
  });

  it('reads local numbers in the default country and needs one for them', () => {
    expect(parsePhoneHref('tel:(212) 555-0142', { defaultCountry: 'US' })).toEqual({
      number: '+12125550142',
    });
    expect(parsePhoneHref('tel:0701740688', {})).toBeNull();
    expect(parsePhoneHref('tel:+46701740688', {})).toEqual({ number: '+46701740688' });
    // Without its trunk prefix a Swedish number is refused, as in page text.
    expect(parsePhoneHref('tel:6182490', { defaultCountry: 'SE' })).toBeNull();
  });

  it('accepts 00 as an international prefix, percent-encoded plus signs and normalised digits', () => {
    expect(parsePhoneHref('tel:004722865410', { defaultCountry: 'SE' })).toEqual({ number: '+4722865410' });
    expect(parsePhoneHref('tel:%2B46701740623', { defaultCountry: 'SE' })).toEqual({
      number: '+46701740623',
    });
    expect(parsePhoneHref('tel:０７０１７４０６８８', { defaultCountry: 'SE' })).toEqual({
      number: '+46701740688',
    });
  });
});
