/**
 * Context words (docs/number-detection.md §6): the nearest label in the ≤ 30 characters before a
 * candidate decides. Matching is case- and diacritic-insensitive, whole words only, and allows a
 * trailing `.`, `:`, `#` or `nr`.
 */

export const LABEL_WINDOW = 30;

// Written in folded form: lower case, no diacritics (`Växel` → `vaxel`, `Tél` → `tel`).
const POSITIVE_LABELS: readonly string[] = [
  'tel',
  'tfn',
  'telefon',
  'telefonnummer',
  'telefonnr',
  'telephone',
  'mobil',
  'mob',
  'mobilnummer',
  'mobiltelefon',
  'vaxel',
  'vxl',
  'direkt',
  'direktnummer',
  'ring',
  'ring oss',
  'ringa',
  'kontakta',
  'fax',
  'phone',
  'call',
  'mobile',
  'cell',
  'office',
  'switchboard',
  'tlf',
  'puh',
  'puhelin',
  'handy',
];

// §6 plus the §5.19 labels `Webinar ID` and `Access code`.
const NEGATIVE_LABELS: readonly string[] = [
  'bg',
  'bankgiro',
  'pg',
  'plusgiro',
  'org',
  'orgnr',
  'organisationsnummer',
  'momsreg',
  'vat',
  'pers',
  'personnummer',
  'personnr',
  'samordningsnummer',
  'ocr',
  'referens',
  'ref',
  'betalningsreferens',
  'meddelande',
  'order',
  'ordernr',
  'ordernummer',
  'faktura',
  'fakturanr',
  'fakturanummer',
  'invoice',
  'kundnr',
  'kundnummer',
  'arende',
  'arendenummer',
  'case',
  'ticket',
  'art',
  'artikelnr',
  'artikelnummer',
  'sku',
  'kolli',
  'kollinummer',
  'tracking',
  'konto',
  'kontonr',
  'kontonummer',
  'clearing',
  'clearingnr',
  'iban',
  'bic',
  'isbn',
  'issn',
  'meeting id',
  'motes-id',
  'conference id',
  'konferens-id',
  'webinar id',
  'pin',
  'passcode',
  'access code',
  'kl',
  'version',
  'build',
  'firmware',
  'serienr',
  'serienummer',
  's/n',
];

/** Labels that only count with their `nr` suffix, because the bare word is ordinary prose. */
const NEEDS_NR_SUFFIX = new Set(['org', 'momsreg', 'pers', 'art']);

export type LabelVerdict = 'positive' | 'negative' | 'none';

const VERDICT_OF_LABEL = new Map<string, LabelVerdict>([
  ...POSITIVE_LABELS.map((label): [string, LabelVerdict] => [label, 'positive']),
  ...NEGATIVE_LABELS.map((label): [string, LabelVerdict] => [label, 'negative']),
]);

/** Words of folded text; `-`, `/` and `.` inside a word are kept (`motes-id`, `s/n`, `org.nr`). */
const WORD = /[a-z0-9]+(?:[-/.][a-z0-9]+)*/g;
const WORD_PART_SEPARATOR = /[-/.]/;
const LATIN_WITH_DIACRITIC = /[\u00c0-\u024f]/g;

/** Base letters of Latin-1 and Latin Extended-A/B (`ä` → `a`), computed once from Unicode decomposition. */
const BASE_LETTER = new Map<string, string>();
for (let code = 0xc0; code <= 0x24f; code++) {
  const char = String.fromCharCode(code);
  BASE_LETTER.set(char, char.normalize('NFD').replace(/\p{M}/gu, ''));
}

/**
 * Lower case without diacritics, so `Ärende` and `arende` compare equal. Labels are Latin words, so
 * only Latin letters need folding; other scripts never match a label either way.
 */
function fold(text: string): string {
  return text.toLowerCase().replace(LATIN_WITH_DIACRITIC, (char) => BASE_LETTER.get(char) ?? char);
}

/** The verdict of one word (or word part), given the word before it; `nr` completes the word before. */
function verdictOf(word: string, previous: string | undefined): LabelVerdict {
  if (word === 'nr' && previous !== undefined) {
    const labelled = VERDICT_OF_LABEL.get(previous);
    if (labelled) return labelled;
  }
  if (NEEDS_NR_SUFFIX.has(word)) return 'none';
  return VERDICT_OF_LABEL.get(word) ?? 'none';
}

/** The verdict of the nearest label among `words`, read from the end. */
function nearestVerdict(words: readonly string[]): LabelVerdict {
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] ?? '';
    const previous = words[index - 1];
    // Two-word labels first (`ring oss`, `meeting id`), so that `id` or `oss` alone never decide.
    if (previous !== undefined) {
      const pair = VERDICT_OF_LABEL.get(`${previous} ${word}`);
      if (pair) return pair;
    }
    const whole = verdictOf(word, previous);
    if (whole !== 'none') return whole;
    if (WORD_PART_SEPARATOR.test(word)) {
      // `ocr-nummer`, `meddelande/ocr`, `org.nr`: the nearest part decides.
      const parts = word.split(WORD_PART_SEPARATOR);
      for (let part = parts.length - 1; part >= 0; part--) {
        const verdict = verdictOf(parts[part] ?? '', parts[part - 1]);
        if (verdict !== 'none') return verdict;
      }
    }
  }
  return 'none';
}

/**
 * The verdict of the nearest label in `before` (the text right before a candidate). Only text after the
 * last digit counts, so a label that already belongs to an earlier number (`Order 1234, 08-…`) is ignored.
 */
export function labelVerdict(before: string): LabelVerdict {
  let cut = before.length;
  while (cut > 0) {
    const code = before.charCodeAt(cut - 1);
    if (code >= 0x30 && code <= 0x39) break;
    cut--;
  }
  if (cut === before.length) return 'none';
  return nearestVerdict(fold(before.slice(cut)).match(WORD) ?? []);
}
