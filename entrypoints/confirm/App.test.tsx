import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage } from '@/lib/i18n';
import type { ResponseOf } from '@/lib/messaging/protocol';
import type { AuthState, ParsedNumber } from '@/lib/model';
import {
  extensionFixture,
  type FakeBackground,
  type FakeHandlers,
  installFakeBackground,
  signedIn,
} from '@/lib/ui/testing/fake-background';
import { CLOSE_AFTER_CALLING_MS, ConfirmApp } from './App';
import { confirmationIdFromHash } from './useConfirmation';

const parsed: ParsedNumber = {
  e164: '+46701740623',
  display: '070-174 06 23',
  dialString: '0046701740623',
  kind: 'standard',
  colleague: null,
};

function confirmationAnswer(
  overrides: { parsed?: Partial<ParsedNumber>; auth?: AuthState } = {},
): ResponseOf<'get-confirmation'> {
  return {
    confirmation: {
      id: 'abc123',
      raw: '070-174 06 23',
      origin: 'page',
      site: 'crm.example.com',
      createdAt: 1,
    },
    preview: { ok: true, parsed: { ...parsed, ...overrides.parsed } },
    auth: overrides.auth ?? signedIn(extensionFixture({ name: 'Anna Andersson', extension: '0812345600' })),
  };
}

const calling = { status: 'calling', e164: '+46701740623', display: '070-174 06 23' } as const;

let background: FakeBackground;
let closed: number;

/** The Call button takes focus in the same commit that starts listening for Enter and Escape. */
async function keyboardReady() {
  await waitFor(() => expect(document.activeElement?.textContent).toBe('Call'));
}

