import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupService } from '@/lib/service/testing/fake-backend';
import { createConfirmations } from './confirmations';
import { createRequestHandlers } from './handlers';
import type { SiteAccessService } from './site-access';

function setup() {
  const t = setupService();
  let now = 1_700_000_000_000;
  const confirmations = createConfirmations(() => now);
  const handlers = createRequestHandlers({
    service: t.service,
    siteAccess: {} as SiteAccessService,
    confirmations,
    openOptions: vi.fn(async () => {}),
  });
  const page = { kind: 'content-script' as const, tabId: 4, url: 'https://crm.example.se/deal/7' };
  const popup = { kind: 'extension-page' as const };
  return { ...t, handlers, page, popup, later: (ms: number) => (now += ms) };
}

beforeEach(() => fakeBrowser.reset());

describe('a call requested from a page', () => {
  it('opens one confirmation window and dials only the number it was opened for', async () => {
    const t = setup();
    await t.service.status('if-stale');
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    expect(await t.handlers['request-call']({ type: 'request-call', raw: '070-174 06 23' }, t.page)).toEqual({
      opened: true,
    });
    // A page asking again at once gets no second window.
    expect(
      (await t.handlers['request-call']({ type: 'request-call', raw: '08-618 24 90' }, t.page)).opened,
    ).toBe(false);
    expect(create).toHaveBeenCalledTimes(1);
    const url = String(create.mock.calls[0]?.[0]?.url);
    expect(url).toMatch(/confirm\.html#[0-9a-f-]{36}$/);
    const id = url.split('#')[1]!;

    const shown = await t.handlers['get-confirmation']({ type: 'get-confirmation', id }, t.popup);
    expect(shown.confirmation).toMatchObject({
      raw: '070-174 06 23',
      site: 'crm.example.se',
      origin: 'page',
    });
    expect(shown.preview).toMatchObject({ ok: true, parsed: { display: '070-174 06 23' } });

    const dial = (raw: string) =>
      t.handlers.dial(
        { type: 'dial', raw, confirmRepeat: false, confirmPremium: false, confirmationId: id },
        t.popup,
      );
    expect(await dial('0900-123 45 67')).toEqual({ status: 'refused', reason: 'invalid' });
    expect(t.api().dial).not.toHaveBeenCalled();
    expect((await dial('070-174 06 23')).status).toBe('calling');
    expect(t.api().dial).toHaveBeenCalledExactlyOnceWith('0046701740623', { autoAnswer: false });
    // Used up: the same confirmation can't dial twice.
    t.later(20_000);
    expect(await dial('070-174 06 23')).toEqual({ status: 'refused', reason: 'invalid' });
    expect(t.api().dial).toHaveBeenCalledTimes(1);
  });

  it('forgets a confirmation after 10 minutes', async () => {
    const t = setup();
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await t.handlers['request-call']({ type: 'request-call', raw: '070-174 06 23' }, t.page);
    const id = String(create.mock.calls[0]?.[0]?.url).split('#')[1]!;
    t.later(10 * 60_000 + 1);
    expect(
      (await t.handlers['get-confirmation']({ type: 'get-confirmation', id }, t.popup)).confirmation,
    ).toBeNull();
  });
});

describe('"Not a phone number" from a page', () => {
  it('is remembered for the sender tab’s own site only', async () => {
    const t = setup();
    expect(await t.handlers['ignore-number']({ type: 'ignore-number', e164: '+4686182490' }, t.page)).toEqual(
      {
        ignored: true,
      },
    );
    await t.handlers['ignore-number']({ type: 'ignore-number', e164: '+4686182490' }, t.page);
    const settings = await t.handlers['get-settings']({ type: 'get-settings' }, t.popup);
    expect(settings.ignoredNumbers).toEqual({ 'https://crm.example.se': ['+4686182490'] });
    // A sender without a page URL has no site to remember it for.
    expect(
      await t.handlers['ignore-number'](
        { type: 'ignore-number', e164: '+4686182490' },
        { kind: 'content-script' },
      ),
    ).toEqual({ ignored: false });
  });
});
