import type { NumberEntry } from './entry-store';

/**
 * Marks numbers with the CSS Custom Highlight API: ranges go into a `Highlight` registered in
 * `CSS.highlights` and are styled by one `::highlight()` rule in a constructed stylesheet adopted by the
 * document (and by each open shadow root holding numbers). No node is added, split or wrapped, and
 * `::highlight()` accepts only non-layout properties, so the page cannot shift
 * (https://developer.mozilla.org/docs/Web/CSS/::highlight, number-detection.md §7.1).
 * Without the API the highlighter does nothing and numbers are found on hover only.
 */

export interface Highlighter {
  /** False when numbers cannot be marked persistently (hover-only fallback). */
  readonly persistent: boolean;
  add(entry: NumberEntry): void;
  remove(entry: NumberEntry): void;
  dispose(): void;
}

/** The parts of `Highlight` and `HighlightRegistry` used here, so tests can supply their own. */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  clear(): void;
}
export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): unknown;
}
interface StyleSheetHolder {
  adoptedStyleSheets: CSSStyleSheet[];
}

export interface HighlightEnvironment {
  registry: HighlightRegistryLike;
  createHighlight(): HighlightLike;
  createStyleSheet(cssText: string): CSSStyleSheet;
  createRange(entry: NumberEntry): AbstractRange;
}

const NO_HIGHLIGHTER: Highlighter = { persistent: false, add() {}, remove() {}, dispose() {} };

function randomSuffix(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The one stylesheet rule set: a dotted underline and a faint background; warning colours for premium. */
export function highlightCss(name: string, premiumName: string): string {
  return [
    `::highlight(${name}) { text-decoration: underline dotted rgb(0, 102, 204); background-color: rgba(0, 102, 204, 0.08); }`,
    `::highlight(${premiumName}) { text-decoration: underline wavy rgb(204, 85, 0); background-color: rgba(255, 140, 0, 0.18); }`,
  ].join('\n');
}

/** Ranges that the browser does not keep updated: cheaper for the page than live `Range`s. */
function staticRange(doc: Document, entry: NumberEntry): AbstractRange {
  const init = {
    startContainer: entry.start.node,
    startOffset: entry.start.offset,
    endContainer: entry.end.node,
    endOffset: entry.end.offset,
  };
  if (typeof StaticRange === 'function') {
    try {
      return new StaticRange(init);
    } catch {
      // Fall through to a live range.
    }
  }
  const range = doc.createRange();
  range.setStart(init.startContainer, init.startOffset);
  range.setEnd(init.endContainer, init.endOffset);
  return range;
}

/** The browser's own API, or null when it lacks the Custom Highlight API. */
export function browserHighlightEnvironment(doc: Document): HighlightEnvironment | null {
  const view = doc.defaultView as (Window & { Highlight?: new () => HighlightLike }) | null;
  const registry = (globalThis.CSS as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
  const HighlightClass = view?.Highlight ?? (globalThis as { Highlight?: new () => HighlightLike }).Highlight;
  if (!registry || typeof HighlightClass !== 'function' || typeof CSSStyleSheet !== 'function') return null;
  return {
    registry,
    createHighlight: () => new HighlightClass(),
    createStyleSheet(cssText) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(cssText);
      return sheet;
    },
    createRange: (entry) => staticRange(doc, entry),
  };
}

function adoptSheet(holder: StyleSheetHolder, sheet: CSSStyleSheet): void {
  // push() on the live array works in Chrome and Firefox without building an array in the
  // content script's own compartment, which Firefox's Xray wrappers may refuse.
  holder.adoptedStyleSheets.push(sheet);
}

function dropSheet(holder: StyleSheetHolder, sheet: CSSStyleSheet): void {
  const index = holder.adoptedStyleSheets.indexOf(sheet);
  if (index >= 0) holder.adoptedStyleSheets.splice(index, 1);
}

export function createHighlighter(doc: Document, env: HighlightEnvironment | null): Highlighter {
  if (!env) return NO_HIGHLIGHTER;
  const name = `telavox-phone-${randomSuffix()}`;
  const premiumName = `${name}-premium`;
  let sheet: CSSStyleSheet;
  const normal = env.createHighlight();
  const premium = env.createHighlight();
  try {
    sheet = env.createStyleSheet(highlightCss(name, premiumName));
    adoptSheet(doc, sheet);
    env.registry.set(name, normal);
    env.registry.set(premiumName, premium);
  } catch {
    // A browser that has the API but refuses the stylesheet here: unstyled marks would be invisible.
    return NO_HIGHLIGHTER;
  }
  const ranges = new Map<NumberEntry, AbstractRange>();
  const adoptedRoots = new Set<StyleSheetHolder>([doc]);

  const highlightOf = (entry: NumberEntry) => (entry.kind === 'premium' ? premium : normal);

  return {
    persistent: true,
    add(entry) {
      const range = env.createRange(entry);
      ranges.set(entry, range);
      highlightOf(entry).add(range);
      const root = entry.root;
      if (root.nodeType === 11 && !adoptedRoots.has(root as ShadowRoot)) {
        // Document styles do not reach into shadow trees; the rule must be adopted there too.
        try {
          adoptSheet(root as ShadowRoot, sheet);
          adoptedRoots.add(root as ShadowRoot);
        } catch {
          // The mark stays unstyled in that root; hover still works.
        }
      }
    },
    remove(entry) {
      const range = ranges.get(entry);
      if (!range) return;
      ranges.delete(entry);
      highlightOf(entry).delete(range);
    },
    dispose() {
      normal.clear();
      premium.clear();
      ranges.clear();
      env.registry.delete(name);
      env.registry.delete(premiumName);
      for (const holder of adoptedRoots) {
        try {
          dropSheet(holder, sheet);
        } catch {
          // The root is gone with its page; nothing left to clean.
        }
      }
      adoptedRoots.clear();
    },
  };
}
