/**
 * Clickjacking defence for the hover card (number-detection.md §7.2): a page can lay its own content over
 * the card, make the card nearly transparent to trick a click, or fire synthetic events. A click on the
 * card's buttons counts only when it is a real user action, on our host, and the host is plainly visible.
 * Background: https://marektoth.com/blog/dom-based-extension-clickjacking/ and the opacity check in
 * https://github.com/keepassxreboot/keepassxc-browser/pull/2641. Even then the click only *requests* an
 * extension-owned confirmation; nothing here can dial.
 */

export const MIN_OPACITY = 0.7;

export interface VisibilityProbe {
  elementFromPoint(x: number, y: number): Element | null;
  /** Computed `opacity` and `visibility` of one element. */
  styleOf(element: Element): { opacity: string; visibility: string };
  /** The element that currently has focus in the document (a closed shadow host for focus inside it). */
  activeElement(): Element | null;
}

export function browserVisibilityProbe(doc: Document): VisibilityProbe {
  const view = doc.defaultView;
  return {
    elementFromPoint: (x, y) => doc.elementFromPoint(x, y),
    styleOf(element) {
      const style = view?.getComputedStyle(element);
      return { opacity: style?.opacity ?? '1', visibility: style?.visibility ?? 'visible' };
    },
    activeElement: () => doc.activeElement,
  };
}

/**
 * True when the host and all of its ancestors are visible and their combined opacity is at least
 * `MIN_OPACITY`. Opacity multiplies down the tree, so ten ancestors at 0.9 hide the card as well as one
 * at 0.35 does.
 */
export function isPlainlyVisible(host: Element, probe: VisibilityProbe): boolean {
  let opacity = 1;
  for (let element: Element | null = host; element; element = element.parentElement) {
    const style = probe.styleOf(element);
    const own = Number.parseFloat(style.opacity);
    opacity *= Number.isFinite(own) ? own : 1;
    if (element === host && style.visibility !== 'visible') return false;
    if (opacity < MIN_OPACITY) return false;
  }
  return true;
}

export interface ClickFacts {
  isTrusted: boolean;
  clientX: number;
  clientY: number;
  /** `UIEvent.detail`: 0 for a click made with the keyboard (Enter or Space on a focused button). */
  detail: number;
}

/**
 * Whether a click on one of the card's buttons may act. A pointer click must land on our host at its
 * coordinates; a keyboard click has no coordinates, so it must come from focus inside our host, which a
 * page cannot move there on its own (the shadow root is closed).
 */
export function isGenuineCardClick(click: ClickFacts, host: Element, probe: VisibilityProbe): boolean {
  if (!click.isTrusted) return false;
  if (!host.isConnected) return false;
  const byKeyboard = click.detail === 0;
  if (byKeyboard) {
    if (probe.activeElement() !== host) return false;
  } else if (probe.elementFromPoint(click.clientX, click.clientY) !== host) {
    return false;
  }
  return isPlainlyVisible(host, probe);
}
