import { CARD_CSS, type CardText, renderCard } from './card-content';
import { isGenuineCardClick, type VisibilityProbe } from './tamper';

/**
 * The hover card's host: one extension-owned element appended to `<html>` (outside the page's content
 * flow) with a *closed* shadow root, so page scripts cannot reach into it and page styles cannot restyle
 * it (number-detection.md §7.2). It exists only while something is shown; the page removing, moving or
 * restyling it closes the card.
 */

export interface CardHandlers {
  /** Called only for genuine clicks (see `isGenuineCardClick`). */
  call(): void;
  copy(): void;
  /** "Not a phone number": stop marking this number on this site. */
  ignore(): void;
}

export interface AnchorBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Inline `!important` declarations win over any page stylesheet rule aimed at the host. */
const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'overflow: visible',
  'pointer-events: none',
  'z-index: 2147483647',
  'transform: none',
  'filter: none',
]
  .map((declaration) => `${declaration} !important`)
  .join('; ');

function randomTagSuffix(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => (byte % 26) + 10)
    .map((value) => value.toString(36))
    .join('');
}

const GAP = 6;
const MARGIN = 8;

/** Where the card goes: below the number, or above when it would leave the viewport; never off-screen. */
export function cardPosition(
  anchor: AnchorBox,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const fitsBelow = anchor.bottom + GAP + card.height <= viewport.height - MARGIN;
  const top = fitsBelow ? anchor.bottom + GAP : Math.max(MARGIN, anchor.top - GAP - card.height);
  const left = Math.min(
    Math.max(MARGIN, anchor.left),
    Math.max(MARGIN, viewport.width - MARGIN - card.width),
  );
  return { left: Math.round(left), top: Math.round(top) };
}

export class CardView {
  private host: HTMLElement | null = null;
  private layer: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private mark: HTMLElement | null = null;
  private watcher: MutationObserver | null = null;

  constructor(
    private readonly doc: Document,
    private readonly probe: VisibilityProbe,
    /** The page tampered with the host; the owner closes everything. */
    private readonly onTampered: () => void,
    /** Always closed in the extension; tests open it to reach the buttons. */
    private readonly shadowMode: ShadowRootMode = 'closed',
  ) {}

  /** The host element while something is shown, for pointer checks (events are retargeted to it). */
  get hostElement(): HTMLElement | null {
    return this.host;
  }

  get isCardOpen(): boolean {
    return this.card !== null;
  }

  showCard(anchor: AnchorBox, text: CardText, handlers: CardHandlers): void {
    this.render(text, handlers);
    this.place(anchor);
  }

  /** Replaces the card's content in place (lookup finished, action done), keeping its position. */
  updateCard(text: CardText, handlers: CardHandlers): void {
    if (this.card) this.render(text, handlers);
  }

  /** The hover-only fallback's underline box, drawn in our own layer (no page node is touched). */
  showMark(box: AnchorBox): void {
    const layer = this.ensureHost();
    if (!this.mark) {
      this.mark = this.doc.createElement('div');
      this.mark.className = 'mark';
      layer.prepend(this.mark);
    }
    Object.assign(this.mark.style, {
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${Math.max(0, box.right - box.left)}px`,
      height: `${Math.max(0, box.bottom - box.top)}px`,
    });
  }

  hideMark(): void {
    this.mark?.remove();
    this.mark = null;
    this.removeHostIfEmpty();
  }

  closeCard(): void {
    this.card?.remove();
    this.card = null;
    this.removeHostIfEmpty();
  }

  dispose(): void {
    this.card = null;
    this.mark = null;
    this.removeHostIfEmpty();
  }

  private render(text: CardText, handlers: CardHandlers): void {
    const layer = this.ensureHost();
    const { element, buttons } = renderCard(this.doc, text);
    const guard = (action: () => void) => (event: MouseEvent) => {
      event.preventDefault();
      event.stopPropagation();
      if (this.host && isGenuineCardClick(event, this.host, this.probe)) action();
    };
    buttons.call.addEventListener('click', guard(handlers.call));
    buttons.copy.addEventListener('click', guard(handlers.copy));
    buttons.ignore.addEventListener('click', guard(handlers.ignore));
    if (this.card) {
      element.style.left = this.card.style.left;
      element.style.top = this.card.style.top;
      this.card.replaceWith(element);
    } else {
      layer.append(element);
    }
    this.card = element;
  }

  private place(anchor: AnchorBox): void {
    const card = this.card;
    const view = this.doc.defaultView;
    if (!card || !view) return;
    // Layout is read here only, when a card opens, never while scanning.
    const size = { width: card.offsetWidth, height: card.offsetHeight };
    const viewport = { width: view.innerWidth, height: view.innerHeight };
    const { left, top } = cardPosition(anchor, size, viewport);
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }

  private ensureHost(): HTMLElement {
    if (this.host && this.layer) return this.layer;
    const doc = this.doc;
    // A random tag name: a page that defined a custom element under a fixed name would get its own
    // constructor run on our host.
    const host = doc.createElement(`telavox-card-${randomTagSuffix()}`);
    host.setAttribute('style', HOST_STYLE);
    const root = host.attachShadow({ mode: this.shadowMode });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    const layer = doc.createElement('div');
    layer.className = 'layer';
    root.append(style, layer);
    doc.documentElement.append(host);
    this.host = host;
    this.layer = layer;
    this.watchHost(host);
    return layer;
  }

  private watchHost(host: HTMLElement): void {
    const view = this.doc.defaultView;
    if (!view?.MutationObserver) return;
    const watcher = new view.MutationObserver(() => {
      if (host.parentNode !== this.doc.documentElement || host !== this.host) this.onTampered();
      else if (host.getAttribute('style') !== HOST_STYLE || host.attributes.length !== 1) this.onTampered();
    });
    watcher.observe(this.doc.documentElement, { childList: true });
    watcher.observe(host, { attributes: true });
    this.watcher = watcher;
  }

  private removeHostIfEmpty(): void {
    if (this.card || this.mark) return;
    this.watcher?.disconnect();
    this.watcher = null;
    this.host?.remove();
    this.host = null;
    this.layer = null;
  }
}
