/**
 * Every example of docs/number-detection.md §4 and §5 (and the §9 API examples), as data. Shared by
 * the unit tests and by the benchmark's precision/recall count. Invisible characters are written as
 * `\u` escapes, so the strings hold the real characters.
 */
import type { CountryCode } from 'libphonenumber-js/core';

export interface ExpectedMatch {
  readonly number: string;
  readonly extension?: string;
  /** `text.slice(start, end)` of the match. */
  readonly span: string;
}

export interface PositiveExample {
  readonly section: string;
  readonly text: string;
  /** SE unless the spec marks the entry `[US]`. */
  readonly defaultCountry?: CountryCode;
  /** Exactly these matches, in order. */
  readonly expected: readonly ExpectedMatch[];
}

export interface NegativeExample {
  readonly section: string;
  readonly text: string;
  readonly defaultCountry?: CountryCode;
}

export interface HrefExample {
  readonly href: string;
  /** null: never a number. */
  readonly expected: { readonly number: string; readonly extension?: string } | null;
}

/** §4.1–§4.7: one number per entry; the span is the whole entry unless the spec's span rule says otherwise. */
export const SINGLE_NUMBER_EXAMPLES: readonly PositiveExample[] = [
  { section: '4.1', text: '08-618 24 90', expected: [{ number: '+4686182490', span: '08-618 24 90' }] },
  { section: '4.1', text: '08-5052 3318', expected: [{ number: '+46850523318', span: '08-5052 3318' }] },
  { section: '4.1', text: '(08) 618 24 90', expected: [{ number: '+4686182490', span: '(08) 618 24 90' }] },
  { section: '4.1', text: '08 - 618 24 90', expected: [{ number: '+4686182490', span: '08 - 618 24 90' }] },
  { section: '4.1', text: '08/618 24 90', expected: [{ number: '+4686182490', span: '08/618 24 90' }] },
  { section: '4.1', text: '031-712 40 56', expected: [{ number: '+46317124056', span: '031-712 40 56' }] },
  { section: '4.1', text: '040-23 11 87', expected: [{ number: '+4640231187', span: '040-23 11 87' }] },
  { section: '4.1', text: '0470-74 52 10', expected: [{ number: '+46470745210', span: '0470-74 52 10' }] },
  { section: '4.1', text: '0470-745210', expected: [{ number: '+46470745210', span: '0470-745210' }] },
  { section: '4.1', text: '0980-319 250', expected: [{ number: '+46980319250', span: '0980-319 250' }] },
  { section: '4.1', text: '070-174 06 23', expected: [{ number: '+46701740623', span: '070-174 06 23' }] },
  { section: '4.1', text: '0701740688', expected: [{ number: '+46701740688', span: '0701740688' }] },
  { section: '4.1', text: '070 174 06 41', expected: [{ number: '+46701740641', span: '070 174 06 41' }] },
  { section: '4.1', text: '010-209 44 80', expected: [{ number: '+46102094480', span: '010-209 44 80' }] },
  { section: '4.1', text: '0771-56 78 90', expected: [{ number: '+46771567890', span: '0771-56 78 90' }] },
  { section: '4.2', text: '+46 8 618 24 90', expected: [{ number: '+4686182490', span: '+46 8 618 24 90' }] },
  {
    section: '4.2',
    text: '+46 (0)8 618 24 90',
    expected: [{ number: '+4686182490', span: '+46 (0)8 618 24 90' }],
  },
  {
    section: '4.2',
    text: '+46 (0) 40 23 11 87',
    expected: [{ number: '+4640231187', span: '+46 (0) 40 23 11 87' }],
  },
  {
    section: '4.2',
    text: '+46 (0)70-174 06 55',
    expected: [{ number: '+46701740655', span: '+46 (0)70-174 06 55' }],
  },
  { section: '4.2', text: '+46701740612', expected: [{ number: '+46701740612', span: '+46701740612' }] },
  {
    section: '4.2',
    text: '0046 31 712 40 56',
    expected: [{ number: '+46317124056', span: '0046 31 712 40 56' }],
  },
  {
    section: '4.2',
    text: '0046-70-174 06 30',
    expected: [{ number: '+46701740630', span: '0046-70-174 06 30' }],
  },
  {
    section: '4.2',
    text: '+46-10-209 44 80',
    expected: [{ number: '+46102094480', span: '+46-10-209 44 80' }],
  },
  {
    section: '4.2',
    text: '+46 470 74 52 10',
    expected: [{ number: '+46470745210', span: '+46 470 74 52 10' }],
  },
  { section: '4.3', text: '+47 22 86 54 10', expected: [{ number: '+4722865410', span: '+47 22 86 54 10' }] },
  { section: '4.3', text: '+47 915 38 204', expected: [{ number: '+4791538204', span: '+47 915 38 204' }] },
  {
    section: '4.3',
    text: '0047 22 86 54 10',
    expected: [{ number: '+4722865410', span: '0047 22 86 54 10' }],
  },
  { section: '4.3', text: '+45 33 12 47 90', expected: [{ number: '+4533124790', span: '+45 33 12 47 90' }] },
  { section: '4.3', text: '+45 3312 4790', expected: [{ number: '+4533124790', span: '+45 3312 4790' }] },
  { section: '4.3', text: '+45 20 71 35 48', expected: [{ number: '+4520713548', span: '+45 20 71 35 48' }] },
  {
    section: '4.3',
    text: '+358 9 4174 2236',
    expected: [{ number: '+358941742236', span: '+358 9 4174 2236' }],
  },
  {
    section: '4.3',
    text: '+358 (0)9 4174 2236',
    expected: [{ number: '+358941742236', span: '+358 (0)9 4174 2236' }],
  },
  {
    section: '4.3',
    text: '00358 40 713 2456',
    expected: [{ number: '+358407132456', span: '00358 40 713 2456' }],
  },
  { section: '4.3', text: '+354 551 2468', expected: [{ number: '+3545512468', span: '+354 551 2468' }] },
  {
    section: '4.4',
    text: '+44 20 7946 0321',
    expected: [{ number: '+442079460321', span: '+44 20 7946 0321' }],
  },
  {
    section: '4.4',
    text: '+44 (0)20 7946 0877',
    expected: [{ number: '+442079460877', span: '+44 (0)20 7946 0877' }],
  },
  {
    section: '4.4',
    text: '+44 7842 516903',
    expected: [{ number: '+447842516903', span: '+44 7842 516903' }],
  },
  {
    section: '4.4',
    text: '+49 30 9018 2231',
    expected: [{ number: '+493090182231', span: '+49 30 9018 2231' }],
  },
  {
    section: '4.4',
    text: '+49 (0)30 / 9018-2231',
    expected: [{ number: '+493090182231', span: '+49 (0)30 / 9018-2231' }],
  },
  {
    section: '4.4',
    text: '+49 (0)89 2180-3355',
    expected: [{ number: '+498921803355', span: '+49 (0)89 2180-3355' }],
  },
  {
    section: '4.4',
    text: '+33 1 42 68 53 00',
    expected: [{ number: '+33142685300', span: '+33 1 42 68 53 00' }],
  },
  {
    section: '4.4',
    text: '+31 20 794 0512',
    expected: [{ number: '+31207940512', span: '+31 20 794 0512' }],
  },
  {
    section: '4.4',
    text: '+34 912 34 56 78',
    expected: [{ number: '+34912345678', span: '+34 912 34 56 78' }],
  },
  {
    section: '4.4',
    text: '+48 22 535 02 14',
    expected: [{ number: '+48225350214', span: '+48 22 535 02 14' }],
  },
  {
    section: '4.4',
    text: '+41 44 512 38 70',
    expected: [{ number: '+41445123870', span: '+41 44 512 38 70' }],
  },
  { section: '4.4', text: '+372 640 8123', expected: [{ number: '+3726408123', span: '+372 640 8123' }] },
  {
    section: '4.5',
    text: '+1 212 555 0142',
    expected: [{ number: '+12125550142', span: '+1 212 555 0142' }],
  },
  {
    section: '4.5',
    text: '+1 (415) 555-0179',
    expected: [{ number: '+14155550179', span: '+1 (415) 555-0179' }],
  },
  {
    section: '4.5',
    text: '+1-646-555-0123',
    expected: [{ number: '+16465550123', span: '+1-646-555-0123' }],
  },
  {
    section: '4.5',
    text: '+1 613 555 0110',
    expected: [{ number: '+16135550110', span: '+1 613 555 0110' }],
  },
  {
    section: '4.5',
    text: '(212) 555-0142',
    defaultCountry: 'US',
    expected: [{ number: '+12125550142', span: '(212) 555-0142' }],
  },
  {
    section: '4.5',
    text: '212.555.0163',
    defaultCountry: 'US',
    expected: [{ number: '+12125550163', span: '212.555.0163' }],
  },
  {
    section: '4.5',
    text: '212-555-0187',
    defaultCountry: 'US',
    expected: [{ number: '+12125550187', span: '212-555-0187' }],
  },
  {
    section: '4.5',
    text: '312 555 0138',
    defaultCountry: 'US',
    expected: [{ number: '+13125550138', span: '312 555 0138' }],
  },
  {
    section: '4.5',
    text: '1-800-555-0199',
    defaultCountry: 'US',
    expected: [{ number: '+18005550199', span: '1-800-555-0199' }],
  },
  {
    section: '4.6',
    text: '08-618 24 90 ankn. 123',
    expected: [{ number: '+4686182490', extension: '123', span: '08-618 24 90 ankn. 123' }],
  },
  {
    section: '4.6',
    text: '010-209 44 80, ankn 4512',
    expected: [{ number: '+46102094480', extension: '4512', span: '010-209 44 80, ankn 4512' }],
  },
  {
    section: '4.6',
    text: '08-5052 3318 anknytning 27',
    expected: [{ number: '+46850523318', extension: '27', span: '08-5052 3318 anknytning 27' }],
  },
  {
    section: '4.6',
    text: '+46 (0)8-618 24 90 ankn. 2301',
    expected: [{ number: '+4686182490', extension: '2301', span: '+46 (0)8-618 24 90 ankn. 2301' }],
  },
  {
    section: '4.6',
    text: '+46 8 618 24 90 ext. 12',
    expected: [{ number: '+4686182490', extension: '12', span: '+46 8 618 24 90 ext. 12' }],
  },
  {
    section: '4.6',
    text: '+46 31 712 40 56 ext. 7',
    expected: [{ number: '+46317124056', extension: '7', span: '+46 31 712 40 56 ext. 7' }],
  },
  {
    section: '4.6',
    text: '+44 20 7946 0321 ext 204',
    expected: [{ number: '+442079460321', extension: '204', span: '+44 20 7946 0321 ext 204' }],
  },
  {
    section: '4.6',
    text: '+47 22 86 54 10 ext. 3301',
    expected: [{ number: '+4722865410', extension: '3301', span: '+47 22 86 54 10 ext. 3301' }],
  },
  {
    section: '4.6',
    text: '+1 212 555 0142 x305',
    expected: [{ number: '+12125550142', extension: '305', span: '+1 212 555 0142 x305' }],
  },
  {
    section: '4.6',
    text: '+1 212 555 0142 extension 88',
    expected: [{ number: '+12125550142', extension: '88', span: '+1 212 555 0142 extension 88' }],
  },
  {
    section: '4.6',
    text: '+46 8 4468 2488,,84261395072#',
    expected: [{ number: '+46844682488', span: '+46 8 4468 2488' }],
  },
  {
    section: '4.7',
    text: '０８－６１８ ２４ ９０',
    expected: [{ number: '+4686182490', span: '０８－６１８ ２４ ９０' }],
  },
  {
    section: '4.7',
    text: '＋４６ ７０ １７４ ０６ ２３',
    expected: [{ number: '+46701740623', span: '＋４６ ７０ １７４ ０６ ２３' }],
  },
  { section: '4.7', text: '+٤٦ ٨ ٦١٨ ٢٤ ٩٠', expected: [{ number: '+4686182490', span: '+٤٦ ٨ ٦١٨ ٢٤ ٩٠' }] },
  { section: '4.7', text: '۰۷۰-۱۷۴ ۰۶ ۲۳', expected: [{ number: '+46701740623', span: '۰۷۰-۱۷۴ ۰۶ ۲۳' }] },
  {
    section: '4.7',
    text: '\u2066+46 8 618 24 90\u2069',
    expected: [{ number: '+4686182490', span: '+46 8 618 24 90' }],
  },
  {
    section: '4.7',
    text: '\u200E+46 70 174 06 55\u200E',
    expected: [{ number: '+46701740655', span: '+46 70 174 06 55' }],
  },
  {
    section: '4.7',
    text: '+46\u200E 8 618 24 90',
    expected: [{ number: '+4686182490', span: '+46\u200E 8 618 24 90' }],
  },
  {
    section: '4.7',
    text: 'اتصل بنا \u2066+46 8 618 24 90\u2069',
    expected: [{ number: '+4686182490', span: '+46 8 618 24 90' }],
  },
  {
    section: '4.7',
    text: '08-618\u00A024\u00A090',
    expected: [{ number: '+4686182490', span: '08-618\u00A024\u00A090' }],
  },
  {
    section: '4.7',
    text: '+46\u202F8\u202F618\u202F24\u202F90',
    expected: [{ number: '+4686182490', span: '+46\u202F8\u202F618\u202F24\u202F90' }],
  },
  {
    section: '4.7',
    text: '08\u2009618\u200924\u200990',
    expected: [{ number: '+4686182490', span: '08\u2009618\u200924\u200990' }],
  },
  {
    section: '4.7',
    text: '070\u2011174\u00A006\u00A023',
    expected: [{ number: '+46701740623', span: '070\u2011174\u00A006\u00A023' }],
  },
  {
    section: '4.7',
    text: '08\u2013618 24 90',
    expected: [{ number: '+4686182490', span: '08\u2013618 24 90' }],
  },
  {
    section: '4.7',
    text: '070\u200B174 06 23',
    expected: [{ number: '+46701740623', span: '070\u200B174 06 23' }],
  },
  {
    section: '4.7',
    text: '0701740\u00AD655',
    expected: [{ number: '+46701740655', span: '0701740\u00AD655' }],
  },
];

