/**
 * Reads what the content script highlighted, from the page's own world. The content script registers its
 * `Highlight`s in the document's `CSS.highlights` registry (lib/content/highlighter.ts); the registry is
 * per document, so page scripts (and test code evaluated in the page) see the same entries. The demo pages
 * mark every number and look-alike with `data-expect` (sandbox/pages/demo-markup.ts), so the comparison
 * needs no knowledge of the detector.
 */

export const HIGHLIGHT_PREFIX = 'telavox-phone-';

export interface MarkedElement {
  expect: 'phone' | 'none' | 'ignored';
  e164: string | null;
  ext: string | null;
  tag: string;
  text: string;
  /** Rendered (has boxes, not `display: none` / `visibility: hidden`). */
  visible: boolean;
  /** In an open shadow root rather than the document itself. */
  inShadow: boolean;
  /** Texts of the highlighted ranges that intersect this element. */
  hits: string[];
  /** For an element in a table cell: the text of its column's `th`. */
  columnHeader: string | null;
}

export interface HighlightReport {
  names: string[];
  rangeTexts: string[];
  marked: MarkedElement[];
}

/**
 * Runs in the page (Playwright/Puppeteer serialise it, so it must stay self-contained). `shadowHosts` is
 * a CSS selector for elements whose open shadow roots are searched for `data-expect` markers too.
 */
export function readHighlightReport(shadowHosts: string): HighlightReport {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const ranges: Range[] = [];
  const names: string[] = [];
  if (registry) {
    for (const [name, highlight] of registry) {
      if (!name.startsWith('telavox-phone-')) continue;
      names.push(name);
      for (const abstract of highlight) {
        const range = document.createRange();
        try {
          range.setStart(abstract.startContainer, abstract.startOffset);
          range.setEnd(abstract.endContainer, abstract.endOffset);
        } catch {
          continue;
        }
        ranges.push(range);
      }
    }
  }
  const roots: (Document | ShadowRoot)[] = [document];
  for (const host of document.querySelectorAll(shadowHosts)) if (host.shadowRoot) roots.push(host.shadowRoot);
  const marked = roots.flatMap((root) =>
    Array.from(root.querySelectorAll<HTMLElement>('[data-expect]'), (element) => {
      const hits = ranges
        .filter((range) => {
          // A range and an element in different trees never intersect; intersectsNode would throw or lie.
          if (range.startContainer.getRootNode() !== element.getRootNode()) return false;
          return range.intersectsNode(element);
        })
        .map((range) => range.toString());
      const cell = element.closest('td');
      const header = cell?.closest('table')?.querySelectorAll('thead th')[cell.cellIndex];
      return {
        expect: element.dataset.expect as MarkedElement['expect'],
        e164: element.dataset.e164 ?? null,
        ext: element.dataset.ext ?? null,
        tag: element.localName,
        text: element.textContent ?? '',
        visible: element.getClientRects().length > 0 && element.checkVisibility({ visibilityProperty: true }),
        inShadow: root !== document,
        hits,
        columnHeader: header?.textContent ?? null,
      };
    }),
  );
  return { names, rangeTexts: ranges.map((range) => range.toString()), marked };
}

/** Number of highlighted ranges in the page (all `telavox-phone-*` highlights together). */
export function countHighlightedRanges(): number {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  let count = 0;
  if (!registry) return 0;
  for (const [name, highlight] of registry) if (name.startsWith('telavox-phone-')) count += highlight.size;
  return count;
}

/**
 * The E.164 a highlighted text stands for, read the way a person would: full-width forms folded (NFKC),
 * `(0)` after a country code dropped, an extension's digits (known from `data-ext`) cut off the end,
 * `00` read as `+`, and a leading trunk `0` read as Sweden (the demo's default country).
 */
export function e164OfText(text: string, extension: string | null): string | null {
  const folded = text.normalize('NFKC').replace(/\(0\)/g, '');
  let digits = folded.replace(/[^0-9]/g, '');
  if (extension) {
    if (!digits.endsWith(extension)) return null;
    digits = digits.slice(0, -extension.length);
  }
  const international = folded.replace(/[^0-9+]/g, '').startsWith('+');
  if (international) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+46${digits.slice(1)}`;
  return null;
}

export interface CoverageResult {
  phones: MarkedElement[];
  found: MarkedElement[];
  missed: MarkedElement[];
  /** Look-alikes or ignored elements that a range touches. */
  falseHits: MarkedElement[];
}

/**
 * Compares a report with the markers: a `phone` element counts as found when a range intersecting it reads
 * as its `data-e164`. Phone *links* are left out: their `href` is parsed on hover, their text is not a
 * number to highlight (number-detection.md §4.9).
 */
export function compareWithMarkers(report: HighlightReport, options: { inShadow: boolean }): CoverageResult {
  const inScope = report.marked.filter((m) => m.inShadow === options.inShadow);
  const phones = inScope.filter((m) => m.expect === 'phone' && m.tag !== 'a' && m.visible);
  const found = phones.filter((m) => m.hits.some((hit) => e164OfText(hit, m.ext) === m.e164));
  const missed = phones.filter((m) => !found.includes(m));
  const falseHits = inScope.filter((m) => m.expect !== 'phone' && m.hits.length > 0);
  return { phones, found, missed, falseHits };
}

export function describeElements(elements: MarkedElement[]): string {
  return elements
    .map((m) => `${JSON.stringify(m.text)} (${m.e164 ?? m.expect}) hits=${JSON.stringify(m.hits)}`)
    .join('\n');
}
