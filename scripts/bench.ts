/**
 * Detector benchmark: `npx tsx scripts/bench.ts` (or `npm run bench`).
 *
 * Speed: findPhoneNumbers against libphonenumber-js `findNumbers(text, 'SE', { leniency: 'VALID' })`
 * on 1 MiB of generated prose at 0 %, 0.1 % and 1 % phone-number density, in alternating runs.
 * The baseline imports `libphonenumber-js/max`: full metadata validates by number type, which makes it
 * the most precise (strongest) configuration of the library; its scanning cost does not depend on the
 * metadata size.
 * Accuracy: precision and recall of both on the tables of docs/number-detection.md §4 and §5.
 * Targets: ours ≥ 5× faster at each density, with precision and recall at least the baseline's.
 * Prints PASS/FAIL per target and exits non-zero on any FAIL.
 */
import { type CountryCode, findNumbers, getCountryCallingCode } from 'libphonenumber-js/max';
import { findPhoneNumbers } from '../lib/phone';
import { NEGATIVE_EXAMPLES, POSITIVE_EXAMPLES, US_NATIONAL_UNDER_SE } from '../lib/phone/spec-examples';
import { generateBenchText, MEGABYTE } from './bench/text';

const DENSITIES = [0, 0.001, 0.01];
const WARM_UP_RUNS = 2;
const MEASURED_RUNS = 9;
const REQUIRED_SPEED_UP = 5;

interface Found {
  readonly number: string;
  readonly extension?: string;
}

type Detector = (text: string, defaultCountry: CountryCode) => Found[];

const ours: Detector = (text, defaultCountry) =>
  findPhoneNumbers(text, { defaultCountry }).map(({ number, extension }) => ({ number, extension }));

interface LegacyMatch {
  phone: string;
  country: CountryCode;
  ext?: string;
}

/**
 * `findNumbers(text, defaultCountry, { leniency })`: the documented legacy call, which the library's
 * type declarations leave out (they know neither the three-argument form nor `leniency`).
 */
const findNumbersValid = findNumbers as unknown as (
  text: string,
  defaultCountry: CountryCode,
  options: { leniency: 'VALID' },
) => LegacyMatch[];

const baseline: Detector = (text, defaultCountry) =>
  findNumbersValid(text, defaultCountry, { leniency: 'VALID' }).map((match) => ({
    number: `+${getCountryCallingCode(match.country)}${match.phone}`,
    extension: match.ext,
  }));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function timeOnce(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

interface SpeedResult {
  readonly density: number;
  readonly oursMs: number;
  readonly baselineMs: number;
  readonly oursFound: number;
  readonly baselineFound: number;
  readonly written: number;
}

function measureSpeed(density: number): SpeedResult {
  const { text, phoneCount } = generateBenchText({ length: MEGABYTE, phoneDensity: density });
  const runOurs = () => findPhoneNumbers(text, { defaultCountry: 'SE' });
  const runBaseline = () => findNumbersValid(text, 'SE', { leniency: 'VALID' });
  for (let i = 0; i < WARM_UP_RUNS; i++) {
    runOurs();
    runBaseline();
  }
  const oursTimes: number[] = [];
  const baselineTimes: number[] = [];
  // Alternating A, B, A, B… spreads machine noise over both sides.
  for (let i = 0; i < MEASURED_RUNS; i++) {
    oursTimes.push(timeOnce(runOurs));
    baselineTimes.push(timeOnce(runBaseline));
  }
  return {
    density,
    oursMs: median(oursTimes),
    baselineMs: median(baselineTimes),
    oursFound: runOurs().length,
    baselineFound: runBaseline().length,
    written: phoneCount,
  };
}

interface Accuracy {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
}

function keyOf(found: Found): string {
  return `${found.number};${found.extension ?? ''}`;
}

/** Counts matches by (number, extension) as a multiset, so each expected number is credited once. */
function score(detector: Detector): Accuracy {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const example of POSITIVE_EXAMPLES) {
    const remaining = example.expected.map(keyOf);
    for (const found of detector(example.text, example.defaultCountry ?? 'SE')) {
      const index = remaining.indexOf(keyOf(found));
      if (index === -1) {
        falsePositives++;
      } else {
        truePositives++;
        remaining.splice(index, 1);
      }
    }
    falseNegatives += remaining.length;
  }
  for (const example of [...NEGATIVE_EXAMPLES, US_NATIONAL_UNDER_SE]) {
    falsePositives += detector(example.text, example.defaultCountry ?? 'SE').length;
  }
  return { truePositives, falsePositives, falseNegatives };
}

