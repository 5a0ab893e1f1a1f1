import type { EntryStore, NumberEntry } from './entry-store';

/**
 * Which number, if any, is under the pointer. The browser's caret hit-test gives the text position under
 * a point without touching the page (`caretPositionFromPoint` in Firefox and Chrome ≥ 128,
 * `caretRangeFromPoint` in older Chrome); the number's own boxes then confirm that the pointer is on it
 * and not in empty space beside the end of a line, where the caret snaps to the nearest character.
 */

export interface CaretPoint {
  node: Node;
  offset: number;
}

export interface CaretAdapter {
  caretAt(x: number, y: number, shadowRoots: readonly ShadowRoot[]): CaretPoint | null;
  /** The boxes of a number's text on screen. */
  boxesOf(entry: NumberEntry): readonly DOMRectReadOnly[];
}

type CaretPositionFn = (
  x: number,
  y: number,
  options?: { shadowRoots?: ShadowRoot[] },
) => { offsetNode: Node; offset: number } | null;
type CaretRangeFn = (x: number, y: number) => Range | null;

export function browserCaretAdapter(doc: Document): CaretAdapter {
  const withCaret = doc as Document & {
    caretPositionFromPoint?: CaretPositionFn;
    caretRangeFromPoint?: CaretRangeFn;
  };
  return {
    caretAt(x, y, shadowRoots) {
      if (typeof withCaret.caretPositionFromPoint === 'function') {
        // `shadowRoots` lets the hit-test return positions inside those open shadow roots (Chrome 128+).
        const position = withCaret.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] });
        return position ? { node: position.offsetNode, offset: position.offset } : null;
      }
      if (typeof withCaret.caretRangeFromPoint === 'function') {
        const range = withCaret.caretRangeFromPoint(x, y);
        return range ? { node: range.startContainer, offset: range.startOffset } : null;
      }
      return null;
    },
    boxesOf(entry) {
      const range = doc.createRange();
      try {
        range.setStart(entry.start.node, entry.start.offset);
        range.setEnd(entry.end.node, entry.end.offset);
        return Array.from(range.getClientRects());
      } catch {
        return [];
      } finally {
        range.detach();
      }
    },
  };
}

export function boxContains(box: DOMRectReadOnly, x: number, y: number): boolean {
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

/**
 * The number under (x, y), or null. `target` is the innermost element under the pointer: when it holds
 * no number's text, no hit-test runs at all, so moving over the rest of the page costs nothing.
 */
export function entryAtPoint(
  x: number,
  y: number,
  target: Node | null,
  store: EntryStore,
  caret: CaretAdapter,
  shadowRoots: readonly ShadowRoot[],
): NumberEntry | null {
  if (!target || store.size === 0 || !store.mayHoldNumber(target)) return null;
  const point = caret.caretAt(x, y, shadowRoots);
  if (!point) return null;
  const entry = store.at(point.node, point.offset);
  if (!entry) return null;
  return caret.boxesOf(entry).some((box) => boxContains(box, x, y)) ? entry : null;
}
