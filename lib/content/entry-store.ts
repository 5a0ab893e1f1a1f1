import type { DomPoint, ScanRoot } from './block-text';
import type { NumberKind } from './number-kind';

/** One number found in the page's text. */
export interface NumberEntry {
  /** E.164. */
  number: string;
  extension?: string;
  /** The text as written on the page, sent with a call request (telavox-api.md §10). */
  raw: string;
  kind: NumberKind;
  start: DomPoint;
  end: DomPoint;
  /** Every text node the number touches, first to last. */
  nodes: Text[];
  /** The document body or open shadow root it was found in. */
  root: ScanRoot;
}

interface NodeSpan {
  from: number;
  to: number;
  entry: NumberEntry;
}

export interface EntryListener {
  added(entry: NumberEntry): void;
  removed(entry: NumberEntry): void;
}

/**
 * The numbers currently found, searchable per text node for hover hit-testing. Per-node lists live in a
 * `WeakMap`, so a text node the page drops is not kept alive by the lookup structure.
 */
export class EntryStore {
  private readonly entries = new Set<NumberEntry>();
  private readonly byNode = new WeakMap<Text, NodeSpan[]>();
  /** Parents of text nodes holding numbers: a pointer over any other element needs no hit test. */
  private readonly parents = new WeakSet<Node>();

  constructor(private readonly listener: EntryListener) {}

  get size(): number {
    return this.entries.size;
  }

  values(): IterableIterator<NumberEntry> {
    return this.entries.values();
  }

  has(entry: NumberEntry): boolean {
    return this.entries.has(entry);
  }

  add(entry: NumberEntry): void {
    this.entries.add(entry);
    const last = entry.nodes.length - 1;
    entry.nodes.forEach((node, index) => {
      const from = index === 0 ? entry.start.offset : 0;
      const to = index === last ? entry.end.offset : node.data.length;
      const spans = this.byNode.get(node);
      if (spans) spans.push({ from, to, entry });
      else this.byNode.set(node, [{ from, to, entry }]);
      if (node.parentNode) this.parents.add(node.parentNode);
    });
    this.listener.added(entry);
  }

  remove(entry: NumberEntry): void {
    if (!this.entries.delete(entry)) return;
    for (const node of entry.nodes) {
      const spans = this.byNode.get(node);
      if (!spans) continue;
      const rest = spans.filter((span) => span.entry !== entry);
      if (rest.length > 0) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
    this.listener.removed(entry);
  }

  /** Drops every number touching `node`, before its block is scanned again. */
  clearNode(node: Text): void {
    const spans = this.byNode.get(node);
    if (!spans) return;
    for (const span of [...spans]) this.remove(span.entry);
  }

  /** Drops numbers whose text left the document or whose node was shortened below their span. */
  purgeStale(): number {
    let removed = 0;
    for (const entry of [...this.entries]) {
      const intact =
        entry.nodes.every((node) => node.isConnected) && entry.end.offset <= entry.end.node.data.length;
      if (!intact) {
        this.remove(entry);
        removed++;
      }
    }
    return removed;
  }

  /** Drops every number found under `root` (a shadow root that went away). */
  removeRoot(root: ScanRoot): void {
    for (const entry of [...this.entries]) if (entry.root === root) this.remove(entry);
  }

  clear(): void {
    for (const entry of [...this.entries]) this.remove(entry);
  }

  /** Whether `element` directly holds text with a number; a cheap gate before hit-testing. */
  mayHoldNumber(element: Node): boolean {
    return this.parents.has(element);
  }

  /**
   * The number at a caret position. A caret sits *between* characters, so the position just after the
   * last digit still counts as on the number.
   */
  at(node: Node, offset: number): NumberEntry | null {
    if (node.nodeType !== 3) return null;
    const spans = this.byNode.get(node as Text);
    if (!spans) return null;
    for (const span of spans) if (offset >= span.from && offset <= span.to) return span.entry;
    return null;
  }
}
