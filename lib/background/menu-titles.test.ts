import { describe, expect, it, vi } from 'vitest';
import { type FirefoxMenus, showNumbersInMenuTitles } from './menu-titles';

function fakeMenus() {
  let listener: ((info: { contexts: string[]; selectionText?: string }) => Promise<void>) | undefined;
  const menus = {
    onShown: { addListener: (l: typeof listener) => (listener = l) },
    update: vi.fn(async () => {}),
    refresh: vi.fn(async () => {}),
  };
  return {
    menus: menus as unknown as FirefoxMenus,
    update: menus.update,
    refresh: menus.refresh,
    show: (info: { contexts: string[]; selectionText?: string }) => listener!(info),
  };
}

describe('menu titles in Firefox', () => {
  it('names the number found in the selection', async () => {
    const fake = fakeMenus();
    expect(showNumbersInMenuTitles(fake.menus, async () => 'SE')).toBe(true);
    await fake.show({ contexts: ['selection', 'all'], selectionText: 'Ring Sara på 070-174 06 23 i dag' });
    expect(fake.update.mock.calls).toEqual([
      ['telavox-call-selection', { title: 'Call 070-174 06 23 with Telavox' }],
      ['telavox-lookup-selection', { title: 'Look up 070-174 06 23 in Telavox' }],
    ]);
    expect(fake.refresh).toHaveBeenCalledOnce();
  });

  it('keeps the generic titles when the selection holds no number, and skips other menus', async () => {
    const fake = fakeMenus();
    showNumbersInMenuTitles(fake.menus, async () => 'SE');
    await fake.show({ contexts: ['selection'], selectionText: 'Order 2024-03-15' });
    expect(fake.update.mock.calls[0]).toEqual([
      'telavox-call-selection',
      { title: 'Call “%s” with Telavox' },
    ]);
    fake.update.mockClear();
    await fake.show({ contexts: ['link'] });
    expect(fake.update).not.toHaveBeenCalled();
  });

  it('does nothing where the browser has no onShown (Chrome)', () => {
    expect(showNumbersInMenuTitles(undefined, async () => 'SE')).toBe(false);
  });
});
