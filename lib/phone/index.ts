/**
 * Phone-number detection for page text (docs/number-detection.md §9).
 *
 * Metadata: this module runs in the content script on every page, whose budget is 60 kB min+gzip in
 * total, so it uses libphonenumber-js's `core` API with the compact `min` metadata (country-wide
 * number patterns, no per-type patterns). Rules 3, 4 and 6 (shapes, trunk prefix, context words) make
 * up for the looser validity, and the background re-validates with the full metadata before dialling
 * (see dial-input.ts), which must stay out of the content script: full metadata alone is ~39 kB gzip.
 *
 * Measured with libphonenumber-js 1.13.16: this entry bundled alone (esbuild 0.28, `--bundle --minify
 * --format=esm`) is 135.6 kB minified, 35.2 kB after `gzip -9`; the compact metadata is 82 kB of that
 * before compression. With tel-uri.ts and format.ts it is 35.8 kB, leaving ~24 kB of the budget.
 */
export type { CountryCode } from 'libphonenumber-js/core';
export { type FindPhoneNumbersOptions, findPhoneNumbers, type PhoneMatch } from './detector';
export { normalizePhoneText } from './normalize';