/** §4.8: the label is outside the span; each gives the same number as in §4.1–§4.5. */
export const LABELLED_EXAMPLES: readonly PositiveExample[] = [
  { section: '4.8', text: 'Tel: 08-618 24 90.', expected: [{ number: '+4686182490', span: '08-618 24 90' }] },
  {
    section: '4.8',
    text: 'Telefon 031-712 40 56',
    expected: [{ number: '+46317124056', span: '031-712 40 56' }],
  },
  {
    section: '4.8',
    text: 'Mobil: 070-174 06 23',
    expected: [{ number: '+46701740623', span: '070-174 06 23' }],
  },
  {
    section: '4.8',
    text: 'Växel: 010-209 44 80',
    expected: [{ number: '+46102094480', span: '010-209 44 80' }],
  },
  {
    section: '4.8',
    text: 'Ring oss på 0470-74 52 10!',
    expected: [{ number: '+46470745210', span: '0470-74 52 10' }],
  },
  { section: '4.8', text: 'Tfn 040-23 11 87', expected: [{ number: '+4640231187', span: '040-23 11 87' }] },
  {
    section: '4.8',
    text: 'Direkt 08-5052 3318',
    expected: [{ number: '+46850523318', span: '08-5052 3318' }],
  },
  {
    section: '4.8',
    text: 'Telefonnummer: 0771-56 78 90',
    expected: [{ number: '+46771567890', span: '0771-56 78 90' }],
  },
  {
    section: '4.8',
    text: 'Phone: +44 20 7946 0321',
    expected: [{ number: '+442079460321', span: '+44 20 7946 0321' }],
  },
  {
    section: '4.8',
    text: 'Call +1 212 555 0142',
    expected: [{ number: '+12125550142', span: '+1 212 555 0142' }],
  },
  {
    section: '4.8',
    text: 'Tlf. +45 33 12 47 90',
    expected: [{ number: '+4533124790', span: '+45 33 12 47 90' }],
  },
  {
    section: '4.8',
    text: 'Puh. +358 9 4174 2236',
    expected: [{ number: '+358941742236', span: '+358 9 4174 2236' }],
  },
];

