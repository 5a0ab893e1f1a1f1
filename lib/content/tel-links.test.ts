import { describe, expect, it } from 'vitest';
import { parsePhoneHref } from '@/lib/phone/tel-uri';
import {
  callTextFor,
  type LinkClickFacts,
  LinkNumberCache,
  phoneLinkOnPath,
  shouldTakeOverLinkClick,
} from './tel-links';

const realParser = (href: string) => parsePhoneHref(href, { defaultCountry: 'SE' });

function link(href: string | null): HTMLAnchorElement {
  const anchor = document.createElement('a');
  if (href !== null) anchor.setAttribute('href', href);
  anchor.textContent = 'x';
  return anchor;
}

describe('phoneLinkOnPath', () => {
  it('finds the nearest link on the path when it is a phone link', () => {
    const anchor = link('TEL:+46 8 618 24 90');
    const inner = document.createElement('span');
    anchor.append(inner);
    expect(phoneLinkOnPath([inner, anchor, document.body, document, window])).toBe(anchor);
  });

  it('ignores ordinary links, anchors without href and paths without links', () => {
    const web = link('https://example.se/08-618-24-90');
    expect(phoneLinkOnPath([web, document.body])).toBeNull();
    // A phone link further out does not count when an ordinary link is nearer.
    expect(phoneLinkOnPath([web, link('tel:+4686182490'), document.body])).toBeNull();
    expect(phoneLinkOnPath([link(null), document.body])).toBeNull();
    expect(phoneLinkOnPath([document.body, document, window])).toBeNull();
  });
});

describe('LinkNumberCache with the real href parser', () => {
  it.each([
    ['tel:+4686182490', '+4686182490', undefined],
    ['tel:08-618%2024%2090', '+4686182490', undefined],
    ['callto://+4686182490', '+4686182490', undefined],
    ['tel:+4686182490;ext=123', '+4686182490', '123'],
  ])('%s → %s', (href, number, extension) => {
    const parsed = new LinkNumberCache(realParser).numberOf(link(href));
    expect(parsed?.number).toBe(number);
    expect(parsed?.extension).toBe(extension);
  });

  it.each(['tel:%E0%A4%A', 'tel:../../hangup', 'tel:', 'sip:anna@example.se', 'tel:112'])(
    'silently ignores %s',
    (href) => {
      expect(new LinkNumberCache(realParser).numberOf(link(href))).toBeNull();
    },
  );

  it('parses again when the href changes, and survives a throwing parser', () => {
    const cache = new LinkNumberCache(realParser);
    const anchor = link('tel:+4686182490');
    expect(cache.numberOf(anchor)?.number).toBe('+4686182490');
    anchor.setAttribute('href', 'tel:+46701740612');
    expect(cache.numberOf(anchor)?.number).toBe('+46701740612');
    const throwing = new LinkNumberCache(() => {
      throw new URIError('bad');
    });
    expect(throwing.numberOf(anchor)).toBeNull();
  });
});

describe('shouldTakeOverLinkClick', () => {
  const plain: LinkClickFacts = {
    isTrusted: true,
    button: 0,
    defaultPrevented: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
  };

  it('takes over a plain real left click only when the setting is on', () => {
    expect(shouldTakeOverLinkClick(plain, true)).toBe(true);
    expect(shouldTakeOverLinkClick(plain, false)).toBe(false);
  });

  it('leaves synthetic, handled, non-left and modified clicks alone', () => {
    expect(shouldTakeOverLinkClick({ ...plain, isTrusted: false }, true)).toBe(false);
    expect(shouldTakeOverLinkClick({ ...plain, defaultPrevented: true }, true)).toBe(false);
    expect(shouldTakeOverLinkClick({ ...plain, button: 1 }, true)).toBe(false);
    expect(shouldTakeOverLinkClick({ ...plain, ctrlKey: true }, true)).toBe(false);
    expect(shouldTakeOverLinkClick({ ...plain, metaKey: true }, true)).toBe(false);
  });
});

describe('callTextFor', () => {
  it('writes the extension so the background’s dial parser reads it', () => {
    expect(callTextFor({ number: '+4686182490' })).toBe('+4686182490');
    expect(callTextFor({ number: '+4686182490', extension: '123' })).toBe('+4686182490 ext 123');
  });
});
