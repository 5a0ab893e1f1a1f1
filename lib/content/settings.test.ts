import { describe, expect, it } from 'vitest';
import { parseContentSettings } from './settings';

describe('parseContentSettings', () => {
  it('reads the stored fields', () => {
    expect(
      parseContentSettings({
        defaultCountry: 'NO',
        openTelLinks: true,
        disabledOrigins: ['https://a.se'],
        autoAnswer: true,
      }),
    ).toEqual({
      defaultCountry: 'NO',
      openTelLinks: true,
      disabledOrigins: ['https://a.se'],
      ignoredNumbers: {},
    });
    expect(
      parseContentSettings({ ignoredNumbers: { 'https://a.se': ['+4686182490', 7], 'https://b.se': 'x' } })
        .ignoredNumbers,
    ).toEqual({ 'https://a.se': ['+4686182490'], 'https://b.se': [] });
  });

  it('falls back field by field on missing or broken values', () => {
    expect(parseContentSettings(undefined)).toEqual({
      defaultCountry: 'SE',
      openTelLinks: false,
      disabledOrigins: [],
      ignoredNumbers: {},
    });
    expect(
      parseContentSettings({
        defaultCountry: 'sweden',
        openTelLinks: 'yes',
        disabledOrigins: ['https://a.se', 3],
      }),
    ).toEqual({
      defaultCountry: 'SE',
      openTelLinks: false,
      disabledOrigins: ['https://a.se'],
      ignoredNumbers: {},
    });
  });
});