/** §4.10: exactly the listed numbers, nothing else. */
export const MIXED_LINE_EXAMPLES: readonly PositiveExample[] = [
  {
    section: '4.10',
    text: 'Tel 08-618 24 90, fax 08-618 24 99',
    expected: [
      { number: '+4686182490', span: '08-618 24 90' },
      { number: '+4686182499', span: '08-618 24 99' },
    ],
  },
  {
    section: '4.10',
    text: '08-618 24 90/08-618 24 91',
    expected: [
      { number: '+4686182490', span: '08-618 24 90' },
      { number: '+4686182491', span: '08-618 24 91' },
    ],
  },
  {
    section: '4.10',
    text: '+46 8 618 24 90; +46 70 174 06 23',
    expected: [
      { number: '+4686182490', span: '+46 8 618 24 90' },
      { number: '+46701740623', span: '+46 70 174 06 23' },
    ],
  },
  {
    section: '4.10',
    text: '070-174 06 23 / 070-174 06 41',
    expected: [
      { number: '+46701740623', span: '070-174 06 23' },
      { number: '+46701740641', span: '070-174 06 41' },
    ],
  },
  {
    section: '4.10',
    text: '031-712 40 56 eller 070-174 06 55',
    expected: [
      { number: '+46317124056', span: '031-712 40 56' },
      { number: '+46701740655', span: '070-174 06 55' },
    ],
  },
  {
    section: '4.10',
    text: '+47 22 86 54 10 | +45 33 12 47 90',
    expected: [
      { number: '+4722865410', span: '+47 22 86 54 10' },
      { number: '+4533124790', span: '+45 33 12 47 90' },
    ],
  },
  {
    section: '4.10',
    text: 'Växel 010-209 44 80 (mån–fre 08–17)',
    expected: [{ number: '+46102094480', span: '010-209 44 80' }],
  },
  {
    section: '4.10',
    text: 'Ring 08-618 24 90 senast 2024-03-15',
    expected: [{ number: '+4686182490', span: '08-618 24 90' }],
  },
  {
    section: '4.10',
    text: 'Org.nr 556812-3946 · Tel 08-618 24 90',
    expected: [{ number: '+4686182490', span: '08-618 24 90' }],
  },
  {
    section: '4.10',
    text: 'BG 742-6182, Tel 031-712 40 56',
    expected: [{ number: '+46317124056', span: '031-712 40 56' }],
  },
  {
    section: '4.10',
    text: 'Dial-in +46 8 4468 2488, Meeting ID: 842 6139 5072',
    expected: [{ number: '+46844682488', span: '+46 8 4468 2488' }],
  },
  // §6's two worked examples.
  {
    section: '6',
    text: 'Order 1234, Tel 08-618 24 90',
    expected: [{ number: '+4686182490', span: '08-618 24 90' }],
  },
];

