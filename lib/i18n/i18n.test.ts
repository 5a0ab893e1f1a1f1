import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en';
import { detectLanguage, dictionariesForTest, placeholdersOf, setLanguage, t } from './index';
import { sv } from './sv';

describe('dictionaries', () => {
  it('have the same keys in English and Swedish', () => {
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
  });

  it('keep the same placeholders in every translation', () => {
    const mismatches = Object.entries(en).filter(
      ([key, text]) =>
        placeholdersOf(text).join(',') !== placeholdersOf(sv[key as keyof typeof en]).join(','),
    );
    expect(mismatches).toEqual([]);
  });

  it('have no empty messages', () => {
    for (const dictionary of Object.values(dictionariesForTest)) {
      expect(Object.values(dictionary).filter((text) => text.trim() === '')).toEqual([]);
    }
  });
});

describe('t', () => {
  afterEach(() => setLanguage('en'));

  it('fills placeholders and leaves unknown ones visible', () => {
    setLanguage('en');
    expect(t('outcome.calling', { number: '070-174 06 23' })).toBe(
      'Calling your phone… answer it to connect to 070-174 06 23.',
    );
    expect(t('outcome.calling')).toContain('{number}');
  });

  it('switches language', () => {
    setLanguage('sv');
    expect(t('dialer.call')).toBe('Ring');
    setLanguage('en');
    expect(t('dialer.call')).toBe('Call');
  });

  it('does not read placeholder names from the prototype', () => {
    expect(t('outcome.calling', {})).toContain('{number}');
    expect(placeholdersOf('{toString} and {a}')).toEqual(['a', 'toString']);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['sv', 'sv'],
    ['sv-SE', 'sv'],
    ['SV-fi', 'sv'],
    ['en-US', 'en'],
    ['nb-NO', 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (tag, language) => {
    expect(detectLanguage(tag)).toBe(language);
  });
});
