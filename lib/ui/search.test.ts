import { describe, expect, it } from 'vitest';
import type { TelavoxExtension } from '@/lib/telavox/schemas';
import { filterColleagues, foldForSearch } from './search';

function colleague(overrides: Partial<TelavoxExtension>): TelavoxExtension {
  return {
    extension: '',
    name: '',
    email: '',
    mobile: '',
    profile: null,
    calls: [],
    keyWords: [],
    ...overrides,
  };
}

const anna = colleague({
  name: 'Anna Öström',
  extension: '0812345600',
  mobile: '0701740623',
  email: 'anna@example.se',
  keyWords: ['support', 'Stockholm'],
});
const jose = colleague({ name: 'José Álvarez', extension: '0812345601', email: 'jose@example.se' });
const room = colleague({ name: 'Konferensrum Malmö', extension: '0812345699' });
const everyone = [anna, jose, room];

const names = (list: TelavoxExtension[]) => list.map((item) => item.name);

describe('foldForSearch', () => {
  it('removes accents and case', () => {
    expect(foldForSearch('  Öström  ÅSA  José ')).toBe('ostrom asa jose');
  });
});

describe('filterColleagues', () => {
  it('returns everyone for an empty query', () => {
    expect(names(filterColleagues(everyone, '   '))).toEqual(names(everyone));
  });

  it('matches names without accents or case', () => {
    expect(names(filterColleagues(everyone, 'ostrom'))).toEqual(['Anna Öström']);
    expect(names(filterColleagues(everyone, 'JOSE'))).toEqual(['José Álvarez']);
    expect(names(filterColleagues(everyone, 'malmo'))).toEqual(['Konferensrum Malmö']);
  });

  it('matches email and keywords', () => {
    expect(names(filterColleagues(everyone, 'jose@'))).toEqual(['José Álvarez']);
    expect(names(filterColleagues(everyone, 'stockholm'))).toEqual(['Anna Öström']);
  });

  it('requires every word to match', () => {
    expect(names(filterColleagues(everyone, 'anna support'))).toEqual(['Anna Öström']);
    expect(names(filterColleagues(everyone, 'anna malmo'))).toEqual([]);
  });

  it('matches numbers however they are written', () => {
    expect(names(filterColleagues(everyone, '070-174 06'))).toEqual(['Anna Öström']);
    expect(names(filterColleagues(everyone, '45601'))).toEqual(['José Álvarez']);
    expect(names(filterColleagues(everyone, '081234560'))).toEqual(['Anna Öström', 'José Álvarez']);
  });

  it('does not match a number query against missing numbers', () => {
    expect(names(filterColleagues([jose], '0701'))).toEqual([]);
  });
});