/** §4.5: without a country code, a US national number is nothing under default SE. */
export const US_NATIONAL_UNDER_SE: NegativeExample = { section: '4.5', text: '(212) 555-0142' };

/** §5: every entry yields no match at all. */
export const NEGATIVE_EXAMPLES: readonly NegativeExample[] = [
  { section: '5.1', text: '2024-03-15' },
  { section: '5.1', text: '15/03/2024' },
  { section: '5.1', text: '15.03.2024' },
  { section: '5.1', text: '03/15/2024' },
  { section: '5.1', text: '20240315' },
  { section: '5.1', text: '2023/2024' },
  { section: '5.1', text: '08.03.2024' },
  { section: '5.1', text: '08-03-2024' },
  { section: '5.1', text: '2024-03-15\u20132024-04-02' },
  { section: '5.1', text: '13.03 - 27.03.2024' },
  { section: '5.1', text: '04.11-08.11.2024' },
  { section: '5.1', text: '1.\u201315.3.2024' },
  { section: '5.2', text: '2024-03-15 08:30' },
  { section: '5.2', text: '2024-03-15T08:30:00+01:00' },
  { section: '5.2', text: '2024-03-15 08:30:12.345' },
  { section: '5.2', text: '15.03.2024 08.30' },
  { section: '5.2', text: '08.03.2024 kl. 07.45' },
  { section: '5.2', text: '15/03/2024 14:05' },
  { section: '5.2', text: '20240315 083000' },
  { section: '5.2', text: '2024-03-15 08' },
  { section: '5.2', text: '1710491400' },
  { section: '5.2', text: '1710491400000' },
  { section: '5.3', text: '08:00\u201317:00' },
  { section: '5.3', text: 'kl. 08.00\u201316.30' },
  { section: '5.3', text: '8.00-16.30' },
  { section: '5.3', text: 'Öppet 08.00-20.00' },
  { section: '5.3', text: '08.30\u201312.00 / 13.00\u201316.00' },
  { section: '5.3', text: '0800-1700' },
  { section: '5.3', text: '07.45 - 18.15' },
  { section: '5.3', text: '09:15:30' },
  { section: '5.3', text: '10:00-12:00, 13:00-16:00' },
  { section: '5.3', text: 'mån\u2013fre 08\u201317, lör 10\u201314' },
  { section: '5.4', text: '760312-4418' },
  { section: '5.4', text: '19760312-4418' },
  { section: '5.4', text: '911130-2387' },
  { section: '5.4', text: '040229-7527' },
  { section: '5.4', text: '20040229-7527' },
  { section: '5.4', text: '050614-2389' },
  { section: '5.4', text: '120801+3340' },
  { section: '5.4', text: '760372-4415' },
  { section: '5.4', text: '9609186516' },
  { section: '5.4', text: '831224 5684' },
  { section: '5.4', text: 'Pers.nr 580701-1134' },
  { section: '5.4', text: '690505-0321' },
  { section: '5.5', text: '556812-3946' },
  { section: '5.5', text: '802481-7655' },
  { section: '5.5', text: '212000-0142' },
  { section: '5.5', text: '969781-2304' },
  { section: '5.5', text: '716418-5527' },
  { section: '5.5', text: '16556812-3946' },
  { section: '5.5', text: '5593014474' },
  { section: '5.5', text: 'SE556812394601' },
  { section: '5.5', text: 'Org.nr 559301-4474' },
  { section: '5.5', text: 'Orgnr: 556677-8899' },
  { section: '5.6', text: '742-6182' },
  { section: '5.6', text: '5021-1473' },
  { section: '5.6', text: '3412-9080' },
  { section: '5.6', text: 'BG 900-8756' },
  { section: '5.6', text: 'Bankgiro 5021-1473' },
  { section: '5.6', text: '47 12 93-1' },
  { section: '5.6', text: '4 56 78 90-1' },
  { section: '5.6', text: 'PG 38 00 14-1' },
  { section: '5.6', text: 'Plusgiro 2 08 65 43-2' },
  { section: '5.6', text: '9 90 01-0' },
  { section: '5.7', text: 'OCR 4019 2837 5610 0' },
  { section: '5.7', text: 'OCR-nummer: 7300184465299' },
  { section: '5.7', text: 'OCR: 0855012340' },
  { section: '5.7', text: 'OCR 0701740623' },
  { section: '5.7', text: 'Referens 07017403' },
  { section: '5.7', text: 'Ange OCR 230188471265' },
  { section: '5.7', text: 'Meddelande/OCR: 99120066314574' },
  { section: '5.7', text: 'Betalningsreferens 470399155' },
  { section: '5.8', text: '114 55 Stockholm' },
  { section: '5.8', text: 'SE-411 06 Göteborg' },
  { section: '5.8', text: 'S-553 18 Jönköping' },
  { section: '5.8', text: '211 20 Malmö' },
  { section: '5.8', text: '752 37 Uppsala' },
  { section: '5.8', text: 'Box 1234, 103 21 Stockholm' },
  { section: '5.8', text: 'Box 7010, 402 31 Göteborg' },
  { section: '5.8', text: 'Kungsgatan 44, 111 35 Stockholm' },
  { section: '5.8', text: '0150 Oslo' },
  { section: '5.8', text: '2100 København Ø' },
  { section: '5.8', text: '00100 Helsinki' },
  { section: '5.8', text: '10115 Berlin' },
  { section: '5.9', text: '1 299,00 kr' },
  { section: '5.9', text: '12 345 kr' },
  { section: '5.9', text: 'kr 4 995:-' },
  { section: '5.9', text: '2 499:-' },
  { section: '5.9', text: 'SEK 18 750' },
  { section: '5.9', text: 'Pris: 1 045 000 kr' },
  { section: '5.9', text: 'Omsättning 23 456 789 SEK' },
  { section: '5.9', text: '8 900 NOK' },
  { section: '5.9', text: '2 345,50 DKK' },
  { section: '5.9', text: '€1,299.00' },
  { section: '5.9', text: '1.299,00 €' },
  { section: '5.9', text: '$1,049.99' },
  { section: '5.9', text: '£2,450' },
  { section: '5.10', text: '12,5 %' },
  { section: '5.10', text: '99.95%' },
  { section: '5.10', text: '0,75 %' },
  { section: '5.10', text: '+3,2 %' },
  { section: '5.10', text: '−1.25%' },
  { section: '5.10', text: '100 %' },
  { section: '5.10', text: '0,5\u20131,5 %' },
  { section: '5.10', text: 'ränta 4,35 % (eff. 4,44 %)' },
  { section: '5.10', text: '3,2 % 4,1 % 5,0 %' },
  { section: '5.10', text: '−0,0125 %' },
  { section: '5.11', text: '192.168.10.254' },
  { section: '5.11', text: '10.0.0.138' },
  { section: '5.11', text: '172.16.254.1' },
  { section: '5.11', text: '100.64.0.1' },
  { section: '5.11', text: '203.0.113.195' },
  { section: '5.11', text: '198.51.100.42' },
  { section: '5.11', text: '192.0.2.146:8080' },
  { section: '5.11', text: '10.20.30.40/24' },
  { section: '5.11', text: '010.001.002.003' },
  { section: '5.11', text: '2001:db8::8a2e:370:7334' },
  { section: '5.11', text: 'fe80::1ff:fe23:4567:890a' },
  { section: '5.12', text: 'v2.14.3' },
  { section: '5.12', text: '1.13.16' },
  { section: '5.12', text: 'Version 10.0.19045.3803' },
  { section: '5.12', text: 'Chrome 126.0.6478.127' },
  { section: '5.12', text: 'build 2024.03.1512' },
  { section: '5.12', text: 'iOS 17.4.1' },
  { section: '5.12', text: '3.11.8-r2' },
  { section: '5.12', text: '5.15.0-101-generic' },
  { section: '5.12', text: 'v1.2.3-beta.4' },
  { section: '5.12', text: 'Firmware 07.10.174.0623' },
  { section: '5.13', text: 'ISBN 978-91-7343-212-2' },
  { section: '5.13', text: '978-91-500-3847-7' },
  { section: '5.13', text: '9789189460218' },
  { section: '5.13', text: 'ISBN 978-0-14-310299-1' },
  { section: '5.13', text: '979-10-00625-13-3' },
  { section: '5.13', text: 'ISBN 978-951-0-25784-5' },
  { section: '5.13', text: '91-29-65432-7' },
  { section: '5.13', text: 'ISBN 91-7500-618-9' },
  { section: '5.13', text: '0-226-40071-9' },
  { section: '5.13', text: 'ISSN 0346-2250' },
  { section: '5.13', text: 'ISSN 1402-8719' },
  { section: '5.14', text: '4571 2938 4410 6627' },
  { section: '5.14', text: '5412 7534 1823 4568' },
  { section: '5.14', text: '3782 910456 32717' },
  { section: '5.14', text: '6011 0009 4582 7115' },
  { section: '5.14', text: '4920-7183-6540-2193' },
  { section: '5.14', text: '2221003918475610' },
  { section: '5.14', text: '3566 0020 1847 2957' },
  { section: '5.14', text: '5351 2077 8341 0967' },
  { section: '5.14', text: 'Kort: 4571 29** **** 6627' },
  { section: '5.14', text: '**** **** **** 4821' },
  { section: '5.15', text: 'SE36 5000 0000 0572 1983 4601' },
  { section: '5.15', text: 'SE74 8000 0832 7914 1234 5678' },
  { section: '5.15', text: 'NO38 1503 2284 617' },
  { section: '5.15', text: 'DK28 3000 1234 0987 65' },
  { section: '5.15', text: 'FI64 4005 5012 9876 54' },
  { section: '5.15', text: 'DE44 5001 0517 5407 3249 31' },
  { section: '5.15', text: 'GB90 BARC 2065 8279 4316 27' },
  { section: '5.15', text: 'Clearing 8327-9, konto 914 123 456-7' },
  { section: '5.15', text: 'Konto 5301-01 234 56' },
  { section: '5.15', text: 'Kontonr 1234 56 78901' },
  { section: '5.16', text: '3f2a9c1e-7b4d-4e8a-9c21-05d6f8a3b190' },
  { section: '5.16', text: '40718263-5091-4462-8130-077215908613' },
  { section: '5.16', text: '40718263509144628130077215908613' },
  { section: '5.16', text: '{08618249-0000-4000-8000-070174062300}' },
  { section: '5.16', text: 'urn:uuid:61803398-8749-4894-8482-045868343656' },
  { section: '5.16', text: 'b1946ac9-2492-4e8f-a0b3-170113042024' },
  { section: '5.16', text: '0b81f64a2c9e4d07a1f3070174062377' },
  { section: '5.16', text: '01HRZ3K8QK2V7M4X0701740623' },
  { section: '5.17', text: 'Order #1004872931' },
  { section: '5.17', text: 'Ordernummer 0812-4471-22' },
  { section: '5.17', text: 'Order no. 08-618-2490' },
  { section: '5.17', text: 'Fakturanr 20240315-0042' },
  { section: '5.17', text: 'Faktura 0317124056' },
  { section: '5.17', text: 'Kundnr 0470112233' },
  { section: '5.17', text: 'Ärende #0855012347' },
  { section: '5.17', text: 'Art.nr 070-1740-623' },
  { section: '5.17', text: '#SE-0841-55-1290' },
  { section: '5.17', text: 'ORD-2024-0701740' },
  { section: '5.17', text: 'Avtal 0701-2024-118' },
  { section: '5.17', text: 'Kollinummer 00370733101234567890' },
  { section: '5.18', text: '59.3293, 18.0686' },
  { section: '5.18', text: '59.329323,18.068581' },
  { section: '5.18', text: '-33.868820, 151.209296' },
  { section: '5.18', text: '57°42\u203228\u2033N 11°58\u203226\u2033E' },
  { section: '5.18', text: "N 59° 19.758' E 018° 04.116'" },
  { section: '5.18', text: '55.6050° N, 13.0038° E' },
  { section: '5.18', text: 'lat=59.3293&lon=18.0686' },
  { section: '5.18', text: '6580822, 674032' },
  { section: '5.18', text: 'N 6580822 E 674032' },
  { section: '5.18', text: '6581690 1628570' },
  { section: '5.19', text: 'Meeting ID: 842 6139 5072' },
  { section: '5.19', text: 'Mötes-ID: 845 2231 0097' },
  { section: '5.19', text: 'Meeting ID: 382 947 165 028' },
  { section: '5.19', text: 'Conference ID: 618 240 912#' },
  { section: '5.19', text: 'PIN: 781 392 045#' },
  { section: '5.19', text: 'Access code: 2634 118 9047' },
  { section: '5.19', text: 'Personal Meeting ID 701 740 6230' },
  { section: '5.19', text: 'Webinar ID 0812 4471 229' },
  { section: '5.19', text: 'Konferens-ID: 0701 740 623' },
  { section: '5.19', text: 'Passcode: 558 204' },
  { section: '5.19', text: 'https://us02web.zoom.us/j/84261395072?pwd=\u2026' },
  { section: '5.20', text: 'https://example.se/kontakt/0701740623' },
  { section: '5.20', text: '0701740623@sms.example.se' },
  { section: '5.20', text: '?id=0855012340' },
  { section: '5.20', text: '/orders/08-618-2490' },
  { section: '5.20', text: 'file_0701740623.pdf' },
  { section: '5.20', text: 'IMG_20240315_083000.jpg' },
  { section: '5.20', text: '#0701740623' },
  { section: '5.20', text: 'www.example.se/0317124056' },
  // §6's second worked example.
  { section: '6', text: 'Ring kundtjänst om ordernr 0855012347' },
];

