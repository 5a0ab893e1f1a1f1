import { getLocale } from '@/lib/i18n/page';
import type { ScanRoot } from './block-text';
import { type ActionStatus, type CardModel, cardText, type LookupState } from './card-content';
import { type AnchorBox, CardView } from './card-view';
import type { ChunkClock } from './chunked-work';
import type { DetectedNumber } from './detect-windows';
import { EntryStore, type NumberEntry } from './entry-store';
import { createHighlighter, type HighlightEnvironment } from './highlighter';
import { type CaretAdapter, entryAtPoint } from './hit-test';
import { LookupCache } from './lookup-cache';
import type { CardLookup } from './messages';
import { type MutationBatch, MutationBatcher } from './mutation-batcher';
import { regionName, regionOfNumber } from './number-info';
import { type NumberKind, numberKindOf } from './number-kind';
import { rescanTargets } from './rescan-targets';
import { Scanner } from './scanner';
import type { ContentSettings } from './settings';
import { isPageExcluded } from './skip-rules';
import type { VisibilityProbe } from './tamper';
import {
  callTextFor,
  type LinkNumber,
  LinkNumberCache,
  phoneLinkOnPath,
  shouldTakeOverLinkClick,
} from './tel-links';

/**
 * Wires detection, highlighting, the hover card and link handling together for one document. Everything
 * the browser or the extension provides comes in through `ContentEnvironment`, so the logic can run in
 * tests with stand-ins. The returned `stop()` undoes everything: marks, stylesheet, host, observers,
 * listeners and timers.
 */

export interface ContentEnvironment {
  doc: Document;
  /** Aborted when the extension context goes away (WXT's `ctx.signal`). */
  signal: AbortSignal;
  /** Checks whether the extension was unloaded or updated (WXT's `ctx.isInvalid`). */
  isInvalid(): boolean;
  settings: ContentSettings;
  /** Calls `listener` when the stored settings change; returns an unsubscribe function. */
  watchSettings(listener: (settings: ContentSettings) => void): () => void;
  detect(text: string, defaultCountry: string): DetectedNumber[];
  parseHref(href: string, defaultCountry: string): LinkNumber | null;
  format(e164: string, defaultCountry: string): string;
  lookup(e164: string): Promise<CardLookup>;
  requestCall(raw: string): Promise<{ opened: boolean }>;
  ignoreNumber(e164: string): Promise<void>;
  copyText(text: string): Promise<void>;
  highlightEnvironment: HighlightEnvironment | null;
  caret: CaretAdapter;
  probe: VisibilityProbe;
  clock: ChunkClock;
}

export interface ContentController {
  /** Resolves when all scheduled scanning is done (tests and diagnostics). */
  settled(): Promise<void>;
  stop(): void;
  readonly store: EntryStore;
}

export const DWELL_MS = 300;
export const CLOSE_GRACE_MS = 250;

/** What the pointer or focus is on: a number in the text, or a page's phone link. */
type HoverTarget = { type: 'text'; entry: NumberEntry } | { type: 'link'; link: Element; number: LinkNumber };

interface OpenCard {
  target: HoverTarget;
  model: CardModel;
}

function sameTarget(a: HoverTarget | null, b: HoverTarget | null): boolean {
  if (!a || !b) return a === b;
  if (a.type === 'text' && b.type === 'text') return a.entry === b.entry;
  if (a.type === 'link' && b.type === 'link') return a.link === b.link;
  return false;
}

function targetNumber(target: HoverTarget): {
  number: string;
  extension?: string;
  kind: NumberKind;
  raw: string;
} {
  if (target.type === 'text') return target.entry;
  return { ...target.number, kind: numberKindOf(target.number.number), raw: callTextFor(target.number) };
}

