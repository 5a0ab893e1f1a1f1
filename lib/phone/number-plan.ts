/**
 * The number plan, from libphonenumber-js with its compact ("min") metadata. The content script bundles
 * this module, so it must never import the full metadata (see the note at the top of index.ts).
 *
 * Validation has a fast path. With compact metadata, libphonenumber-js's `isValid()` comes down to
 * "the national number matches the country's national-number pattern (and one of its type patterns,
 * where the metadata has them)", but each call rebuilds those RegExps from strings and copies its
 * options. Doing the same matches with compiled patterns is several times faster. Anything unusual
 * (a national prefix after the country code, prefix transforms, ambiguous shared calling codes) goes
 * through the library. number-plan.test.ts checks that both paths agree.
 */
import {
  type CountryCode,
  isSupportedCountry,
  Metadata,
  type MetadataJson,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';
import { requiredTrunkPrefix } from './trunk-prefix';

const compactMetadata: MetadataJson = metadata;

/** E.164 allows at most 15 digits after the `+`. */
const MAX_E164_DIGITS = 15;

/** `defaultCountry` if the metadata knows it, else undefined (then only international numbers count). */
export function supportedCountry(country: string | undefined): CountryCode | undefined {
  if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)) return undefined;
  const candidate = country as CountryCode;
  return isSupportedCountry(candidate, compactMetadata) ? candidate : undefined;
}

/** The trunk prefix national numbers of `country` must start with (§3 rule 4), if any. */
export function trunkPrefixOf(country: CountryCode): string | undefined {
  return requiredTrunkPrefix(country, compactMetadata);
}

