import { isPhoneHref } from './skip-rules';

/**
 * The page's own `tel:`, `callto:` and `sip:` links (number-detection.md §4.9, §7.2). Links are found from
 * events (hover, focus, click) rather than collected while scanning, so links added later need no
 * bookkeeping. A link is never modified; a malformed `href` (`tel:%E0%A4%A`, `tel:../../hangup`) is ignored.
 */

export interface LinkNumber {
  number: string;
  extension?: string;
}

export type HrefParser = (href: string) => LinkNumber | null;

/** The nearest phone link on an event's path, including links inside open shadow roots. */
export function phoneLinkOnPath(path: readonly EventTarget[]): Element | null {
  for (const target of path) {
    if (!(target as Node).nodeType || (target as Node).nodeType !== 1) continue;
    const element = target as Element;
    const tag = element.localName;
    if (tag !== 'a' && tag !== 'area') continue;
    const href = element.getAttribute('href');
    return href !== null && isPhoneHref(href) ? element : null;
  }
  return null;
}

/** Parses link `href`s, remembering the answer per element until the `href` changes. */
export class LinkNumberCache {
  private readonly cache = new WeakMap<Element, { href: string; parsed: LinkNumber | null }>();

  constructor(private readonly parse: HrefParser) {}

  numberOf(link: Element): LinkNumber | null {
    const href = link.getAttribute('href') ?? '';
    const known = this.cache.get(link);
    if (known && known.href === href) return known.parsed;
    let parsed: LinkNumber | null = null;
    try {
      parsed = this.parse(href);
    } catch {
      // The parser is meant never to throw; a page's href must not break the content script either way.
      parsed = null;
    }
    this.cache.set(link, { href, parsed });
    return parsed;
  }
}

export interface LinkClickFacts {
  isTrusted: boolean;
  button: number;
  defaultPrevented: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Whether a click on a page's phone link is taken over: only when the user turned on "Open tel: links with
 * Telavox", only for a plain, real left click the page did not already handle. Modified clicks keep the
 * browser's behaviour (new window, download, …).
 */
export function shouldTakeOverLinkClick(click: LinkClickFacts, openTelLinks: boolean): boolean {
  if (!openTelLinks || !click.isTrusted || click.defaultPrevented) return false;
  if (click.button !== 0) return false;
  return !(click.ctrlKey || click.metaKey || click.shiftKey || click.altKey);
}

/**
 * The text sent with a call request for a link: the parsed E.164 with its extension written the way the
 * background's dial-input parser reads it (`ext 12`).
 */
export function callTextFor(link: LinkNumber): string {
  return link.extension ? `${link.number} ext ${link.extension}` : link.number;
}
