import { isBlockElement, isSkippedElement } from './skip-rules';

/**
 * Joins the inline text of one block into one string, so a number split over several inline elements
 * (`<span>+46</span> <b>8</b> 618 24 90`) reaches the detector in one piece, and maps offsets in that
 * string back to (text node, offset) pairs (number-detection.md §1).
 */

export type ScanRoot = Element | ShadowRoot;

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the block's text. */
  start: number;
}

export interface TextBlock {
  text: string;
  segments: TextSegment[];
  /**
   * The label of the block's column or term (a table cell's `th`, a `dd`'s `dt`), read as context when
   * the text itself has none: number-detection.md §6 takes it from "the row's header cell or the
   * associated `th`, `dt`".
   */
  label?: string;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

export interface BlockWalkOptions {
  /** The extension's own UI host, never scanned. */
  ownHost: Element | null;
  /** Called for every element with an open shadow root; that root is scanned on its own. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Called for custom elements (hyphenated names) that have no shadow root yet. */
  onCustomElement?: (element: Element) => void;
  /** Called for every text node taken into a block, before the block is returned. */
  onText?: (node: Text) => void;
}

/** A single text node larger than this is skipped (§8 "Huge text nodes"). */
export const MAX_TEXT_NODE_LENGTH = 1_000_000;

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/**
 * The blocks of text under `root`, in document order. A generator, so the caller can stop between
 * blocks to keep each chunk of work short. A block ends at the start and at the end of every block
 * element, at `<br>`, at skipped subtrees and at oversized text nodes.
 */
export function* walkBlocks(root: ScanRoot, options: BlockWalkOptions): Generator<TextBlock> {
  const doc = root.ownerDocument ?? (root as unknown as Document);
  // No filter callback: a JS `acceptNode` would be called for every node of the page, a native-to-JS
  // crossing each. Skipped subtrees are stepped over by hand instead (`skipSubtree`).
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  let boundaryPending = false;

  /** Moves past the current node's subtree; the next call of `nextNode` continues after it. */
  const skipSubtree = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode() || walker.currentNode === root) return null;
    }
  };

  const openBlocks: Element[] = [];
  let parts: string[] = [];
  let segments: TextSegment[] = [];
  let length = 0;
  /** The block element the current block's text lies in, noted when its first text arrives. */
  let container: Element | undefined;

  const take = (): TextBlock | null => {
    if (segments.length === 0) return null;
    const label = headerLabelOf(container);
    const block: TextBlock = { text: parts.join(''), segments, ...(label ? { label } : {}) };
    parts = [];
    segments = [];
    length = 0;
    return block;
  };

  let next: Node | null = walker.nextNode();
  for (let node = next; node !== null; node = next) {
    next = null;
    if (node.nodeType === 1 && isSkippedElement(node as Element, options.ownHost)) {
      boundaryPending = true;
      next = skipSubtree();
      continue;
    }
    let boundary = boundaryPending;
    boundaryPending = false;
    while (openBlocks.length > 0 && !openBlocks[openBlocks.length - 1]!.contains(node)) {
      openBlocks.pop();
      boundary = true;
    }
    if (node.nodeType === 1) {
      const element = node as Element;
      if (isBlockElement(element)) {
        boundary = true;
        openBlocks.push(element);
      }
      if (element.shadowRoot) options.onShadowRoot?.(element.shadowRoot);
      else if (element.localName.includes('-')) options.onCustomElement?.(element);
    }
    if (boundary) {
      const block = take();
      if (block) yield block;
    }
    if (node.nodeType !== 3) {
      next = walker.nextNode();
      continue;
    }
    const text = node as Text;
    const data = text.data;
    next = walker.nextNode();
    if (data.length === 0) continue;
    if (data.length > MAX_TEXT_NODE_LENGTH) {
      const block = take();
      if (block) yield block;
      continue;
    }
    options.onText?.(text);
    if (segments.length === 0) container = openBlocks[openBlocks.length - 1];
    segments.push({ node: text, start: length });
    parts.push(data);
    length += data.length;
  }
  const last = take();
  if (last) yield last;
}

const MAX_LABEL_LENGTH = 40;

/** The header text for a table cell (`th` of its column) or a description (`dt` before a `dd`). */
export function headerLabelOf(container: Element | undefined): string | null {
  if (!container) return null;
  let header: Element | null | undefined = null;
  if (container.localName === 'td') {
    // Plain DOM walking rather than the table APIs, so a hand-built table behaves the same; colspans
    // are not resolved, which at worst misses a label.
    const cells = (row: Element | null | undefined) =>
      row ? [...row.children].filter((c) => c.localName === 'td' || c.localName === 'th') : [];
    const table = container.closest('table');
    const headerRow = table?.querySelector('thead tr') ?? table?.querySelector('tr');
    const candidate = cells(headerRow)[cells(container.parentElement).indexOf(container)];
    header = candidate && candidate !== container && candidate.localName === 'th' ? candidate : null;
  } else if (container.localName === 'dd') {
    header = container.previousElementSibling;
    while (header && header.localName !== 'dt') header = header.previousElementSibling;
  }
  const text = header?.textContent?.trim();
  return text ? text.slice(0, MAX_LABEL_LENGTH) : null;
}

/**
 * The DOM position of an offset in a block's text. An `end` offset (exclusive) maps to the end of the
 * node holding the previous character, so a match never ends at offset 0 of the following node.
 */
export function pointAt(block: TextBlock, offset: number, isEnd: boolean): DomPoint | null {
  const { segments } = block;
  const target = isEnd ? offset - 1 : offset;
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle]!;
    if (segment.start > target) {
      high = middle - 1;
      continue;
    }
    const nodeEnd = segment.start + segment.node.data.length;
    if (target >= nodeEnd) {
      low = middle + 1;
      continue;
    }
    return { node: segment.node, offset: target - segment.start + (isEnd ? 1 : 0) };
  }
  return null;
}

/** The text nodes covering `[start, end)` of a block, in order. */
export function nodesBetween(block: TextBlock, start: number, end: number): Text[] {
  const nodes: Text[] = [];
  for (const segment of block.segments) {
    const segmentEnd = segment.start + segment.node.data.length;
    if (segmentEnd <= start) continue;
    if (segment.start >= end) break;
    nodes.push(segment.node);
  }
  return nodes;
}

/** The nearest block element around `node` inside `root`, or `root` itself: what a rescan starts from. */
export function blockContainerOf(node: Node, root: ScanRoot): ScanRoot {
  let current: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (current && current !== root) {
    if (current.nodeType === 1 && isBlockElement(current as Element)) return current as Element;
    current = current.parentNode;
  }
  return root;
}

/** True when `node` lies inside a skipped subtree (between `node` and `root`, both included). */
export function isInsideSkipped(node: Node, root: ScanRoot, ownHost: Element | null): boolean {
  let current: Node | null = node;
  while (current) {
    if (current.nodeType === 1 && isSkippedElement(current as Element, ownHost)) return true;
    if (current === root) return false;
    current = current.parentNode;
  }
  return false;
}
