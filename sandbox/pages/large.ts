/**
 * `/demo/large`: a generated page of about `kb` kilobytes of prose in paragraphs, lists and tables, for the
 * performance budgets of number-detection.md §8. A fraction `density` of the tokens are phone numbers in
 * varied formats, each in its own `data-expect="phone"` element. The same options give the same bytes.
 * The prose itself contains no digits, so with density 0 a detector's 7-digit prefilter rejects every block.
 */
import { html, page, type SafeHtml } from '../html';
import { phone } from './demo-markup';

export interface LargePageOptions {
  kb: number;
  /** Fraction of tokens that are phone numbers, 0–1. */
  density: number;
  seed: number;
}

export const LARGE_PAGE_LIMITS = { maxKb: 16 * 1024, minKb: 1 } as const;

/** mulberry32: a tiny, fast, deterministic PRNG (public domain). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function integer(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function digits(random: Random, count: number, firstMin = 0): string {
  let out = String(integer(random, firstMin, 9));
  for (let i = 1; i < count; i += 1) out += String(integer(random, 0, 9));
  return out;
}

export interface GeneratedNumber {
  text: string;
  e164: string;
  ext?: string;
}

/** Formats from number-detection.md §4, with numbers from the fiction blocks or plausible landlines. */
const NUMBER_FORMATS: readonly ((random: Random) => GeneratedNumber)[] = [
  (random) => {
    const nn = String(integer(random, 5, 99)).padStart(2, '0');
    return { text: `070-174 06 ${nn}`, e164: `+467017406${nn}` };
  },
  (random) => {
    const nn = String(integer(random, 5, 99)).padStart(2, '0');
    return { text: `07017406${nn}`, e164: `+467017406${nn}` };
  },
  (random) => {
    const nn = String(integer(random, 5, 99)).padStart(2, '0');
    return { text: `+46 70 174 06 ${nn}`, e164: `+467017406${nn}` };
  },
  (random) => {
    const [a, b, c] = [digits(random, 3, 2), digits(random, 2), digits(random, 2)];
    return { text: `08-${a} ${b} ${c}`, e164: `+468${a}${b}${c}` };
  },
  (random) => {
    const [a, b, c] = [digits(random, 3, 2), digits(random, 2), digits(random, 2)];
    return { text: `+46 8 ${a} ${b} ${c}`, e164: `+468${a}${b}${c}` };
  },
  (random) => {
    const [a, b, c] = [digits(random, 3, 2), digits(random, 2), digits(random, 2)];
    return { text: `08\u00a0${a}\u00a0${b}\u00a0${c}`, e164: `+468${a}${b}${c}` };
  },
  (random) => {
    const [a, b, c] = [digits(random, 3, 2), digits(random, 2), digits(random, 2)];
    return { text: `031-${a} ${b} ${c}`, e164: `+4631${a}${b}${c}` };
  },
  (random) => {
    const ext = digits(random, 3, 1);
    return { text: `08-618 24 90 ankn. ${ext}`, e164: '+4686182490', ext };
  },
  (random) => {
    const tail = digits(random, 3);
    return { text: `+44 20 7946 0${tail}`, e164: `+442079460${tail}` };
  },
  (random) => {
    const nn = digits(random, 2);
    return { text: `+1 212 555 01${nn}`, e164: `+121255501${nn}` };
  },
  (random) => {
    const [a, b] = [digits(random, 2), digits(random, 2)];
    return { text: `+47 22 86 ${a} ${b}`, e164: `+472286${a}${b}` };
  },
  (random) => {
    const [a, b] = [digits(random, 2), digits(random, 2)];
    return { text: `+45 33 12 ${a} ${b}`, e164: `+453312${a}${b}` };
  },
];

export function generateNumber(random: Random): GeneratedNumber {
  return pick(random, NUMBER_FORMATS)(random);
}

const WORDS: readonly string[] = (
  'och att det som en på är av för med till den har inte om ett han var men vi kan så de från ' +
  'frakt lager leverans kund order paket pall tull faktura avtal rutin sändning lastbil terminal ' +
  'vecka morgon eftermiddag kontor team ansvarig planering uppföljning kvalitet prognos budget ' +
  'shipment warehouse delivery customer invoice schedule carrier route inventory quarterly report ' +
  'snabbt noggrant enligt vidare tidigare senare gärna alltid ibland redan fortfarande tillsammans ' +
  'Göteborg Malmö Stockholm Uppsala Norrköping Örebro Västerås Jönköping Umeå Luleå Sundsvall'
).split(' ');

interface Generator {
  random: Random;
  density: number;
  numbers: number;
}

/** `tokenCount` words and numbers; `finish` ends the run with a full stop, as at the end of a paragraph. */
function sentence(generator: Generator, tokenCount: number, finish = false): SafeHtml {
  const parts: (string | SafeHtml)[] = [];
  let wordsSincePeriod = 0;
  for (let i = 0; i < tokenCount; i += 1) {
    if (i > 0) parts.push(' ');
    if (generator.density > 0 && generator.random() < generator.density) {
      const number = generateNumber(generator.random);
      generator.numbers += 1;
      parts.push(phone(number.text, number.e164, { ext: number.ext }));
      continue;
    }
    let word = pick(generator.random, WORDS);
    if (wordsSincePeriod === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
    wordsSincePeriod += 1;
    if (wordsSincePeriod > 7 && generator.random() < 0.15) {
      word += pick(generator.random, ['.', '.', '.', '!', '?']);
      wordsSincePeriod = 0;
    } else if (generator.random() < 0.05) {
      word += ',';
    }
    parts.push(word);
  }
  if (finish) {
    const last = parts.at(-1);
    if (typeof last === 'string') parts[parts.length - 1] = `${last.replace(/[.,!?]$/, '')}.`;
    else parts.push('.');
  }
  return html`${parts}`;
}

function block(generator: Generator): SafeHtml {
  const { random } = generator;
  const kind = random();
  if (kind < 0.08) return html`<h2>${sentence(generator, integer(random, 2, 6))}</h2>\n`;
  if (kind < 0.7) return html`<p>${sentence(generator, integer(random, 40, 120), true)}</p>\n`;
  if (kind < 0.85) {
    const items = Array.from(
      { length: integer(random, 3, 8) },
      () => html`<li>${sentence(generator, integer(random, 6, 16))}</li>\n`,
    );
    return html`<ul>\n${items}</ul>\n`;
  }
  const rows = Array.from({ length: integer(random, 3, 8) }, () => {
    const cells = Array.from(
      { length: 3 },
      () => html`<td>${sentence(generator, integer(random, 2, 6))}</td>`,
    );
    return html`<tr>${cells}</tr>\n`;
  });
  return html`<table><tbody>${rows}</tbody></table>\n`;
}

export interface LargePage {
  html: string;
  /** How many phone numbers the page contains. */
  numbers: number;
}

export function renderLargePage(options: LargePageOptions): LargePage {
  const generator: Generator = { random: createRandom(options.seed), density: options.density, numbers: 0 };
  const targetBytes = options.kb * 1024;
  const blocks: SafeHtml[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const next = block(generator);
    blocks.push(next);
    bytes += Buffer.byteLength(next.value, 'utf8');
  }
  const body = html`<main>${blocks}</main>`;
  return {
    numbers: generator.numbers,
    html: page({
      title: `Generated page (${options.kb} kB, density ${options.density}, seed ${options.seed})`,
      bodyAttributes: html` data-phone-count="${generator.numbers}"`,
      body,
    }),
  };
}
