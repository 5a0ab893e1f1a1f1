import type { CountryCode } from 'libphonenumber-js';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import type { DialOutcome } from '@/lib/model';
import { findPhoneNumbers } from '@/lib/phone';
import { parsePhoneHref } from '@/lib/phone/tel-uri';
import type { TelavoxService } from '@/lib/service';
import { getDefaultCountry } from '@/lib/service/settings';
import { failureText, refusalText } from '@/lib/ui/failure';
import type { Confirmations } from './confirmations';

export const MENU_CALL_SELECTION = 'telavox-call-selection';
export const MENU_LOOKUP_SELECTION = 'telavox-lookup-selection';
export const MENU_CALL_LINK = 'telavox-call-link';
export const COMMAND_CALL_SELECTION = 'call-selection';

const PHONE_LINKS = ['tel:*', 'callto:*', 'sip:*'];

/** Context menus must be (re)created on install/update; Chrome keeps them across worker restarts. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_CALL_SELECTION,
    contexts: ['selection'],
    title: t('menu.callSelection'),
  });
  browser.contextMenus.create({
    id: MENU_LOOKUP_SELECTION,
    contexts: ['selection'],
    title: t('menu.lookupSelection'),
  });
  try {
    browser.contextMenus.create({
      id: MENU_CALL_LINK,
      contexts: ['link'],
      title: t('menu.callLink'),
      targetUrlPatterns: PHONE_LINKS,
    });
  } catch {
    // Browsers that reject non-web schemes in targetUrlPatterns get the item on every link; the click
    // handler then says when a link is not a phone number.
    browser.contextMenus.create({ id: MENU_CALL_LINK, contexts: ['link'], title: t('menu.callLink') });
  }
}

export function firstNumberIn(text: string, defaultCountry: CountryCode): string | null {
  const match = findPhoneNumbers(text.slice(0, 2000), { defaultCountry })[0];
  return match ? text.slice(match.start, match.end) : null;
}

/**
 * The browser's own context menu and keyboard shortcut are trusted gestures that pages can't forge, so
 * they dial without a second confirmation, except for premium-rate numbers or a quick repeat, which open
 * the confirmation window. A notification always says exactly what was dialled.
 */
export function createMenuActions(deps: {
  service: TelavoxService;
  confirmations: Confirmations;
  notify(title: string, message: string): Promise<void>;
}) {
  async function callRaw(raw: string, site: string | null) {
    const outcome: DialOutcome = await deps.service.dial({
      raw,
      confirmRepeat: false,
      confirmPremium: false,
    });
    switch (outcome.status) {
      case 'calling':
        return deps.notify(t('notify.callingTitle'), t('outcome.calling', { number: outcome.display }));
      case 'needs-premium-confirmation':
      case 'needs-repeat-confirmation':
        await deps.confirmations.open(raw, 'context-menu', site);
        return;
      case 'refused':
        return deps.notify(t('notify.notCalledTitle'), refusalText(outcome.reason));
      case 'busy':
        return deps.notify(t('notify.notCalledTitle'), t('outcome.busy'));
      case 'failed':
        return deps.notify(
          t('notify.notCalledTitle'),
          outcome.outcomeUnknown ? t('outcome.outcomeUnknown') : failureText(outcome.failure),
        );
    }
  }

  async function callSelection(selection: string, site: string | null) {
    const raw = firstNumberIn(selection, await getDefaultCountry());
    if (!raw) return deps.notify(t('notify.notCalledTitle'), t('notify.noNumber'));
    return callRaw(raw, site);
  }

  async function lookupSelection(selection: string) {
    const country = await getDefaultCountry();
    const raw = firstNumberIn(selection, country);
    if (!raw) return deps.notify(t('notify.lookupTitle'), t('notify.noNumber'));
    const preview = await deps.service.preview(raw);
    if (!preview.ok) return deps.notify(t('notify.lookupTitle'), refusalText(preview.reason));
    await deps.service.directory('if-stale');
    const { colleague } = await deps.service.lookup(preview.parsed.e164);
    const who = colleague
      ? t('notify.lookupColleague', { name: colleague.name, presence: colleague.profile?.name ?? '' })
      : t('notify.lookupUnknown');
    return deps.notify(preview.parsed.display, who);
  }

  async function onMenuClick(
    info: { menuItemId: string | number; selectionText?: string; linkUrl?: string },
    tab?: { url?: string },
  ) {
    const site = tab?.url ? safeHost(tab.url) : null;
    if (info.menuItemId === MENU_CALL_SELECTION && info.selectionText)
      return callSelection(info.selectionText, site);
    if (info.menuItemId === MENU_LOOKUP_SELECTION && info.selectionText)
      return lookupSelection(info.selectionText);
    if (info.menuItemId === MENU_CALL_LINK && info.linkUrl) {
      const parsed = parsePhoneHref(info.linkUrl, { defaultCountry: await getDefaultCountry() });
      if (!parsed) return deps.notify(t('notify.notCalledTitle'), t('notify.noNumber'));
      return callRaw(parsed.number, site);
    }
  }

  /** The keyboard shortcut: `activeTab` lets us read the selection of the tab it was pressed in. */
  async function onCommand(command: string, tab?: { id?: number; url?: string }) {
    if (command !== COMMAND_CALL_SELECTION || tab?.id === undefined) return;
    let selection = '';
    try {
      const [result] = await browser.scripting.executeScript({
        target: { tabId: tab.id },
        func: () => globalThis.getSelection?.()?.toString() ?? '',
      });
      selection = typeof result?.result === 'string' ? result.result : '';
    } catch {
      selection = '';
    }
    return callSelection(selection, tab.url ? safeHost(tab.url) : null);
  }

  return { onMenuClick, onCommand, callSelection, lookupSelection };
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}
