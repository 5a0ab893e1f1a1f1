import { describe, expect, it } from 'vitest';
import { type ClickFacts, isGenuineCardClick, isPlainlyVisible, type VisibilityProbe } from './tamper';

function setUp(styles: Record<string, { opacity?: string; visibility?: string }> = {}) {
  document.body.innerHTML = '';
  const host = document.createElement('div');
  host.id = 'host';
  document.documentElement.append(host);
  const cover = document.createElement('div');
  let underPointer: Element | null = host;
  let focused: Element | null = null;
  const probe: VisibilityProbe = {
    elementFromPoint: () => underPointer,
    styleOf: (element) => ({
      opacity: styles[element.id || element.localName]?.opacity ?? '1',
      visibility: styles[element.id || element.localName]?.visibility ?? 'visible',
    }),
    activeElement: () => focused,
  };
  return {
    host,
    probe,
    cover,
    pointAt: (element: Element | null) => {
      underPointer = element;
    },
    focus: (element: Element | null) => {
      focused = element;
    },
  };
}

const pointerClick: ClickFacts = { isTrusted: true, clientX: 10, clientY: 10, detail: 1 };

describe('isGenuineCardClick', () => {
  it('accepts a real pointer click on the visible host', () => {
    const { host, probe } = setUp();
    expect(isGenuineCardClick(pointerClick, host, probe)).toBe(true);
  });

  it('rejects synthetic events (element.click(), dispatchEvent)', () => {
    const { host, probe } = setUp();
    expect(isGenuineCardClick({ ...pointerClick, isTrusted: false }, host, probe)).toBe(false);
  });

  it('rejects a click when something else is on top at the click point', () => {
    const { host, probe, cover, pointAt } = setUp();
    pointAt(cover);
    expect(isGenuineCardClick(pointerClick, host, probe)).toBe(false);
    pointAt(null);
    expect(isGenuineCardClick(pointerClick, host, probe)).toBe(false);
  });

  it('rejects a click when the host or an ancestor is made (nearly) transparent', () => {
    const halfHost = setUp({ host: { opacity: '0.5' } });
    expect(isGenuineCardClick(pointerClick, halfHost.host, halfHost.probe)).toBe(false);
    const faded = setUp({ html: { opacity: '0.1' } });
    expect(isGenuineCardClick(pointerClick, faded.host, faded.probe)).toBe(false);
  });

  it('multiplies opacity down the tree', () => {
    const twoSteps = setUp({ host: { opacity: '0.8' }, html: { opacity: '0.8' } });
    expect(isPlainlyVisible(twoSteps.host, twoSteps.probe)).toBe(false);
    const oneStep = setUp({ host: { opacity: '0.8' } });
    expect(isPlainlyVisible(oneStep.host, oneStep.probe)).toBe(true);
  });

  it('rejects a hidden host', () => {
    const { host, probe } = setUp({ host: { visibility: 'hidden' } });
    expect(isGenuineCardClick(pointerClick, host, probe)).toBe(false);
  });

  it('rejects a click on a host the page removed', () => {
    const { host, probe } = setUp();
    host.remove();
    expect(isGenuineCardClick(pointerClick, host, probe)).toBe(false);
  });

  it('accepts a keyboard click only with focus inside the host', () => {
    const { host, probe, focus, pointAt } = setUp();
    const keyboard: ClickFacts = { isTrusted: true, clientX: 0, clientY: 0, detail: 0 };
    pointAt(document.body);
    expect(isGenuineCardClick(keyboard, host, probe)).toBe(false);
    focus(host);
    expect(isGenuineCardClick(keyboard, host, probe)).toBe(true);
  });
});
