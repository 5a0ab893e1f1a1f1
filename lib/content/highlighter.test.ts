import { describe, expect, it } from 'vitest';
import type { NumberEntry } from './entry-store';
import { createHighlighter, type HighlightEnvironment, highlightCss } from './highlighter';
import { FakeHighlight } from './testing/fake-highlight';

function fakeEnvironment() {
  const registry = new Map<string, FakeHighlight>();
  const env: HighlightEnvironment = {
    registry: {
      set: (name, highlight) => registry.set(name, highlight as FakeHighlight),
      delete: (name) => registry.delete(name),
    },
    createHighlight: () => new FakeHighlight(),
    createStyleSheet: () => new CSSStyleSheet(),
    createRange: (entry) => ({ entry }) as unknown as AbstractRange,
  };
  return { env, registry };
}

function entry(root: Element | ShadowRoot, kind: NumberEntry['kind'] = 'standard'): NumberEntry {
  const node = document.createTextNode('08-618 24 90');
  return {
    number: '+4686182490',
    raw: node.data,
    kind,
    start: { node, offset: 0 },
    end: { node, offset: node.data.length },
    nodes: [node],
    root,
  };
}

describe('createHighlighter', () => {
  it('falls back to hover-only without the Custom Highlight API', () => {
    expect(createHighlighter(document, null).persistent).toBe(false);
  });

  it('registers a normal and a premium highlight under a unique name and keeps ranges in the right one', () => {
    const { env, registry } = fakeEnvironment();
    const before = document.adoptedStyleSheets.length;
    const highlighter = createHighlighter(document, env);
    expect(highlighter.persistent).toBe(true);
    const names = [...registry.keys()];
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^telavox-phone-[0-9a-f]{12}$/);
    expect(names[1]).toBe(`${names[0]}-premium`);
    expect(document.adoptedStyleSheets.length).toBe(before + 1);

    const normal = entry(document.body);
    const premium = entry(document.body, 'premium');
    highlighter.add(normal);
    highlighter.add(premium);
    const [plain, warning] = names.map((name) => registry.get(name)!);
    expect(plain!.ranges.size).toBe(1);
    expect(warning!.ranges.size).toBe(1);
    highlighter.remove(normal);
    expect(plain!.ranges.size).toBe(0);

    highlighter.dispose();
    expect(registry.size).toBe(0);
    expect(warning!.ranges.size).toBe(0);
    expect(document.adoptedStyleSheets.length).toBe(before);
  });

  it('adopts the stylesheet into a shadow root that holds numbers, and removes it on dispose', () => {
    const { env } = fakeEnvironment();
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const highlighter = createHighlighter(document, env);
    highlighter.add(entry(shadow));
    highlighter.add(entry(shadow));
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    highlighter.dispose();
    expect(shadow.adoptedStyleSheets).toHaveLength(0);
  });

  it('two instances never share a name (a reloaded extension next to an old one)', () => {
    const first = fakeEnvironment();
    const second = fakeEnvironment();
    const a = createHighlighter(document, first.env);
    const b = createHighlighter(document, second.env);
    const firstNames = [...first.registry.keys()];
    expect(firstNames).toHaveLength(2);
    for (const name of second.registry.keys()) expect(firstNames).not.toContain(name);
    a.dispose();
    b.dispose();
  });

  it('styles only with non-layout properties', () => {
    const css = highlightCss('a', 'b');
    const properties = [...css.matchAll(/([a-z-]+)\s*:/g)].map((match) => match[1]);
    expect(new Set(properties)).toEqual(new Set(['text-decoration', 'background-color']));
  });
});
