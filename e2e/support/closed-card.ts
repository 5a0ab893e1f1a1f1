import type { Page } from 'playwright-core';

/**
 * The hover card lives in a *closed* shadow root (lib/content/card-view.ts), which neither page scripts
 * nor Playwright's selectors can enter. The DevTools protocol can: `DOM.getDocument` with `pierce: true`
 * returns closed shadow trees too (https://chromedevtools.github.io/devtools-protocol/tot/DOM/#method-getDocument),
 * and `DOM.getBoxModel` gives a button's position for a real mouse click. Chromium only.
 */

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  localName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export interface CardSnapshot {
  /** The host element's tag name (random per page, `telavox-card-…`). */
  hostTag: string;
  /** Every non-blank text in the card, in document order. */
  texts: string[];
  /** Centre of each button, by its text (`Call`, `Copy`), in CSS pixels of the viewport. */
  buttons: Record<string, { x: number; y: number }>;
}

function childrenOf(node: DomNode): DomNode[] {
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])];
}

function findHost(node: DomNode): DomNode | null {
  if (node.localName.startsWith('telavox-card-')) return node;
  for (const child of childrenOf(node)) {
    const found = findHost(child);
    if (found) return found;
  }
  return null;
}

function collect(node: DomNode, texts: string[], buttons: DomNode[]): void {
  if (node.nodeType === 3 && node.nodeValue.trim()) texts.push(node.nodeValue.trim());
  if (node.localName === 'style') return;
  if (node.localName === 'button') buttons.push(node);
  for (const child of childrenOf(node)) collect(child, texts, buttons);
}

function textOf(node: DomNode): string {
  const texts: string[] = [];
  collect(node, texts, []);
  return texts.join(' ');
}

/** The open card in the main frame, or null when no card host is attached. */
export async function readClosedCard(page: Page): Promise<CardSnapshot | null> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const host = findHost(root);
    if (!host) return null;
    const texts: string[] = [];
    const buttonNodes: DomNode[] = [];
    collect(host, texts, buttonNodes);
    const buttons: CardSnapshot['buttons'] = {};
    for (const button of buttonNodes) {
      const { model } = (await session.send('DOM.getBoxModel', { nodeId: button.nodeId })) as {
        model: { border: number[] };
      };
      const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
      buttons[textOf(button)] = { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
    }
    return { hostTag: host.localName, texts, buttons };
  } finally {
    await session.detach().catch(() => {});
  }
}