export function startContentController(env: ContentEnvironment): ContentController | null {
  const { doc } = env;
  const view = doc.defaultView;
  const body = doc.body;
  if (!view || !body) return null;
  if (isPageExcluded(doc, view.location.hostname)) return null;
  if (env.settings.disabledOrigins.includes(view.location.origin)) return null;

  let settings = env.settings;
  /**
   * Numbers marked "Not a phone number" on this site: the stored ones, kept up to date when the settings
   * change, plus those marked in this page's life ahead of the stored echo. Built once, not per block.
   */
  const ignored = new Set<string>(settings.ignoredNumbers[view.location.origin] ?? []);
  let stopped = false;
  const listeners = new AbortController();
  const listen = { signal: listeners.signal, capture: true, passive: true } as const;

  const highlighter = createHighlighter(doc, env.highlightEnvironment);
  const store = new EntryStore({ added: (e) => highlighter.add(e), removed: (e) => highlighter.remove(e) });
  const observers = new Map<ScanRoot, MutationObserver>();
  const shadowRoots = new Set<ShadowRoot>();
  const waitingCustomElements = new Set<Element>();
  let cancelCustomCheck: (() => void) | null = null;

  const cardView = new CardView(doc, env.probe, () => closeCard());
  const links = new LinkNumberCache((href) => env.parseHref(href, settings.defaultCountry));
  const lookups = new LookupCache(env.lookup, () => Date.now());

  const scanner = new Scanner({
    detect: (text) => env.detect(text, settings.defaultCountry).filter((m) => !ignored.has(m.number)),
    store,
    clock: env.clock,
    ownHost: () => cardView.hostElement,
    onShadowRoot: (root) => attachRoot(root),
    onCustomElement: (element) => {
      waitingCustomElements.add(element);
      scheduleCustomElementCheck();
    },
    whenVisible,
    isStopped: () => stopped,
  });

  const batcher = new MutationBatcher(onBatch, {
    setTimeout: (callback, ms) => view.setTimeout(callback, ms),
    clearTimeout: (handle) => view.clearTimeout(handle as number),
    now: () => performance.now(),
  });

  function whenVisible(): Promise<void> {
    if (doc.visibilityState !== 'hidden') return Promise.resolve();
    return new Promise((resolve) => {
      const onChange = () => {
        if (doc.visibilityState === 'hidden') return;
        doc.removeEventListener('visibilitychange', onChange);
        resolve();
      };
      doc.addEventListener('visibilitychange', onChange, { signal: listeners.signal });
    });
  }

  function observe(root: ScanRoot): void {
    const observer = new view!.MutationObserver((records) => batcher.add(root, records));
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href'],
    });
    observers.set(root, observer);
  }

  function attachRoot(root: ShadowRoot): void {
    if (stopped || shadowRoots.has(root)) return;
    shadowRoots.add(root);
    observe(root);
    scanner.schedule(root, root);
  }

  function detachRoot(root: ShadowRoot): void {
    observers.get(root)?.disconnect();
    observers.delete(root);
    shadowRoots.delete(root);
    store.removeRoot(root);
  }

  /**
   * Custom elements often attach their shadow root when they are upgraded, after we walked past them.
   * They are looked at once more when the browser is idle; later changes reach us through mutations.
   */
  function scheduleCustomElementCheck(): void {
    if (cancelCustomCheck !== null || stopped) return;
    const run = () => {
      cancelCustomCheck = null;
      for (const element of waitingCustomElements) if (element.shadowRoot) attachRoot(element.shadowRoot);
      waitingCustomElements.clear();
    };
    if (typeof view!.requestIdleCallback === 'function') {
      const handle = view!.requestIdleCallback(run, { timeout: 1000 });
      cancelCustomCheck = () => view!.cancelIdleCallback(handle);
    } else {
      const handle = view!.setTimeout(run, 200);
      cancelCustomCheck = () => view!.clearTimeout(handle);
    }
  }

  function onBatch(batch: MutationBatch): void {
    if (stopped) return;
    if (env.isInvalid() || doc.designMode === 'on') {
      stop();
      return;
    }
    for (const root of shadowRoots) if (!root.host.isConnected) detachRoot(root);
    store.purgeStale();
    if (openCard?.target.type === 'text' && !store.has(openCard.target.entry)) closeCard();
    for (const [root, changes] of batch) {
      if (root !== body && !shadowRoots.has(root as ShadowRoot)) continue;
      for (const target of rescanTargets(root, changes)) scanner.schedule(target, root);
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Hover and the card
  // ---------------------------------------------------------------------------------------------------

  let hovered: HoverTarget | null = null;
  let openCard: OpenCard | null = null;
  let dwellTimer: number | null = null;
  let closeTimer: number | null = null;
  let frame: number | null = null;
  let pointer: { x: number; y: number; path: EventTarget[] } | null = null;

  function clearTimer(handle: number | null): null {
    if (handle !== null) view!.clearTimeout(handle);
    return null;
  }

  function anchorOf(target: HoverTarget): AnchorBox | null {
    if (target.type === 'link') return target.link.getBoundingClientRect();
    const boxes = env.caret.boxesOf(target.entry);
    if (boxes.length === 0) return null;
    return {
      left: Math.min(...boxes.map((box) => box.left)),
      top: Math.min(...boxes.map((box) => box.top)),
      right: Math.max(...boxes.map((box) => box.right)),
      bottom: Math.max(...boxes.map((box) => box.bottom)),
    };
  }

  function modelFor(target: HoverTarget): CardModel {
    const { number, extension, kind } = targetNumber(target);
    const region = regionOfNumber(number);
    return {
      display: env.format(number, settings.defaultCountry),
      region: region ? regionName(region, getLocale()) : null,
      ...(extension ? { extension } : {}),
      kind,
      lookup: { status: 'loading' },
      action: 'idle',
    };
  }

  const handlers = {
    call: () => {
      const card = openCard;
      if (!card || !guardContext()) return;
      env.requestCall(targetNumber(card.target).raw).then(
        ({ opened }) => setAction(card, opened ? 'call-requested' : 'call-failed'),
        () => {
          if (guardContext()) setAction(card, 'call-failed');
        },
      );
    },
    ignore: () => {
      const card = openCard;
      if (!card || !guardContext()) return;
      const { number } = targetNumber(card.target);
      env.ignoreNumber(number).then(
        () => {
          ignored.add(number);
          for (const entry of [...store.values()]) if (entry.number === number) store.remove(entry);
          closeCard();
        },
        () => {
          if (guardContext()) setAction(card, 'ignore-failed');
        },
      );
    },
    copy: () => {
      const card = openCard;
      if (!card) return;
      env.copyText(targetNumber(card.target).number).then(
        () => setAction(card, 'copied'),
        () => setAction(card, 'copy-failed'),
      );
    },
  };

  function renderOpenCard(card: OpenCard): void {
    if (openCard !== card) return;
    cardView.updateCard(cardText(card.model, Date.now()), handlers);
  }

  function setAction(card: OpenCard, action: ActionStatus): void {
    card.model = { ...card.model, action };
    renderOpenCard(card);
  }

  function setLookup(card: OpenCard, lookup: LookupState): void {
    card.model = { ...card.model, lookup };
    renderOpenCard(card);
  }

  /** False (and everything stopped) once the extension context is gone. */
  function guardContext(): boolean {
    if (stopped) return false;
    if (env.isInvalid()) {
      stop();
      return false;
    }
    return true;
  }

  function showCard(target: HoverTarget): void {
    if (!guardContext()) return;
    const anchor = anchorOf(target);
    if (!anchor) return;
    closeCard();
    const card: OpenCard = { target, model: modelFor(target) };
    openCard = card;
    cardView.showCard(anchor, cardText(card.model, Date.now()), handlers);
    const { number } = targetNumber(target);
    lookups.get(number).then(
      (result) => setLookup(card, result ? { status: 'done', result } : { status: 'failed' }),
      () => setLookup(card, { status: 'failed' }),
    );
  }

  function closeCard(): void {
    closeTimer = clearTimer(closeTimer);
    if (!openCard) return;
    openCard = null;
    cardView.closeCard();
  }

  function scheduleClose(): void {
    if (!openCard || closeTimer !== null) return;
    closeTimer = view!.setTimeout(() => {
      closeTimer = null;
      closeCard();
    }, CLOSE_GRACE_MS);
  }

  function setHovered(target: HoverTarget | null): void {
    if (sameTarget(target, hovered)) return;
    hovered = target;
    dwellTimer = clearTimer(dwellTimer);
    if (!highlighter.persistent) {
      const box = target?.type === 'text' ? anchorOf(target) : null;
      if (box) cardView.showMark(box);
      else cardView.hideMark();
    }
    if (!target) {
      scheduleClose();
      return;
    }
    if (openCard && sameTarget(openCard.target, target)) {
      closeTimer = clearTimer(closeTimer);
      return;
    }
    scheduleClose();
    dwellTimer = view!.setTimeout(() => {
      dwellTimer = null;
      if (sameTarget(hovered, target)) showCard(target);
    }, DWELL_MS);
  }

  function hitTest(): void {
    frame = null;
    const current = pointer;
    if (!current || stopped) return;
    const innermost = current.path[0] as Node | undefined;
    const host = cardView.hostElement;
    if (host && innermost === host) {
      closeTimer = clearTimer(closeTimer);
      return;
    }
    const link = phoneLinkOnPath(current.path);
    if (link) {
      const number = links.numberOf(link);
      setHovered(number ? { type: 'link', link, number } : null);
      return;
    }
    const entry = entryAtPoint(current.x, current.y, innermost ?? null, store, env.caret, [...shadowRoots]);
    setHovered(entry ? { type: 'text', entry } : null);
  }

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      pointer = { x: event.clientX, y: event.clientY, path: event.composedPath() };
      // One hit-test per frame at most, however often the pointer moves.
      if (frame === null) frame = view.requestAnimationFrame(hitTest);
    },
    listen,
  );
  doc.addEventListener(
    'pointerout',
    (event) => {
      if (event.relatedTarget === null) {
        pointer = null;
        setHovered(null);
      }
    },
    listen,
  );
  doc.addEventListener(
    'focusin',
    (event) => {
      const link = phoneLinkOnPath(event.composedPath());
      // Keyboard focus only: a mouse click also focuses the link, and the pointer path handles that.
      if (!link || !matchesFocusVisible(link)) return;
      const number = links.numberOf(link);
      if (number) showCard({ type: 'link', link, number });
    },
    listen,
  );
  doc.addEventListener(
    'focusout',
    (event) => {
      if (openCard?.target.type === 'link' && event.composedPath().includes(openCard.target.link))
        scheduleClose();
    },
    listen,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') {
        closeCard();
        cardView.hideMark();
      }
    },
    listen,
  );
  doc.addEventListener(
    'scroll',
    () => {
      if (openCard) closeCard();
      if (!highlighter.persistent) {
        hovered = null;
        cardView.hideMark();
      }
    },
    listen,
  );
  view.addEventListener('pagehide', () => closeCard(), listen);
  doc.addEventListener(
    'click',
    (event) => {
      if (!shouldTakeOverLinkClick(event, settings.openTelLinks)) return;
      const link = phoneLinkOnPath(event.composedPath());
      const number = link ? links.numberOf(link) : null;
      if (!number || !guardContext()) return;
      event.preventDefault();
      env.requestCall(callTextFor(number)).catch(() => guardContext());
    },
    { signal: listeners.signal, capture: true },
  );

  const unwatchSettings = env.watchSettings((next) => {
    const countryChanged = next.defaultCountry !== settings.defaultCountry;
    settings = next;
    for (const number of next.ignoredNumbers[view.location.origin] ?? []) ignored.add(number);
    if (next.disabledOrigins.includes(view.location.origin)) {
      stop();
      return;
    }
    if (countryChanged) {
      store.clear();
      scanner.schedule(body, body);
      for (const root of shadowRoots) scanner.schedule(root, root);
    }
  });

  function stop(): void {
    if (stopped) return;
    stopped = true;
    listeners.abort();
    unwatchSettings();
    batcher.cancel();
    for (const observer of observers.values()) observer.disconnect();
    observers.clear();
    shadowRoots.clear();
    waitingCustomElements.clear();
    cancelCustomCheck?.();
    cancelCustomCheck = null;
    if (frame !== null) view!.cancelAnimationFrame(frame);
    dwellTimer = clearTimer(dwellTimer);
    closeTimer = clearTimer(closeTimer);
    openCard = null;
    hovered = null;
    store.clear();
    highlighter.dispose();
    cardView.dispose();
  }

  env.signal.addEventListener('abort', stop, { once: true });
  if (env.signal.aborted) {
    stop();
    return null;
  }

  observe(body);
  scanner.schedule(body, body);

  return { settled: () => scanner.settled(), stop, store };
}

function matchesFocusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}
