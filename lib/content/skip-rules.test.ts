import { afterEach, describe, expect, it } from 'vitest';
import { isBlockElement, isPageExcluded, isPhoneHref, isSkippedElement } from './skip-rules';

describe('isPhoneHref', () => {
  it.each([
    ['tel:+4686182490', true],
    ['TEL:+46 8 618 24 90', true],
    ['  callto://+4686182490', true],
    ['Sip:+46701740612@sip.example.se', true],
    ['https://example.se/tel:123', false],
    ['mailto:anna@example.se', false],
    ['telephone.html', false],
    ['', false],
  ])('%s → %s', (href, expected) => {
    expect(isPhoneHref(href)).toBe(expected);
  });
});

describe('isSkippedElement', () => {
  const make = (markup: string) => {
    const holder = document.createElement('div');
    holder.innerHTML = markup;
    return holder.firstElementChild!;
  };

  it('skips links with an href of any scheme, but not anchors without one', () => {
    expect(isSkippedElement(make('<a href="/x">x</a>'), null)).toBe(true);
    expect(isSkippedElement(make('<a href="tel:+4686182490">x</a>'), null)).toBe(true);
    expect(isSkippedElement(make('<a id="top">x</a>'), null)).toBe(false);
  });

  it('treats contenteditable="false" as readable and other values as editable', () => {
    expect(isSkippedElement(make('<div contenteditable="false">x</div>'), null)).toBe(false);
    expect(isSkippedElement(make('<div contenteditable="plaintext-only">x</div>'), null)).toBe(true);
  });

  it('does not skip ordinary prose elements', () => {
    for (const markup of ['<p>x</p>', '<span>x</span>', '<li>x</li>', '<x-widget>x</x-widget>']) {
      expect(isSkippedElement(make(markup), null)).toBe(false);
    }
  });

  it('knows block elements by tag name only', () => {
    expect(isBlockElement(make('<li>x</li>'))).toBe(true);
    expect(isBlockElement(make('<br>'))).toBe(true);
    expect(isBlockElement(make('<span>x</span>'))).toBe(false);
  });
});

describe('isPageExcluded', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    document.designMode = 'off';
  });

  it('excludes Telavox’s own web apps', () => {
    expect(isPageExcluded(document, 'home.telavox.se')).toBe(true);
    expect(isPageExcluded(document, 'APP.JOINFLOW.COM')).toBe(true);
    expect(isPageExcluded(document, 'www.telavox.se')).toBe(false);
  });

  it('respects <meta name="format-detection" content="telephone=no">', () => {
    document.head.innerHTML = '<meta name="Format-Detection" content="address=no, Telephone=no">';
    expect(isPageExcluded(document, 'example.se')).toBe(true);
    document.head.innerHTML = '<meta name="format-detection" content="telephone=yes">';
    expect(isPageExcluded(document, 'example.se')).toBe(false);
  });

  it('excludes a document in design mode', () => {
    document.designMode = 'on';
    expect(isPageExcluded(document, 'example.se')).toBe(true);
  });
});
