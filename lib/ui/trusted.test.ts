import { describe, expect, it } from 'vitest';
import { trustedOnly } from './trusted';

describe('trustedOnly', () => {
  it('runs the handler for trusted events only', () => {
    const seen: string[] = [];
    const guarded = trustedOnly((event: { isTrusted: boolean; name: string }) => seen.push(event.name));
    guarded({ isTrusted: false, name: 'scripted' });
    guarded({ isTrusted: true, name: 'user' });
    expect(seen).toEqual(['user']);
  });

  it('ignores a click() made by a script on a real element', () => {
    let calls = 0;
    const button = document.createElement('button');
    button.addEventListener(
      'click',
      trustedOnly(() => calls++),
    );
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(calls).toBe(0);
  });
});
