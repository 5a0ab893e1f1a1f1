import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CountryCode, findPhoneNumbers } from '@/lib/phone';
import { formatPhoneNumber } from '@/lib/phone/format';
import { parsePhoneHref } from '@/lib/phone/tel-uri';
import { CHUNK_MEASURE, type ChunkClock, TOTAL_MEASURE } from './chunked-work';
import { type ContentController, type ContentEnvironment, startContentController } from './controller';
import type { NumberEntry } from './entry-store';
import type { HighlightEnvironment } from './highlighter';
import type { CaretAdapter, CaretPoint } from './hit-test';
import type { CardLookup } from './messages';
import type { ContentSettings } from './settings';
import { FakeHighlight } from './testing/fake-highlight';

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function setUp(options: { settings?: Partial<ContentSettings>; caretPoint?: () => CaretPoint | null } = {}) {
  const registry = new Map<string, FakeHighlight>();
  const highlightEnvironment: HighlightEnvironment = {
    registry: {
      set: (name, highlight) => registry.set(name, highlight as FakeHighlight),
      delete: (name) => registry.delete(name),
    },
    createHighlight: () => new FakeHighlight(),
    createStyleSheet: () => new CSSStyleSheet(),
    createRange: (entry) => ({ entry }) as unknown as AbstractRange,
  };
  const measures: string[] = [];
  const clock: ChunkClock = {
    now: () => performance.now(),
    yieldToBrowser: () => wait(0),
    measure: (name) => measures.push(name),
  };
  const caret: CaretAdapter = {
    caretAt: () => options.caretPoint?.() ?? null,
    boxesOf: () => [{ left: 0, top: 0, right: 500, bottom: 500 } as DOMRectReadOnly],
  };
  const lookups: string[] = [];
  const calls: string[] = [];
  const ignoredRequests: string[] = [];
  const abort = new AbortController();
  const env: ContentEnvironment = {
    doc: document,
    signal: abort.signal,
    isInvalid: () => abort.signal.aborted,
    settings: {
      defaultCountry: 'SE',
      openTelLinks: false,
      disabledOrigins: [],
      ignoredNumbers: {},
      ...options.settings,
    },
    watchSettings: () => () => {},
    detect: (text, country) => findPhoneNumbers(text, { defaultCountry: country as CountryCode }),
    parseHref: (href, country) => parsePhoneHref(href, { defaultCountry: country as CountryCode }),
    format: (e164, country) => formatPhoneNumber(e164, country as CountryCode),
    lookup: async (e164): Promise<CardLookup> => {
      lookups.push(e164);
      return { colleague: { name: 'Anna Berg', onCall: false, presence: null }, recentCall: null };
    },
    requestCall: async (raw) => {
      calls.push(raw);
      return { opened: true };
    },
    ignoreNumber: async (e164) => {
      ignoredRequests.push(e164);
    },
    copyText: async () => {},
    highlightEnvironment,
    caret,
    probe: {
      elementFromPoint: () => null,
      styleOf: () => ({ opacity: '1', visibility: 'visible' }),
      activeElement: () => null,
    },
    clock,
  };
  return { env, registry, measures, lookups, calls, abort };
}

function numbers(controller: ContentController): string[] {
  return [...controller.store.values()].map((entry: NumberEntry) => entry.number).sort();
}

function highlightedCount(registry: Map<string, FakeHighlight>): number {
  return [...registry.values()].reduce((sum, highlight) => sum + highlight.ranges.size, 0);
}

function cardHost(): Element | undefined {
  return [...document.documentElement.children].find((element) =>
    element.localName.startsWith('telavox-card-'),
  );
}

