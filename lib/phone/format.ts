/**
 * Display formatting of E.164 numbers: national format for numbers of the user's own country
 * (`070-174 06 23`), international otherwise (`+47 22 86 54 10`).
 */
import { type CountryCode, type MetadataJson, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';

const compactMetadata: MetadataJson = metadata;

/** Formats `e164` for display; returns the input unchanged when it cannot be parsed. */
export function formatPhoneNumber(e164: string, defaultCountry: CountryCode): string {
  try {
    if (typeof e164 !== 'string' || !e164.startsWith('+')) return e164;
    const parsed = parsePhoneNumberFromString(e164, compactMetadata);
    if (!parsed) return e164;
    return parsed.country === defaultCountry ? parsed.formatNational() : parsed.formatInternational();
  } catch {
    return e164;
  }
}
