import { browser } from 'wxt/browser';
import { getTelavoxConfig, originPattern } from '@/lib/config';
import { t } from '@/lib/i18n';
import { createMessageListener } from '@/lib/messaging/router';
import { createTelavoxService } from '@/lib/service';
import { getDefaultCountry } from '@/lib/service/settings';
import { createV1Backend } from '@/lib/telavox';
import { createConfirmations } from './confirmations';
import { COMMAND_CALL_SELECTION, createContextMenus, createMenuActions } from './context-menu';
import { createRequestHandlers } from './handlers';
import { type FirefoxMenus, showNumbersInMenuTitles } from './menu-titles';
import { createSiteAccess } from './site-access';

/**
 * Wires the background: the service, message handlers, context menus, the shortcut, and detection
 * registration. Every listener is registered synchronously on start, as MV3 workers require.
 */
export function startBackground() {
  const config = getTelavoxConfig();
  const apiPattern = originPattern(config.apiUrl);
  const now = () => Date.now();

  const service = createTelavoxService({
    createBackend: (auth) => createV1Backend({ baseUrl: config.apiUrl, auth }),
    openTab: async (url) => (await browser.tabs.create({ url })).id,
    hasApiAccess: () => browser.permissions.contains({ origins: [apiPattern] }),
    showSignedOutBadge: async (signedOut) => {
      await browser.action.setBadgeText({ text: signedOut ? '!' : '' });
      if (signedOut) await browser.action.setBadgeBackgroundColor({ color: '#c62828' });
      await browser.action.setTitle({ title: signedOut ? t('badge.signedOut') : t('app.name') });
    },
    now,
    homeUrl: config.homeUrl,
  });
  const siteAccess = createSiteAccess({ isFirefox: import.meta.env.FIREFOX === true });
  const confirmations = createConfirmations(now);
  const notify = async (title: string, message: string) => {
    await browser.notifications.create({
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
  };
  const menu = createMenuActions({ service, confirmations, notify });
  const handlers = createRequestHandlers({
    service,
    siteAccess,
    confirmations,
    openOptions: () => browser.runtime.openOptionsPage(),
  });

  browser.runtime.onMessage.addListener(
    createMessageListener(handlers, {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      onError: (error, type) => console.error(`Request ${type} failed`, error),
    }) as Parameters<typeof browser.runtime.onMessage.addListener>[0],
  );
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    await createContextMenus();
    await siteAccess.syncDetection();
    // First install: show how sign-in and detection work.
    if (reason === 'install') await browser.runtime.openOptionsPage();
  });
  browser.runtime.onStartup.addListener(() => void siteAccess.syncDetection());
  browser.permissions.onAdded.addListener(() => void siteAccess.syncDetection());
  browser.permissions.onRemoved.addListener(() => void siteAccess.syncDetection());
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete') void service.onTabLoaded(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => service.onTabClosed(tabId));
  showNumbersInMenuTitles((browser as unknown as { menus?: FirefoxMenus }).menus, getDefaultCountry);
  browser.contextMenus.onClicked.addListener((info, tab) => void menu.onMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND_CALL_SELECTION) void menu.onCommand(command, tab);
  });

  return { service, siteAccess, confirmations, menu, handlers };
}
