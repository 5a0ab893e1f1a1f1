/**
 * Markup helpers for the demo pages. Every phone number and every look-alike sits in its own element with
 * `data-expect` (`phone`, `none` or `ignored`) and, for phones, `data-e164` (and `data-ext`), so end-to-end
 * tests can compare what the extension highlighted with what the page says it should.
 */
import { html, type SafeHtml } from '../html';

export type NumberKind = 'premium-rate' | 'shared-cost';

export interface PhoneOptions {
  ext?: string;
  /** Set for numbers the dialler must warn about (number-detection.md §7.3). */
  kind?: NumberKind;
}

/** A number the extension must detect. `text` may contain markup (a number split over inline elements). */
export function phone(text: string | SafeHtml, e164: string, options: PhoneOptions = {}): SafeHtml {
  const ext = options.ext === undefined ? '' : html` data-ext="${options.ext}"`;
  const kind = options.kind === undefined ? '' : html` data-kind="${options.kind}"`;
  return html`<span class="num" data-expect="phone" data-e164="${e164}"${ext}${kind}>${text}</span>`;
}

/** A look-alike the extension must not detect (number-detection.md §5). */
export function lookalike(text: string): SafeHtml {
  return html`<span class="num" data-expect="none">${text}</span>`;
}

/** A link whose `href` the extension parses (number-detection.md §4.9). */
export function phoneLink(href: string, text: string, e164: string, ext?: string): SafeHtml {
  const extAttribute = ext === undefined ? '' : html` data-ext="${ext}"`;
  return html`<a href="${href}" data-expect="phone" data-e164="${e164}"${extAttribute}>${text}</a>`;
}

/** A link that must never produce a number (and never an exception). */
export function hostileLink(href: string, text: string): SafeHtml {
  return html`<a href="${href}" data-expect="none">${text}</a>`;
}