/** §4.9 links, including the never-a-number entries. */
export const HREF_EXAMPLES: readonly HrefExample[] = [
  { href: 'tel:+4686182490', expected: { number: '+4686182490' } },
  { href: 'tel:08-618%2024%2090', expected: { number: '+4686182490' } },
  { href: 'tel:+46-70-174-06-23', expected: { number: '+46701740623' } },
  { href: 'TEL:+46 8 618 24 90', expected: { number: '+4686182490' } },
  { href: 'tel:0701740688', expected: { number: '+46701740688' } },
  { href: 'tel:6182490;phone-context=+468', expected: { number: '+4686182490' } },
  { href: 'tel:+4686182490;ext=123', expected: { number: '+4686182490', extension: '123' } },
  { href: 'callto:+46701740612', expected: { number: '+46701740612' } },
  { href: 'callto://+4686182490', expected: { number: '+4686182490' } },
  { href: 'sip:+46701740612@sip.example.se;user=phone', expected: { number: '+46701740612' } },
  { href: 'sip:anna@example.se', expected: null },
  { href: 'tel:', expected: null },
  { href: 'tel:%E0%A4%A', expected: null },
  { href: 'tel:112', expected: null },
];

/** §9's two worked examples, with their exact results. */
export const API_EXAMPLES = [
  {
    text: 'Ring 08-618 24 90 ankn. 123',
    defaultCountry: 'SE',
    result: [{ start: 5, end: 27, number: '+4686182490', extension: '123' }],
  },
  {
    text: '\u2066+46 8 618 24 90\u2069',
    defaultCountry: 'SE',
    result: [{ start: 1, end: 16, number: '+4686182490' }],
  },
] as const;

/** Every positive example of §4.1–§4.8 and §4.10. */
export const POSITIVE_EXAMPLES: readonly PositiveExample[] = [
  ...SINGLE_NUMBER_EXAMPLES,
  ...LABELLED_EXAMPLES,
  ...MIXED_LINE_EXAMPLES,
];
