import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupService } from '@/lib/service/testing/fake-backend';
import type { Confirmations } from './confirmations';
import {
  createContextMenus,
  createMenuActions,
  firstNumberIn,
  MENU_CALL_LINK,
  MENU_CALL_SELECTION,
  MENU_LOOKUP_SELECTION,
} from './context-menu';

function setup() {
  const t = setupService();
  const notify = vi.fn(async (_title: string, _message: string) => {});
  const open = vi.fn(async () => true);
  const confirmations = { open, get: vi.fn(), remove: vi.fn() } as unknown as Confirmations;
  const actions = createMenuActions({ service: t.service, confirmations, notify });
  return { ...t, notify, open, actions };
}

beforeEach(() => fakeBrowser.reset());

describe('context menu items', () => {
  it('creates call and look-up items for selections and phone links', async () => {
    // WXT's fake browser has no contextMenus: give it spies.
    const create = vi.fn();
    Object.assign(fakeBrowser, { contextMenus: { create, removeAll: vi.fn(async () => {}) } });
    await createContextMenus();
    expect(create.mock.calls.map(([item]) => [item.id, item.contexts])).toEqual([
      [MENU_CALL_SELECTION, ['selection']],
      [MENU_LOOKUP_SELECTION, ['selection']],
      [MENU_CALL_LINK, ['link']],
    ]);
    expect(create.mock.calls[0]?.[0].title).toContain('%s');
    expect(create.mock.calls[2]?.[0].targetUrlPatterns).toEqual(['tel:*', 'callto:*', 'sip:*']);
  });
});

describe('menu actions', () => {
  it('finds the number in a selection with the page detector', () => {
    expect(firstNumberIn('Ring Sara på 070-174 06 23 i morgon', 'SE')).toBe('070-174 06 23');
    expect(firstNumberIn('Order 2024-03-15', 'SE')).toBeNull();
  });

  it('dials a selected number at once and says what was dialled', async () => {
    const t = setup();
    await t.service.status('if-stale');
    await t.actions.onMenuClick({ menuItemId: MENU_CALL_SELECTION, selectionText: 'Mobil: 070-174 06 23' });
    expect(t.api().dial).toHaveBeenCalledExactlyOnceWith('0046701740623', { autoAnswer: false });
    expect(t.notify).toHaveBeenCalledWith('Calling your phone', expect.stringContaining('070-174 06 23'));
  });

  it('sends nothing when the selection holds no number', async () => {
    const t = setup();
    await t.service.status('if-stale');
    await t.actions.onMenuClick({ menuItemId: MENU_CALL_SELECTION, selectionText: 'Kundnr 0470112233' });
    expect(t.api().dial).not.toHaveBeenCalled();
    expect(t.notify).toHaveBeenCalledWith('Not called', expect.stringContaining('No phone number'));
  });

  it('opens the confirmation window for premium-rate numbers instead of dialling', async () => {
    const t = setup();
    await t.service.status('if-stale');
    await t.actions.onMenuClick(
      { menuItemId: MENU_CALL_SELECTION, selectionText: '0900-123 45 67' },
      { url: 'https://example.se/x' },
    );
    expect(t.api().dial).not.toHaveBeenCalled();
    expect(t.open).toHaveBeenCalledWith('0900-123 45 67', 'context-menu', 'example.se');
  });

  it('calls a tel: link, and ignores a hostile one', async () => {
    const t = setup();
    await t.service.status('if-stale');
    await t.actions.onMenuClick({ menuItemId: MENU_CALL_LINK, linkUrl: 'tel:../../hangup' });
    expect(t.api().dial).not.toHaveBeenCalled();
    expect(t.api().hangup).not.toHaveBeenCalled();
    await t.actions.onMenuClick({ menuItemId: MENU_CALL_LINK, linkUrl: 'tel:+46-8-618-24-90' });
    expect(t.api().dial).toHaveBeenCalledExactlyOnceWith('004686182490', { autoAnswer: false });
  });

  it('looks a selected number up in the directory', async () => {
    const t = setup();
    await t.service.status('if-stale');
    await t.actions.onMenuClick({ menuItemId: MENU_LOOKUP_SELECTION, selectionText: '070-174 06 41' });
    expect(t.notify).toHaveBeenCalledWith('070-174 06 41', expect.stringContaining('Erik Svensson'));
    expect(t.api().dial).not.toHaveBeenCalled();
  });

  it('calls the selection of the tab where the shortcut was pressed', async () => {
    const t = setup();
    await t.service.status('if-stale');
    const executeScript = vi.fn(async () => [{ result: 'tel 08-618 24 90' }]);
    Object.assign(fakeBrowser, { scripting: { executeScript } });
    await t.actions.onCommand('call-selection', { id: 3, url: 'https://crm.example.se/' });
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 3 } }));
    expect(t.api().dial).toHaveBeenCalledExactlyOnceWith('004686182490', { autoAnswer: false });
  });
});
