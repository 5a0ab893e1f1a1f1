/**
 * Deterministic benchmark text: Swedish/English-like prose with dates, prices, years and times, and a
 * chosen fraction of tokens that are phone numbers written in the formats of
 * docs/number-detection.md §4. Shared by the benchmark and the end-to-end performance tests.
 */

export interface BenchTextOptions {
  /** Length of the text in UTF-16 code units. */
  readonly length: number;
  /** Fraction (0–1) of tokens that are phone numbers. */
  readonly phoneDensity: number;
  /** Same seed, same text. */
  readonly seed?: number;
}

export interface BenchText {
  readonly text: string;
  /** How many phone numbers were written into the text. */
  readonly phoneCount: number;
}

/** 1 MiB, the page size of the §8 budgets. */
export const MEGABYTE = 1024 * 1024;

const WORDS = (
  'och att det som en på är av för med till den har de inte om ett men var jag sig från vi så kan man ' +
  'när år säga mycket under efter alla nya kommer eller också bara andra hur sedan vara dag här kontoret ' +
  'vecka möte kunder leverans faktura tjänsten företaget hemsidan Stockholm Göteborg Malmö Uppsala ' +
  'the of and to in is you that it he was for on are as with his they at be this have from or one had by ' +
  'word but not what all were we when your can said there use each which she do how their if will up ' +
  'other about out many then them these some her would make like him into time has look more write see ' +
  'number way could people than first water been who now find long down day did get come made may part ' +
  'support office customers delivery meeting service company website'
).split(' ');

const SENTENCE_ENDS = ['.', '.', '.', '!', '?', ':', ';', ','];

type Random = () => number;

/** mulberry32: small, fast and deterministic. */
function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function digits(random: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(Math.floor(random() * 10));
  return out;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Phone-number formats of §4 with random subscriber digits, so that no two numbers repeat. Swedish
 * mobiles stay in the fiction block 070-174 06 05…99, UK in 020 7946 0xxx, US in 555-01xx.
 */
const PHONE_FORMATS: readonly ((random: Random) => string)[] = [
  (r) => `08-${5 + Math.floor(r() * 4)}${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
  (r) => `(08) 6${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
  (r) => `031-7${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
  (r) => `0470-7${digits(r, 1)} ${digits(r, 2)} ${digits(r, 2)}`,
  (r) => `070-174 0${5 + Math.floor(r() * 5)} ${digits(r, 2)}`,
  (r) => `070174${pad2(5 + Math.floor(r() * 95))}${digits(r, 2)}`,
  (r) => `010-2${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
  (r) => `+46 8 6${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
  (r) => `+46 (0)70-174 0${5 + Math.floor(r() * 5)} ${digits(r, 2)}`,
  (r) => `0046 31 7${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
  (r) => `+47 22 ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
  (r) => `+45 33 ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)}`,
  (r) => `+358 9 4${digits(r, 3)} ${digits(r, 4)}`,
  (r) => `+44 20 7946 0${digits(r, 3)}`,
  (r) => `+49 (0)30 / 9${digits(r, 3)}-${digits(r, 4)}`,
  (r) => `+1 212 555 01${digits(r, 2)}`,
  (r) => `08-6${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ankn. ${1 + Math.floor(r() * 999)}`,
];

/** Digits that are not phone numbers: years, dates, prices, times, percentages, counts. */
const OTHER_NUMBERS: readonly ((random: Random) => string)[] = [
  (r) => String(1990 + Math.floor(r() * 40)),
  (r) => `${2020 + Math.floor(r() * 6)}-${pad2(1 + Math.floor(r() * 12))}-${pad2(1 + Math.floor(r() * 28))}`,
  (r) => `${pad2(1 + Math.floor(r() * 28))}.${pad2(1 + Math.floor(r() * 12))}.${2020 + Math.floor(r() * 6)}`,
  (r) => `${1 + Math.floor(r() * 99)} ${digits(r, 3)} kr`,
  (r) => `${Math.floor(r() * 999)}:-`,
  (r) => `kl. ${pad2(Math.floor(r() * 24))}.${pad2(Math.floor(r() * 60))}`,
  (r) => `${pad2(Math.floor(r() * 24))}:${pad2(Math.floor(r() * 60))}`,
  (r) => `${Math.floor(r() * 100)},${Math.floor(r() * 10)} %`,
  (r) => String(Math.floor(r() * 500)),
];

const PHONE_LEAD_INS = ['ring', 'tel', 'telefon', 'call', 'mobil:', 'växel', 'kontakta oss på', 'or'];

/** Generates `options.length` characters of prose with the requested phone-number density. */
export function generateBenchText(options: BenchTextOptions): BenchText {
  const random = createRandom(options.seed ?? 20240315);
  const parts: string[] = [];
  let length = 0;
  let phoneCount = 0;
  let capitalise = true;
  const push = (token: string) => {
    parts.push(token);
    length += token.length + 1;
  };
  while (length < options.length) {
    const roll = random();
    if (roll < options.phoneDensity) {
      // A word on each side keeps the number apart from neighbouring digits, as in real prose.
      push(pick(random, PHONE_LEAD_INS));
      push(pick(random, PHONE_FORMATS)(random));
      push(pick(random, WORDS));
      phoneCount++;
    } else if (roll < options.phoneDensity + 0.03) {
      push(pick(random, OTHER_NUMBERS)(random));
    } else {
      let word = pick(random, WORDS);
      if (capitalise) word = word.charAt(0).toUpperCase() + word.slice(1);
      capitalise = false;
      if (random() < 0.08) {
        word += pick(random, SENTENCE_ENDS);
        capitalise = word.endsWith('.') || word.endsWith('!') || word.endsWith('?');
      }
      push(word);
    }
  }
  const text = parts.join(' ').slice(0, options.length);
  return { text, phoneCount };
}