/** Numbering-plan accessors present at run time in libphonenumber-js 1.x but missing from its types. */
interface PlanInternals {
  nationalPrefix(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  nationalNumberPattern(): string;
  leadingDigits(): string | undefined;
  IDDPrefix(): string | undefined;
  hasTypes(): boolean;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

/** The number types libphonenumber-js's `getNumberType()` tries; a number of any of them is valid. */
const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

interface TypePattern {
  readonly pattern: RegExp;
  readonly lengths: readonly number[] | undefined;
}

interface CompiledPlan {
  readonly callingCode: string;
  readonly trunkPrefix: string | undefined;
  /** What the library strips as a national prefix; a number starting with it is left to the library. */
  readonly prefixForParsing: RegExp | undefined;
  /** National input can use the fast path: plain digit trunk prefix, no transform, own calling code. */
  readonly nationalFastPath: boolean;
  readonly leadingDigits: RegExp | undefined;
  readonly nationalNumber: RegExp;
  /** Per-type patterns where the metadata has them (validity then needs one of them to match). */
  readonly types: readonly TypePattern[] | undefined;
  /** The country's international call prefix: national input starting with it is read as international. */
  readonly internationalPrefix: RegExp | undefined;
}

/** Compiled plans of constant metadata, filled on first use. Caching constants keeps results deterministic. */
const compiledPlans = new Map<string, CompiledPlan | null>();

function callingCodeOf(country: string): string | undefined {
  for (const [callingCode, countries] of Object.entries(compactMetadata.country_calling_codes)) {
    if (countries.includes(country as CountryCode)) return callingCode;
  }
  return undefined;
}

function prefixPattern(source: string | undefined): RegExp | undefined {
  return source ? new RegExp(`^(?:${source})`) : undefined;
}

function compile(country: string): CompiledPlan | null {
  const plans = new Metadata(compactMetadata);
  plans.selectNumberingPlan(country as CountryCode);
  const internals = plans.numberingPlan as unknown as PlanInternals | undefined;
  const callingCode = callingCodeOf(country);
  if (!internals || !callingCode) return null;
  const shared = compactMetadata.country_calling_codes[callingCode]?.length !== 1;
  const trunkPrefix = internals.nationalPrefix() || undefined;
  const prefixForParsing = internals.nationalPrefixForParsing() || undefined;
  let types: TypePattern[] | undefined;
  if (internals.hasTypes()) {
    types = [];
    for (const name of NUMBER_TYPES) {
      const type = internals.type(name);
      const source = type?.pattern();
      if (type && source)
        types.push({ pattern: new RegExp(`^(?:${source})$`), lengths: type.possibleLengths() });
    }
  }
  return {
    callingCode,
    trunkPrefix,
    prefixForParsing: prefixPattern(prefixForParsing),
    nationalFastPath:
      !shared &&
      !internals.nationalPrefixTransformRule() &&
      prefixForParsing === trunkPrefix &&
      trunkPrefix !== undefined &&
      /^\d+$/.test(trunkPrefix),
    leadingDigits: prefixPattern(internals.leadingDigits()),
    nationalNumber: new RegExp(`^(?:${internals.nationalNumberPattern()})$`),
    types,
    internationalPrefix: prefixPattern(internals.IDDPrefix()),
  };
}

function planOf(country: string): CompiledPlan | null {
  let plan = compiledPlans.get(country);
  if (plan === undefined) {
    plan = compile(country);
    compiledPlans.set(country, plan);
  }
  return plan;
}

/** libphonenumber-js's `isValid()`: the national pattern, then (where the metadata has them) some type. */
function isValidIn(plan: CompiledPlan, nationalNumber: string): boolean {
  if (!plan.nationalNumber.test(nationalNumber)) return false;
  if (!plan.types) return true;
  return plan.types.some(
    (type) =>
      (!type.lengths || type.lengths.includes(nationalNumber.length)) && type.pattern.test(nationalNumber),
  );
}

/**
 * The plan of the country that owns an international number, or undefined when the library must
 * decide. A shared calling code (+1, +44, +47, +358) is resolved as the library does it: the first
 * country whose leading digits match, or, for a country without leading digits, whose types match.
 */
function planOfInternational(digits: string): { plan: CompiledPlan; nationalNumber: string } | undefined {
  for (let length = 1; length <= 3; length++) {
    const countries = compactMetadata.country_calling_codes[digits.slice(0, length)];
    if (!countries) continue;
    const nationalNumber = digits.slice(length);
    const plans: CompiledPlan[] = [];
    for (const country of countries) {
      const plan = planOf(country);
      // A national prefix written after the country code (`+46 0…`) is stripped by the library.
      if (!plan || plan.prefixForParsing?.test(nationalNumber)) return undefined;
      plans.push(plan);
    }
    if (plans.length === 1 && plans[0]) return { plan: plans[0], nationalNumber };
    for (const plan of plans) {
      if (
        plan.leadingDigits
          ? plan.leadingDigits.test(nationalNumber)
          : plan.types && isValidIn(plan, nationalNumber)
      ) {
        return { plan, nationalNumber };
      }
    }
    return undefined;
  }
  return undefined;
}

/** The fast path: a valid E.164 string, null for invalid, undefined when the library must decide. */
function validateSimply(
  digits: string,
  international: boolean,
  country: CountryCode | undefined,
): string | null | undefined {
  let plan: CompiledPlan | null;
  let nationalNumber: string;
  if (international) {
    const owner = planOfInternational(digits);
    if (!owner) return undefined;
    plan = owner.plan;
    nationalNumber = owner.nationalNumber;
  } else {
    if (!country) return null;
    plan = planOf(country);
    if (!plan?.nationalFastPath || !plan.trunkPrefix) return undefined;
    // Without the trunk prefix the library may still strip other prefixes; leave those cases to it.
    if (!digits.startsWith(plan.trunkPrefix) || plan.internationalPrefix?.test(digits)) return undefined;
    nationalNumber = digits.slice(plan.trunkPrefix.length);
    if (plan.prefixForParsing?.test(nationalNumber)) return undefined;
  }
  return isValidIn(plan, nationalNumber) ? `+${plan.callingCode}${nationalNumber}` : null;
}

/**
 * The E.164 form of `digits` if they are a valid number: international digits start with the country
 * calling code; national digits are read in `country`. Returns null for anything invalid.
 */
export function validE164(
  digits: string,
  international: boolean,
  country: CountryCode | undefined,
): string | null {
  const simple = validateSimply(digits, international, country);
  const e164 = simple === undefined ? validE164ByLibrary(digits, international, country) : simple;
  return e164 !== null && e164.length <= MAX_E164_DIGITS + 1 ? e164 : null;
}

/** The same decision as validE164, always through libphonenumber-js. */
export function validE164ByLibrary(
  digits: string,
  international: boolean,
  country: CountryCode | undefined,
): string | null {
  const parsed = international
    ? parsePhoneNumberFromString(`+${digits}`, compactMetadata)
    : country
      ? parsePhoneNumberFromString(digits, country, compactMetadata)
      : undefined;
  if (!parsed?.isValid()) return null;
  return parsed.number;
}