describe('content controller', () => {
  let controller: ContentController | null = null;

  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '';
  });
  afterEach(() => {
    controller?.stop();
    controller = null;
  });

  it('finds numbers split over inline elements and in open shadow roots, and marks them', async () => {
    document.body.innerHTML = `
      <p>Ring <span>+46</span> <b>8</b> 618 24 90 idag</p>
      <table><tr><td>Org.nr</td><td>556812-3946</td></tr></table>
      <pre>070-174 06 23</pre>
      <x-contact></x-contact>`;
    const shadow = document.querySelector('x-contact')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div>Mobil: 070-174 06 41</div>';
    const { env, registry, measures } = setUp();
    controller = startContentController(env)!;
    await controller.settled();
    expect(numbers(controller)).toEqual(['+46701740641', '+4686182490']);
    expect(highlightedCount(registry)).toBe(2);
    expect(measures).toContain(CHUNK_MEASURE);
    expect(measures).toContain(TOTAL_MEASURE);
    const raws = [...controller.store.values()].map((entry) => entry.raw).sort();
    expect(raws).toEqual(['+46 8 618 24 90', '070-174 06 41']);
  });

  it('leaves numbers the user marked "Not a phone number" on this site unmarked', async () => {
    document.body.innerHTML = '<p>Tel 08-618 24 90</p><p>Mobil 070-174 06 41</p>';
    const { env } = setUp({
      settings: {
        ignoredNumbers: { [location.origin]: ['+4686182490'], 'https://other.example': ['+46701740641'] },
      },
    });
    controller = startContentController(env)!;
    await controller.settled();
    expect(numbers(controller)).toEqual(['+46701740641']);
  });

  it('follows mutations: added, edited and removed text, and shadow roots added later', async () => {
    document.body.innerHTML = '<p id="a">Tel 08-618 24 90</p><p id="b">nothing</p>';
    const { env, registry } = setUp();
    controller = startContentController(env)!;
    await controller.settled();
    expect(numbers(controller)).toEqual(['+4686182490']);

    const added = document.createElement('p');
    added.textContent = 'Växel: 010-209 44 80';
    document.body.append(added);
    (document.querySelector('#b')!.firstChild as Text).data = 'Mobil 070-174 06 23';
    document.querySelector('#a')!.remove();
    const later = document.createElement('x-late');
    document.body.append(later);
    later.attachShadow({ mode: 'open' }).innerHTML = '<p>Tfn 031-712 40 56</p>';
    await wait(400);
    await controller.settled();
    expect(numbers(controller)).toEqual(['+46102094480', '+46317124056', '+46701740623']);
    expect(highlightedCount(registry)).toBe(3);
  });

  it('waits until a hidden tab becomes visible before scanning', async () => {
    document.body.innerHTML = '<p>Tel 08-618 24 90</p>';
    let state: DocumentVisibilityState = 'hidden';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    try {
      controller = startContentController(setUp().env)!;
      await wait(50);
      expect(controller.store.size).toBe(0);
      state = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      await controller.settled();
      expect(numbers(controller)).toEqual(['+4686182490']);
    } finally {
      Reflect.deleteProperty(document, 'visibilityState');
    }
  });

  it('does nothing at all on a page that opted out of telephone detection', () => {
    document.head.innerHTML = '<meta name="format-detection" content="telephone=no">';
    document.body.innerHTML = '<p>08-618 24 90</p>';
    expect(startContentController(setUp().env)).toBeNull();
  });

  it('does nothing on a site the user switched off', () => {
    const { env } = setUp({ settings: { disabledOrigins: [window.location.origin] } });
    expect(startContentController(env)).toBeNull();
  });

  it('removes every mark and stops observing when the extension context goes away', async () => {
    document.body.innerHTML = '<p>Tel 08-618 24 90</p>';
    const { env, registry, abort } = setUp();
    const sheetsBefore = document.adoptedStyleSheets.length;
    controller = startContentController(env)!;
    await controller.settled();
    expect(registry.size).toBe(2);
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore + 1);
    abort.abort();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore);
    expect(controller.store.size).toBe(0);
    const added = document.createElement('p');
    added.textContent = 'Tel 031-712 40 56';
    document.body.append(added);
    await wait(400);
    expect(controller.store.size).toBe(0);
  });

  it('opens the card after resting on a number, looks the number up, and closes it on Escape', async () => {
    document.body.innerHTML = '<p>Tel <b>070-174 06 23</b></p>';
    const bold = () => document.querySelector('b')!;
    const { env, lookups } = setUp({ caretPoint: () => ({ node: bold().firstChild!, offset: 2 }) });
    controller = startContentController(env)!;
    await controller.settled();
    bold().dispatchEvent(
      new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: 5, clientY: 5 }),
    );
    await wait(100);
    expect(cardHost()).toBeUndefined();
    await wait(350);
    expect(cardHost()).toBeDefined();
    expect(lookups).toEqual(['+46701740623']);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(cardHost()).toBeUndefined();
  });

  it('never lets a synthetic click on a tel: link request a call', async () => {
    document.body.innerHTML = '<p><a href="tel:+4686182490">Ring oss</a></p>';
    const { env, calls } = setUp({ settings: { openTelLinks: true } });
    controller = startContentController(env)!;
    await controller.settled();
    const link = document.querySelector('a')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(false);
    expect(calls).toEqual([]);
  });
});
