/** The trunk-prefix rule (docs/number-detection.md §3 rule 4), for any metadata set. */
import { type CountryCode, getCountryCallingCode, Metadata, type MetadataJson } from 'libphonenumber-js/core';

/** The part of libphonenumber-js's numbering plan used here (present at run time, missing from its types). */
interface PlanWithTrunkPrefix {
  nationalPrefix(): string | undefined;
}

/**
 * The trunk prefix a national number must start with, or undefined when the country has none or writes
 * it optionally. North America is the optional case: its trunk `1` is usually left out
 * (`(212) 555-0142`), so requiring it would miss most numbers.
 */
export function requiredTrunkPrefix(country: CountryCode, metadata: MetadataJson): string | undefined {
  if (getCountryCallingCode(country, metadata) === '1') return undefined;
  const plans = new Metadata(metadata);
  plans.selectNumberingPlan(country);
  const plan = plans.numberingPlan as unknown as PlanWithTrunkPrefix | undefined;
  return plan?.nationalPrefix() || undefined;
}
