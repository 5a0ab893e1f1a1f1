import type { HighlightLike } from '../highlighter';

/** A `Highlight` stand-in for happy-dom, which has no CSS Custom Highlight API: it just keeps its ranges. */
export class FakeHighlight implements HighlightLike {
  readonly ranges = new Set<AbstractRange>();
  add(range: AbstractRange) {
    this.ranges.add(range);
  }
  delete(range: AbstractRange) {
    return this.ranges.delete(range);
  }
  clear() {
    this.ranges.clear();
  }
}
