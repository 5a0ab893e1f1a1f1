import type { CountryCode } from 'libphonenumber-js';
import { t } from '@/lib/i18n';
import { firstNumberIn, MENU_CALL_SELECTION, MENU_LOOKUP_SELECTION } from './context-menu';

interface ShownInfo {
  contexts: string[];
  selectionText?: string;
}

/** The part of Firefox's `menus` API used here (Chrome has no `onShown`). */
export interface FirefoxMenus {
  onShown: { addListener(listener: (info: ShownInfo) => void): void };
  update(id: string, properties: { title: string }): Promise<void> | void;
  refresh(): Promise<void> | void;
}

/**
 * Firefox lets a context menu change just before it is shown, so there the items name the number found in
 * the selection ("Call 070-174 06 23 with Telavox"); Chrome has no such event and keeps the selection
 * text in the title. https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/menus/onShown
 */
export function showNumbersInMenuTitles(
  menus: FirefoxMenus | undefined,
  defaultCountry: () => Promise<CountryCode>,
): boolean {
  if (!menus?.onShown) return false;
  menus.onShown.addListener(async (info) => {
    if (!info.contexts.includes('selection') || !info.selectionText) return;
    const raw = firstNumberIn(info.selectionText, await defaultCountry());
    await menus.update(MENU_CALL_SELECTION, {
      title: raw ? t('menu.callNumber', { number: raw }) : t('menu.callSelection'),
    });
    await menus.update(MENU_LOOKUP_SELECTION, {
      title: raw ? t('menu.lookupNumber', { number: raw }) : t('menu.lookupSelection'),
    });
    await menus.refresh();
  });
  return true;
}
