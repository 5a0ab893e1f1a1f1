/**
 * What a page looks like to its own scripts: its serialised DOM, its rendered text and the box of every
 * element. Detection must leave all three exactly as they were (number-detection.md §7.1). Runs in the
 * page, so it must stay self-contained.
 */
export interface PageSnapshot {
  html: string;
  text: string;
  /** `tag x y width height` per element, in document order. */
  boxes: string[];
}

export function takePageSnapshot(): PageSnapshot {
  const boxes = Array.from(document.querySelectorAll('*'), (element) => {
    const box = element.getBoundingClientRect();
    const round = (value: number) => Math.round(value * 100) / 100;
    return `${element.localName} ${round(box.x)} ${round(box.y)} ${round(box.width)} ${round(box.height)}`;
  });
  return { html: document.documentElement.outerHTML, text: document.body.innerText, boxes };
}

/** The first differing entries of two lists, for a readable failure message. */
export function firstDifferences(a: readonly string[], b: readonly string[], limit = 5): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < limit; i += 1) {
    if (a[i] !== b[i]) out.push(`#${i}: ${a[i] ?? '(none)'} → ${b[i] ?? '(none)'}`);
  }
  return out;
}
