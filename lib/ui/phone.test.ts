import { describe, expect, it } from 'vitest';
import type { TelavoxExtension } from '@/lib/telavox/schemas';
import { buildNumberIndex, findColleague, formatPhone, numberKey } from './phone';

function colleague(name: string, extension: string, mobile = ''): TelavoxExtension {
  return { name, extension, mobile, email: '', profile: null, calls: [], keyWords: [] };
}

describe('numberKey', () => {
  it.each([
    ['+46 70-174 06 23', 'SE', '46701740623'],
    ['0046701740623', 'SE', '46701740623'],
    ['070-174 06 23', 'SE', '46701740623'],
    ['22 86 54 10', 'NO', '22865410'],
    ['022 86 54 10', 'NO', '4722865410'],
    ['123', 'SE', '123'],
    ['12', 'SE', null],
    ['', 'SE', null],
  ])('%s in %s → %s', (raw, country, key) => {
    expect(numberKey(raw, country)).toBe(key);
  });

  it('falls back to Sweden for an unknown country', () => {
    expect(numberKey('0701740623', 'XX')).toBe('46701740623');
  });
});

describe('findColleague', () => {
  const anna = colleague('Anna', '0812345600', '0701740623');
  const bo = colleague('Bo', '0812345601');
  const duplicate = colleague('Duplicate of Anna', '0812345600');
  const index = buildNumberIndex([anna, bo, duplicate], 'SE');

  it('matches the E.164 form of a mobile', () => {
    expect(findColleague(index, ['+46701740623'], 'SE')?.name).toBe('Anna');
  });

  it('falls back to the raw number when the E.164 form is missing', () => {
    expect(findColleague(index, [null, '08-123 456 01'], 'SE')?.name).toBe('Bo');
  });

  it('keeps the first colleague for a duplicated extension', () => {
    expect(findColleague(index, ['0812345600'], 'SE')?.name).toBe('Anna');
  });

  it('returns null for strangers and empty numbers', () => {
    expect(findColleague(index, ['+4631712405', '', undefined], 'SE')).toBeNull();
  });
});

describe('formatPhone', () => {
  it('formats a domestic number nationally', () => {
    expect(formatPhone('+46701740623', 'SE')).toBe('070-174 06 23');
  });

  it('formats a foreign number internationally', () => {
    expect(formatPhone('+4722865410', 'SE')).toBe('+47 22 86 54 10');
  });

  it('keeps what does not parse as written', () => {
    expect(formatPhone(' 123 ', 'SE')).toBe('123');
    expect(formatPhone('anonymous', 'SE')).toBe('anonymous');
  });
});
