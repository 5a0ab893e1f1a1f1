import { browser } from 'wxt/browser';
import type { Confirmation } from '@/lib/model';
import { confirmationsItem } from '@/lib/storage';

/** A confirmation not acted upon within this time is dropped. */
export const CONFIRMATION_MAX_AGE = 10 * 60_000;
/** One confirmation window per tab at a time, however often a page manages to ask. */
const PER_TAB_INTERVAL = 2_000;

/**
 * Calls requested from a page open a small window of the extension, where only a trusted click on our
 * own Call button dials (number-detection.md §7.3): nothing in the page, not even our own card in its
 * shadow root, can start a call.
 */
export function createConfirmations(now: () => number) {
  const lastByTab = new Map<number, number>();

  async function prune(): Promise<Record<string, Confirmation>> {
    const all = await confirmationsItem.getValue();
    const fresh = Object.fromEntries(
      Object.entries(all).filter(([, c]) => now() - c.createdAt < CONFIRMATION_MAX_AGE),
    );
    return fresh;
  }

  async function open(raw: string, origin: Confirmation['origin'], site: string | null, tabId?: number) {
    if (tabId !== undefined) {
      const last = lastByTab.get(tabId) ?? Number.NEGATIVE_INFINITY;
      if (now() - last < PER_TAB_INTERVAL) return false;
      lastByTab.set(tabId, now());
    }
    const confirmation: Confirmation = { id: crypto.randomUUID(), raw, origin, site, createdAt: now() };
    await confirmationsItem.setValue({ ...(await prune()), [confirmation.id]: confirmation });
    await browser.windows.create({
      // The id travels in the fragment: never sent anywhere, read only by our own page.
      url: `${browser.runtime.getURL('/confirm.html')}#${confirmation.id}`,
      type: 'popup',
      width: 420,
      height: 520,
      focused: true,
    });
    return true;
  }

  async function get(id: string): Promise<Confirmation | null> {
    return (await prune())[id] ?? null;
  }

  async function remove(id: string): Promise<void> {
    const all = await prune();
    delete all[id];
    await confirmationsItem.setValue(all);
  }

  return { open, get, remove };
}

export type Confirmations = ReturnType<typeof createConfirmations>;
