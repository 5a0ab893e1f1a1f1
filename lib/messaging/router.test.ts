import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendRequest } from './protocol';
import { classifySender, createMessageListener, handleMessage, type RequestHandlers } from './router';

const options = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const page = {
  id: 'ext-id',
  url: 'https://example.se/contact',
  tab: { id: 7, url: 'https://example.se/contact' },
};

function handlers(overrides: Partial<RequestHandlers> = {}): RequestHandlers {
  const fail = async () => {
    throw new Error('not expected in this test');
  };
  return new Proxy(overrides as RequestHandlers, {
    get: (target, key: string) => (target as Record<string, unknown>)[key] ?? fail,
  });
}

describe('classifySender', () => {
  it('tells extension pages from content scripts and rejects strangers', () => {
    expect(classifySender(popup, options)?.kind).toBe('extension-page');
    expect(classifySender(page as never, options)).toMatchObject({ kind: 'content-script', tabId: 7 });
    expect(classifySender({ ...popup, id: 'other-extension' }, options)).toBeNull();
    // No tab and not our origin: nothing we know how to trust.
    expect(classifySender({ id: 'ext-id', url: 'https://example.se/' }, options)).toBeNull();
    expect(classifySender({ id: 'ext-id', url: 'not a url' }, options)).toBeNull();
  });

  it('does not mistake a look-alike origin for the extension', () => {
    const sender = { id: 'ext-id', url: 'chrome-extension://ext-id.evil/popup.html', tab: { id: 1 } };
    expect(classifySender(sender as never, options)?.kind).toBe('content-script');
  });
});

describe('handleMessage', () => {
  it('runs the handler and validates its answer', async () => {
    const reply = await handleMessage(
      { type: 'preview-number', raw: '070-174 06 23' },
      popup,
      handlers({ 'preview-number': async () => ({ ok: false, reason: 'invalid' }) }),
      options,
    );
    expect(reply).toEqual({ ok: true, data: { ok: false, reason: 'invalid' } });
  });

  it('rejects malformed and unknown messages without calling anything', async () => {
    const dial = vi.fn();
    const h = handlers({ dial });
    for (const message of [
      null,
      'dial',
      { type: 'dial' },
      { type: 'format-disk' },
      { type: 'dial', raw: 42 },
    ]) {
      expect(await handleMessage(message, popup, h, options)).toEqual({
        ok: false,
        error: { code: 'bad-request', message: 'Malformed message.' },
      });
    }
    expect(dial).not.toHaveBeenCalled();
  });

  it('lets a page ask only for lookups and call confirmations', async () => {
    const dial = vi.fn();
    const requestCall = vi.fn(async () => ({ opened: true }));
    const h = handlers({ dial, 'request-call': requestCall });
    const denied = await handleMessage({ type: 'dial', raw: '0701740623' }, page as never, h, options);
    expect(denied).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(dial).not.toHaveBeenCalled();
    for (const type of ['hangup', 'save-token', 'get-history', 'update-settings'] as const) {
      const message =
        type === 'update-settings'
          ? { type, patch: {} }
          : type === 'save-token'
            ? { type, token: 'x', remember: false }
            : { type };
      expect(await handleMessage(message, page as never, h, options)).toMatchObject({ ok: false });
    }
    const allowed = await handleMessage(
      { type: 'request-call', raw: '070-174 06 23' },
      page as never,
      h,
      options,
    );
    expect(allowed).toEqual({ ok: true, data: { opened: true } });
    expect(requestCall).toHaveBeenCalledWith(
      { type: 'request-call', raw: '070-174 06 23' },
      expect.objectContaining({ kind: 'content-script', tabId: 7 }),
    );
  });

  it('turns a throwing handler or a bad answer into an error reply', async () => {
    const onError = vi.fn();
    const throwing = await handleMessage(
      { type: 'get-settings' },
      popup,
      handlers({
        'get-settings': async () => {
          throw new Error('boom');
        },
      }),
      { ...options, onError },
    );
    expect(throwing).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(onError).toHaveBeenCalledOnce();
    const badShape = await handleMessage(
      { type: 'request-call', raw: '1' },
      popup,
      handlers({ 'request-call': async () => ({ opened: 'yes' }) as never }),
      options,
    );
    expect(badShape).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('sendRequest through the fake browser', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses a sender it cannot place, end to end', async () => {
    fakeBrowser.runtime.onMessage.addListener(
      createMessageListener(handlers({ 'request-call': async () => ({ opened: true }) }), {
        extensionId: fakeBrowser.runtime.id,
        extensionOrigin: 'chrome-extension://x/',
        onError: () => {},
      }) as never,
    );
    // The fake browser reports no sender URL or tab for runtime messages: not a trusted sender.
    await expect(sendRequest({ type: 'request-call', raw: '0701740623' })).rejects.toThrow('Unknown sender.');
  });

  it('rejects a reply that does not match the schema', async () => {
    fakeBrowser.runtime.onMessage.addListener(((
      _m: unknown,
      _s: unknown,
      sendResponse: (r: unknown) => void,
    ) => {
      sendResponse({ ok: true, data: { opened: 'maybe' } });
      return true;
    }) as never);
    await expect(sendRequest({ type: 'request-call', raw: '0701740623' })).rejects.toThrow();
  });
});

describe('settings patches', () => {
  it('leave out the fields they do not change', async () => {
    const update = vi.fn(async (request: { patch: object }) => ({
      autoAnswer: true,
      defaultCountry: 'NO',
      disabledOrigins: [],
      openTelLinks: false,
      ...request.patch,
    }));
    await handleMessage(
      { type: 'update-settings', patch: { autoAnswer: true } },
      popup,
      handlers({ 'update-settings': update as never }),
      options,
    );
    expect(update.mock.calls[0]?.[0]).toEqual({ type: 'update-settings', patch: { autoAnswer: true } });
  });
});
