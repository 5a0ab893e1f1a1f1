import type { TelavoxExtension } from '@/lib/telavox/schemas';

/**
 * Text folded for searching: lower case, accents removed (so "ostrom" finds "Öström" and "Åsa" is found
 * by "asa"), whitespace collapsed. NFD splits "é" into "e" + a combining mark, which is then dropped.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

function haystackOf(colleague: TelavoxExtension): { text: string; digits: string[] } {
  return {
    text: foldForSearch(
      [colleague.name, colleague.email, colleague.extension, colleague.mobile, ...colleague.keyWords].join(
        ' ',
      ),
    ),
    digits: [colleague.extension, colleague.mobile].map(digitsOf).filter((digits) => digits !== ''),
  };
}

/**
 * The colleagues matching every word of the query, in their original order. A word matches when it occurs
 * in the name, email, extension, mobile or a keyword; a word made of digits and separators ("070 174")
 * also matches the digits of the extension or mobile, however they are written.
 */
export function filterColleagues(colleagues: readonly TelavoxExtension[], query: string): TelavoxExtension[] {
  const folded = foldForSearch(query);
  if (folded === '') return [...colleagues];
  const queryDigits = /^[\d\s()+./-]+$/.test(folded) ? digitsOf(folded) : '';
  const words = folded.split(' ');
  return colleagues.filter((colleague) => {
    const haystack = haystackOf(colleague);
    if (queryDigits.length >= 2 && haystack.digits.some((digits) => digits.includes(queryDigits)))
      return true;
    return words.every((word) => haystack.text.includes(word));
  });
}
