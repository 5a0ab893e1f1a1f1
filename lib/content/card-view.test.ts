import { afterEach, describe, expect, it } from 'vitest';
import type { CardText } from './card-content';
import { CardView, cardPosition } from './card-view';
import type { VisibilityProbe } from './tamper';

const text: CardText = { title: '08-618 24 90', details: ['Sweden'], warning: null, who: [], status: null };
const anchor = { left: 10, top: 10, right: 90, bottom: 30 };

function setUp() {
  const probe: VisibilityProbe = {
    elementFromPoint: () => view.hostElement,
    styleOf: () => ({ opacity: '1', visibility: 'visible' }),
    activeElement: () => null,
  };
  let tampered = 0;
  const view = new CardView(document, probe, () => tampered++, 'open');
  const actions: string[] = [];
  const handlers = {
    call: () => actions.push('call'),
    copy: () => actions.push('copy'),
    ignore: () => actions.push('ignore'),
  };
  return { view, handlers, actions, tampered: () => tampered };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CardView', () => {
  afterEach(() => {
    for (const element of [...document.documentElement.children]) {
      if (element.localName.startsWith('telavox-card-')) element.remove();
    }
  });

  it('appends one host to <html>, outside the body, and removes it when the card closes', () => {
    const { view, handlers } = setUp();
    view.showCard(anchor, text, handlers);
    const host = view.hostElement!;
    expect(host.parentNode).toBe(document.documentElement);
    expect(document.body.contains(host)).toBe(false);
    expect(host.getAttribute('style')).toContain('z-index: 2147483647 !important');
    expect(host.shadowRoot!.querySelector('.title')!.textContent).toBe('08-618 24 90');
    view.showCard(anchor, { ...text, title: 'other' }, handlers);
    expect(host.shadowRoot!.querySelectorAll('.card')).toHaveLength(1);
    view.closeCard();
    expect(host.isConnected).toBe(false);
    expect(view.hostElement).toBeNull();
  });

  it('ignores synthetic clicks on its buttons (a page calling .click())', () => {
    const { view, handlers, actions } = setUp();
    view.showCard(anchor, text, handlers);
    const root = view.hostElement!.shadowRoot!;
    (root.querySelector('button.call') as HTMLButtonElement).click();
    root
      .querySelector('button.copy')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 20, clientY: 40 }));
    expect(actions).toEqual([]);
  });

  it('reports the page removing or restyling the host', async () => {
    const removed = setUp();
    removed.view.showCard(anchor, text, removed.handlers);
    removed.view.hostElement!.remove();
    await flush();
    expect(removed.tampered()).toBe(1);

    const restyled = setUp();
    restyled.view.showCard(anchor, text, restyled.handlers);
    restyled.view.hostElement!.style.opacity = '0.01';
    await flush();
    expect(restyled.tampered()).toBe(1);
  });

  it('does not report its own closing as tampering', async () => {
    const { view, handlers, tampered } = setUp();
    view.showCard(anchor, text, handlers);
    view.closeCard();
    await flush();
    expect(tampered()).toBe(0);
  });
});

describe('cardPosition', () => {
  const viewport = { width: 800, height: 600 };
  const card = { width: 240, height: 120 };

  it('goes below the number when it fits, above when it does not', () => {
    expect(cardPosition(anchor, card, viewport)).toEqual({ left: 10, top: 36 });
    expect(cardPosition({ left: 10, top: 540, right: 90, bottom: 560 }, card, viewport)).toEqual({
      left: 10,
      top: 414,
    });
  });

  it('stays inside the viewport horizontally', () => {
    expect(cardPosition({ left: 700, top: 10, right: 790, bottom: 30 }, card, viewport).left).toBe(552);
    expect(cardPosition({ left: -50, top: 10, right: 0, bottom: 30 }, card, viewport).left).toBe(8);
  });
});