function precision(accuracy: Accuracy): number {
  const reported = accuracy.truePositives + accuracy.falsePositives;
  return reported === 0 ? 1 : accuracy.truePositives / reported;
}

function recall(accuracy: Accuracy): number {
  const expected = accuracy.truePositives + accuracy.falseNegatives;
  return expected === 0 ? 1 : accuracy.truePositives / expected;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

function main(): number {
  const verdicts: { name: string; pass: boolean }[] = [];
  console.log(
    `Speed on ${MEGABYTE} characters of generated prose, median of ${MEASURED_RUNS} alternating runs`,
  );
  console.log('density  written  ours: found    ms   MB/s   baseline: found    ms   MB/s   baseline/ours');
  for (const density of DENSITIES) {
    const result = measureSpeed(density);
    const megabytes = MEGABYTE / 1_000_000;
    const ratio = result.baselineMs / result.oursMs;
    console.log(
      [
        `${(density * 100).toFixed(1)} %`.padStart(7),
        String(result.written).padStart(8),
        String(result.oursFound).padStart(12),
        result.oursMs.toFixed(1).padStart(6),
        (megabytes / (result.oursMs / 1000)).toFixed(0).padStart(6),
        String(result.baselineFound).padStart(16),
        result.baselineMs.toFixed(1).padStart(6),
        (megabytes / (result.baselineMs / 1000)).toFixed(1).padStart(6),
        `${ratio.toFixed(1)}×`.padStart(15),
      ].join(' '),
    );
    verdicts.push({
      name: `speed at ${(density * 100).toFixed(1)} %: ≥ ${REQUIRED_SPEED_UP}× (${ratio.toFixed(1)}×)`,
      pass: ratio >= REQUIRED_SPEED_UP,
    });
  }

  const oursAccuracy = score(ours);
  const baselineAccuracy = score(baseline);
  console.log('\nAccuracy on the §4 / §5 tables (a hit needs the right E.164 number and extension)');
  for (const [name, accuracy] of [
    ['ours', oursAccuracy],
    ['baseline', baselineAccuracy],
  ] as const) {
    console.log(
      `${name.padEnd(9)} precision ${percent(precision(accuracy)).padStart(7)}  recall ${percent(recall(accuracy)).padStart(7)}  ` +
        `(TP ${accuracy.truePositives}, FP ${accuracy.falsePositives}, FN ${accuracy.falseNegatives})`,
    );
  }
  verdicts.push({
    name: `precision ≥ baseline (${percent(precision(oursAccuracy))} vs ${percent(precision(baselineAccuracy))})`,
    pass: precision(oursAccuracy) >= precision(baselineAccuracy),
  });
  verdicts.push({
    name: `recall ≥ baseline (${percent(recall(oursAccuracy))} vs ${percent(recall(baselineAccuracy))})`,
    pass: recall(oursAccuracy) >= recall(baselineAccuracy),
  });

  console.log('');
  for (const verdict of verdicts) console.log(`${verdict.pass ? 'PASS' : 'FAIL'}  ${verdict.name}`);
  return verdicts.every((verdict) => verdict.pass) ? 0 : 1;
}

process.exitCode = main();