function start(handlers: FakeHandlers, options: { trusted?: boolean; armDelayMs?: number } = {}) {
  background = installFakeBackground({
    'cancel-confirmation': () => ({}),
    'sign-in': () => ({}),
    ...handlers,
  });
  const closeWindow = () => {
    closed += 1;
  };
  return render(
    <ConfirmApp
      id="abc123"
      closeWindow={closeWindow}
      isTrusted={options.trusted ? () => true : undefined}
      armDelayMs={options.armDelayMs ?? 0}
    />,
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  setLanguage('en');
  closed = 0;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('confirmation window', () => {
  it('shows the number as it will be dialled, the site and who calls', async () => {
    start({ 'get-confirmation': () => confirmationAnswer() });
    expect(await screen.findByText('070-174 06 23')).toBeTruthy();
    expect(screen.getByText('Found on crm.example.com')).toBeTruthy();
    expect(screen.getByText('Calls from your phone: Anna Andersson (0812345600)')).toBeTruthy();
    expect(background.ofType('get-confirmation')).toEqual([{ type: 'get-confirmation', id: 'abc123' }]);
  });

  it('ignores an untrusted click on Call and an untrusted Enter', async () => {
    start({ 'get-confirmation': () => confirmationAnswer(), dial: () => calling });
    fireEvent.click(await screen.findByRole('button', { name: 'Call' }));
    await keyboardReady();
    fireEvent.keyDown(document.body, { key: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(background.ofType('dial')).toEqual([]);
    expect(screen.getByRole('button', { name: 'Call' })).toBeTruthy();
  });

  it('dials on a trusted click, shows the outcome and closes after a moment', async () => {
    start({ 'get-confirmation': () => confirmationAnswer(), dial: () => calling }, { trusted: true });
    const call = await screen.findByRole('button', { name: 'Call' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.click(call);
    await vi.advanceTimersByTimeAsync(10);
    expect(screen.getByText('Calling your phone… answer it to connect to 070-174 06 23.')).toBeTruthy();
    expect(background.ofType('dial')).toEqual([
      {
        type: 'dial',
        raw: '070-174 06 23',
        confirmRepeat: false,
        confirmPremium: false,
        confirmationId: 'abc123',
      },
    ]);
    await vi.advanceTimersByTimeAsync(CLOSE_AFTER_CALLING_MS - 100);
    expect(closed).toBe(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(closed).toBe(1);
  });

  it('ignores a click or Enter that lands before the window has been up for a moment', async () => {
    start(
      { 'get-confirmation': () => confirmationAnswer(), dial: () => calling },
      { trusted: true, armDelayMs: 300 },
    );
    const call = await screen.findByRole('button', { name: 'Call' });
    expect((call as HTMLButtonElement).disabled).toBe(true);
    fireEvent.keyDown(document.body, { key: 'Enter' });
    fireEvent.click(call);
    expect(background.ofType('dial')).toEqual([]);
    await waitFor(() => expect((call as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(call);
    await waitFor(() => expect(background.ofType('dial')).toHaveLength(1));
  });

  it('dials on a trusted Enter', async () => {
    start({ 'get-confirmation': () => confirmationAnswer(), dial: () => calling }, { trusted: true });
    await keyboardReady();
    fireEvent.keyDown(document.body, { key: 'Enter' });
    await waitFor(() => expect(background.ofType('dial')).toHaveLength(1));
  });

  it('needs a second explicit click for a premium-rate number', async () => {
    start(
      { 'get-confirmation': () => confirmationAnswer({ parsed: { kind: 'premium' } }), dial: () => calling },
      { trusted: true },
    );
    expect(await screen.findByText(/Premium-rate number/)).toBeTruthy();
    await keyboardReady();
    fireEvent.keyDown(document.body, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Call' }));
    expect(background.ofType('dial')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'I understand, call this premium-rate number' }));
    await waitFor(() => expect(background.ofType('dial').map((r) => r.confirmPremium)).toEqual([true]));
  });

  it('asks again for a repeat and re-sends with confirmRepeat', async () => {
    start(
      {
        'get-confirmation': () => confirmationAnswer(),
        dial: (request) =>
          request.confirmRepeat ? calling : { status: 'needs-repeat-confirmation', display: '070-174 06 23' },
      },
      { trusted: true },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Call' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Call again' }));
    await waitFor(() =>
      expect(background.ofType('dial').map((r) => [r.confirmRepeat, r.confirmationId])).toEqual([
        [false, 'abc123'],
        [true, 'abc123'],
      ]),
    );
  });

  it('keeps the window open with the message when the dial fails', async () => {
    start(
      {
        'get-confirmation': () => confirmationAnswer(),
        dial: () => ({
          status: 'failed',
          failure: { kind: 'server-error', status: 502 },
          outcomeUnknown: true,
        }),
      },
      { trusted: true },
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Call' }));
    expect(await screen.findByText(/Outcome unknown: check your phone/)).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(closed).toBe(1));
  });

  it('shows why a number is refused, with only a Close button', async () => {
    start({
      'get-confirmation': () => ({ ...confirmationAnswer(), preview: { ok: false, reason: 'emergency' } }),
    });
    expect(await screen.findByText(/call this number directly from your phone/)).toBeTruthy();
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Close']);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(closed).toBe(1));
    expect(background.ofType('cancel-confirmation')).toEqual([{ type: 'cancel-confirmation', id: 'abc123' }]);
  });

  it('cancels with the button and with Escape', async () => {
    start({ 'get-confirmation': () => confirmationAnswer() });
    await keyboardReady();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(closed).toBe(1));
    fireEvent.keyDown(document.body, { key: 'Escape' });
    await waitFor(() => expect(closed).toBe(2));
    expect(background.ofType('cancel-confirmation')).toHaveLength(2);
    expect(background.ofType('dial')).toEqual([]);
  });

  it('offers sign-in when signed out, and no Call button', async () => {
    start({ 'get-confirmation': () => confirmationAnswer({ auth: { status: 'signed-out', checkedAt: 1 } }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in to Telavox' }));
    await waitFor(() => expect(background.ofType('sign-in')).toHaveLength(1));
    expect(screen.queryByRole('button', { name: 'Call' })).toBeNull();
  });

  it('says when the request has expired', async () => {
    start({ 'get-confirmation': () => ({ confirmation: null, preview: null, auth: { status: 'unknown' } }) });
    expect(await screen.findByText(/expired or was already handled/)).toBeTruthy();
  });
});

describe('confirmationIdFromHash', () => {
  it('reads the id and survives bad escapes', () => {
    expect(confirmationIdFromHash('#abc-123')).toBe('abc-123');
    expect(confirmationIdFromHash('#%E0%A4%A')).toBe('');
    expect(confirmationIdFromHash('')).toBe('');
  });
});
