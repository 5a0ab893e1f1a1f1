import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage } from '@/lib/i18n';
import type { AuthState, HistorySnapshot } from '@/lib/model';
import { defaultSettings } from '@/lib/model';
import { authStateItem, historyItem } from '@/lib/storage';
import type { CallRecord } from '@/lib/telavox/schemas';
import {
  answerPermissionPrompt,
  extensionFixture,
  type FakeBackground,
  type FakeHandlers,
  installFakeBackground,
  signedIn,
} from '@/lib/ui/testing/fake-background';
import { App } from './App';

const bo = extensionFixture({
  name: 'Bo Berg',
  extension: '0812345601',
  mobile: '0705550101',
  profile: { available: false, name: 'Lunch', until: '2024-03-15 13:00:00', message: null },
  keyWords: ['support'],
});
const cecilia = extensionFixture({
  name: 'Cecilia Öberg',
  extension: '0812345602',
  mobile: '',
  keyWords: [],
});

function record(overrides: Partial<CallRecord>): CallRecord {
  return {
    kind: 'incoming',
    datetime: '2024-03-15 14:32:11',
    datetimeISO: null,
    number: '0701740641',
    numberE164: '+46701740641',
    duration: 73,
    callId: '1',
    recordingId: null,
    ...overrides,
  };
}

const history: HistorySnapshot = {
  items: [
    record({ kind: 'incoming', number: '0705550101', numberE164: '+46705550101', callId: '1' }),
    record({ kind: 'missed', number: '0317124056', numberE164: null, duration: 0, callId: '2' }),
  ],
  dropped: 1,
  fetchedAt: Date.now(),
};

function statusOf(auth: AuthState) {
  return { auth, hasToken: false, rateLimitedUntil: 0 };
}

function baseHandlers(auth: AuthState): FakeHandlers {
  return {
    'get-status': () => statusOf(auth),
    'get-settings': () => defaultSettings,
    'get-history': () => ({ snapshot: history, failure: null }),
    'get-directory': () => ({
      snapshot: { items: [bo, cecilia], dropped: 0, fetchedAt: Date.now() - 12_000 },
      failure: null,
    }),
    'preview-number': ({ raw }) =>
      raw.includes('x')
        ? { ok: false, reason: 'letters' }
        : {
            ok: true,
            parsed: {
              e164: '+46701740623',
              display: '070-174 06 23',
              dialString: '0046701740623',
              kind: raw.startsWith('0900') ? 'premium' : 'standard',
              colleague: null,
            },
          },
    'sign-in': () => ({}),
    'open-options': () => ({}),
    'get-site-access': () => ({ origin: null, granted: false, allSites: false, disabled: false }),
  };
}

let background: FakeBackground;

function start(auth: AuthState, more: FakeHandlers = {}) {
  background = installFakeBackground({ ...baseHandlers(auth), ...more });
  return render(<App />);
}

beforeEach(() => {
  fakeBrowser.reset();
  setLanguage('en');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('signed out', () => {
  it('explains and offers sign-in and the token route', async () => {
    start({ status: 'signed-out', checkedAt: 1 });
    expect(
      await screen.findByRole('heading', { name: "You're not signed in to Telavox in this browser" }),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Sign in to Telavox' }));
    fireEvent.click(screen.getByRole('button', { name: 'Use an API token instead' }));
    await waitFor(() => expect(background.ofType('open-options')).toHaveLength(1));
    expect(background.ofType('sign-in')).toHaveLength(1);
    // Opening the popup asks once, fresh: it shows live presence and call state.
    expect(background.ofType('get-status').map((r) => r.refresh)).toEqual(['force']);
    expect(background.invalid).toEqual([]);
  });

  it('switches to the signed-in view when the background stores a new state', async () => {
    start({ status: 'signed-out', checkedAt: 1 });
    await screen.findByRole('button', { name: 'Sign in to Telavox' });
    await authStateItem.setValue(signedIn());
    expect(await screen.findByRole('heading', { name: 'Anna Andersson' })).toBeTruthy();
  });

  it('offers to replace a refused token', async () => {
    start({ status: 'token-invalid', checkedAt: 1 });
    fireEvent.click(await screen.findByRole('button', { name: 'Replace token' }));
    await waitFor(() => expect(background.ofType('open-options')).toHaveLength(1));
  });

  it('asks for the API permission from the click, then re-checks', async () => {
    const request = answerPermissionPrompt(true);
    start({ status: 'no-permission', checkedAt: 1 });
    fireEvent.click(await screen.findByRole('button', { name: 'Grant access' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://api.telavox.se/*'] });
    await waitFor(() =>
      expect(background.ofType('get-status').map((r) => r.refresh)).toEqual(['force', 'force']),
    );
  });

  it('says so when the permission is declined', async () => {
    answerPermissionPrompt(false);
    start({ status: 'no-permission', checkedAt: 1 });
    fireEvent.click(await screen.findByRole('button', { name: 'Grant access' }));
    expect(await screen.findByText('Access was not granted.')).toBeTruthy();
    expect(background.ofType('get-status').map((r) => r.refresh)).toEqual(['force']);
  });

  it('explains an unavailable Telavox and retries', async () => {
    start({
      status: 'unavailable',
      failure: { kind: 'rate-limited', retryAt: Date.now() + 120_000 },
      checkedAt: 1,
    });
    expect(await screen.findByText(/Telavox asked us to slow down. Try again in 2 min/)).toBeTruthy();
    await waitFor(() => expect(background.ofType('get-status')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(background.ofType('get-status').map((r) => r.refresh)).toEqual(['force', 'force']),
    );
  });
});

describe('signed in', () => {
  it('shows the user, extension and presence', async () => {
    start(
      signedIn(
        extensionFixture({
          profile: {
            available: false,
            name: 'Semester',
            until: '2024-08-01 08:00:00',
            message: 'Back in August',
          },
        }),
      ),
    );
    const header = await screen.findByRole('banner');
    expect(within(header).getByRole('heading').textContent).toBe('Anna Andersson');
    expect(header.textContent).toContain('Extension 0812345600');
    expect(header.textContent).toContain('Semester');
    expect(header.textContent).toContain('until 2024-08-01 08:00:00');
    expect(header.textContent).toContain('Back in August');
    expect(header.querySelector('[data-tone="away"]')).not.toBeNull();
  });

  it('shows the active call with the colleague name and hangs up', async () => {
    start(
      signedIn(extensionFixture({ calls: [{ callerid: '0705550101', direction: 'in', linestatus: 'up' }] })),
      {
        hangup: () => ({ ok: true, data: 'no-active-call' }),
      },
    );
    const bar = await screen.findByRole('region', { name: 'Incoming call' });
    await waitFor(() => expect(bar.textContent).toContain('Bo Berg'));
    expect(bar.textContent).toContain('070-555 01 01');
    expect(bar.textContent).toContain('Connected');
    fireEvent.click(within(bar).getByRole('button', { name: 'Hang up' }));
    expect(await screen.findByText('There is no active call to hang up.')).toBeTruthy();
    expect(background.ofType('hangup')).toHaveLength(1);
  });

  it('has no active-call bar while idle', async () => {
    start(signedIn());
    await screen.findByRole('heading', { name: 'Anna Andersson' });
    expect(screen.queryByRole('button', { name: 'Hang up' })).toBeNull();
  });
});

describe('dialer', () => {
  async function typeNumber(value: string) {
    const input = await screen.findByLabelText('Number to call');
    fireEvent.input(input, { target: { value } });
    return input;
  }

  it('previews the number once typing pauses', async () => {
    start(signedIn());
    await typeNumber('0701740623');
    expect(await screen.findByText('Will call 070-174 06 23')).toBeTruthy();
    expect(background.ofType('preview-number').map((r) => r.raw)).toEqual(['0701740623']);
  });

  it('asks for a preview only after the typing pauses', async () => {
    start(signedIn());
    const input = await screen.findByLabelText('Number to call');
    vi.useFakeTimers();
    for (const value of ['0', '07', '070']) {
      fireEvent.input(input, { target: { value } });
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(200);
    vi.useRealTimers();
    await waitFor(() => expect(background.ofType('preview-number').map((r) => r.raw)).toEqual(['070']));
  });

  it('explains a refused number inline', async () => {
    start(signedIn());
    await typeNumber('070-CALL-ME-x');
    expect(await screen.findByText(/Numbers with letters can't be called/)).toBeTruthy();
  });

  it('calls on Enter and shows that the phone rings', async () => {
    start(signedIn(), {
      dial: () => ({ status: 'calling', e164: '+46701740623', display: '070-174 06 23' }),
    });
    const input = await typeNumber('070 174 06 23');
    fireEvent.submit(input.closest('form')!);
    expect(
      await screen.findByText('Calling your phone… answer it to connect to 070-174 06 23.'),
    ).toBeTruthy();
    expect(background.ofType('dial')).toEqual([
      { type: 'dial', raw: '070 174 06 23', confirmRepeat: false, confirmPremium: false },
    ]);
  });

  it('asks before calling the same number again, then re-sends with confirmRepeat', async () => {
    start(signedIn(), {
      dial: (request) =>
        request.confirmRepeat
          ? { status: 'calling', e164: '+46701740623', display: '070-174 06 23' }
          : { status: 'needs-repeat-confirmation', display: '070-174 06 23' },
    });
    await typeNumber('0701740623');
    fireEvent.click(screen.getByRole('button', { name: 'Call' }));
    expect(await screen.findByText('You just called 070-174 06 23. Call again?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Call again' }));
    expect(await screen.findByText(/Calling your phone/)).toBeTruthy();
    expect(background.ofType('dial').map((r) => r.confirmRepeat)).toEqual([false, true]);
  });

  it('cancelling the repeat question sends nothing more', async () => {
    start(signedIn(), { dial: () => ({ status: 'needs-repeat-confirmation', display: '070-174 06 23' }) });
    await typeNumber('0701740623');
    fireEvent.click(screen.getByRole('button', { name: 'Call' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText(/Call again\?/)).toBeNull();
    expect(background.ofType('dial')).toHaveLength(1);
  });

  it('requires the explicit premium step and keeps it when a repeat is asked next', async () => {
    start(signedIn(), {
      dial: (request) => {
        if (!request.confirmPremium)
          return { status: 'needs-premium-confirmation', display: '0900-123 45 67' };
        if (!request.confirmRepeat) return { status: 'needs-repeat-confirmation', display: '0900-123 45 67' };
        return { status: 'calling', e164: '+46900123456', display: '0900-123 45 67' };
      },
    });
    await typeNumber('0900123456');
    expect(await screen.findByText(/Premium-rate number/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Call' }));
    fireEvent.click(
      await screen.findByRole('button', { name: 'I understand, call this premium-rate number' }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Call again' }));
    expect(await screen.findByText(/Calling your phone/)).toBeTruthy();
    expect(background.ofType('dial').map((r) => [r.confirmPremium, r.confirmRepeat])).toEqual([
      [false, false],
      [true, false],
      [true, true],
    ]);
  });

  it.each([
    [{ status: 'busy' } as const, 'A call is already being set up'],
    [{ status: 'refused', reason: 'emergency' } as const, 'call this number directly from your phone'],
    [
      { status: 'failed', failure: { kind: 'timeout' }, outcomeUnknown: true } as const,
      'Outcome unknown: check your phone',
    ],
    [
      {
        status: 'failed',
        failure: { kind: 'rejected', status: 400, message: '<i>No click-to-call</i>' },
        outcomeUnknown: false,
      } as const,
      '<i>No click-to-call</i>',
    ],
  ])('shows the %o outcome', async (outcome, text) => {
    start(signedIn(), { dial: () => outcome });
    await typeNumber('0701740623');
    fireEvent.click(screen.getByRole('button', { name: 'Call' }));
    expect(await screen.findByText((content) => content.includes(text))).toBeTruthy();
    expect(document.querySelector('i')).toBeNull();
  });

  it('offers sign-in when a dial finds the user signed out', async () => {
    start(signedIn(), {
      dial: () => ({ status: 'failed', failure: { kind: 'signed-out' }, outcomeUnknown: false }),
    });
    await typeNumber('0701740623');
    fireEvent.click(screen.getByRole('button', { name: 'Call' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in to Telavox' }));
    await waitFor(() => expect(background.ofType('sign-in')).toHaveLength(1));
  });
});

describe('recent calls', () => {
  it('lists calls with colleague names, kinds and the dropped count, and calls back', async () => {
    start(signedIn(), {
      dial: () => ({ status: 'calling', e164: '+46705550101', display: '070-555 01 01' }),
    });
    const panel = await screen.findByRole('tabpanel', { name: 'Recent' });
    await waitFor(() => expect(panel.textContent).toContain('Bo Berg'));
    expect(panel.textContent).toContain('Incoming');
    expect(panel.textContent).toContain('Missed');
    expect(panel.textContent).toContain('031-712 40 56');
    expect(panel.textContent).toContain('1 call could not be read');
    fireEvent.click(within(panel).getByRole('button', { name: 'Call back Bo Berg' }));
    await waitFor(() => expect(background.ofType('dial').map((r) => r.raw)).toEqual(['+46705550101']));
  });

  it('shows the empty state', async () => {
    start(signedIn(), {
      'get-history': () => ({ snapshot: { ...history, items: [], dropped: 0 }, failure: null }),
    });
    expect(await screen.findByText('No calls in the last 4 months')).toBeTruthy();
  });

  it('shows a failure with a retry that forces a refresh', async () => {
    start(signedIn(), { 'get-history': () => ({ snapshot: null, failure: { kind: 'offline' } }) });
    expect(await screen.findByText(/Your recent calls couldn't be loaded. Can't reach Telavox/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(background.ofType('get-history').map((r) => r.refresh)).toEqual(['if-stale', 'force']),
    );
  });

  it('updates live when the background stores new history', async () => {
    start(signedIn());
    await screen.findByText('Bo Berg');
    await historyItem.setValue({
      ...history,
      items: [record({ kind: 'outgoing', number: '0812345602', numberE164: null })],
    });
    expect(await screen.findByText('Cecilia Öberg')).toBeTruthy();
    expect(screen.queryByText('Bo Berg')).toBeNull();
  });
});

describe('colleagues', () => {
  it('switches tabs with the arrow keys and searches without accents', async () => {
    start(signedIn(), {
      dial: () => ({ status: 'calling', e164: '+46812345602', display: '08-123 456 02' }),
    });
    const recentTab = await screen.findByRole('tab', { name: 'Recent' });
    expect(recentTab.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(recentTab, { key: 'ArrowRight' });
    const colleaguesTab = screen.getByRole('tab', { name: 'Colleagues' });
    expect(colleaguesTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(colleaguesTab);

    const panel = screen.getByRole('tabpanel', { name: 'Colleagues' });
    await waitFor(() => expect(panel.textContent).toMatch(/Updated 1[12] s ago/));
    fireEvent.input(within(panel).getByLabelText('Search colleagues'), { target: { value: 'oberg' } });
    expect(within(panel).queryByText('Bo Berg')).toBeNull();
    fireEvent.click(
      within(panel).getByRole('button', { name: 'Call Cecilia Öberg on extension 0812345602' }),
    );
    await waitFor(() => expect(background.ofType('dial').map((r) => r.raw)).toEqual(['0812345602']));
  });

  it('says when nothing matches', async () => {
    start(signedIn());
    fireEvent.click(await screen.findByRole('tab', { name: 'Colleagues' }));
    const search = await screen.findByLabelText('Search colleagues');
    fireEvent.input(search, { target: { value: 'zzz' } });
    expect(await screen.findByText('No colleague matches “zzz”.')).toBeTruthy();
  });
});

describe('polling', () => {
  it('refreshes status and history every 60 s while visible, and not while hidden', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
    start(signedIn());
    await vi.advanceTimersByTimeAsync(10);
    const forced = (type: 'get-status' | 'get-history') =>
      background.ofType(type).filter((r) => r.refresh === 'force').length;
    // One on opening, then one a minute.
    await vi.advanceTimersByTimeAsync(59_000);
    expect(forced('get-status')).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(forced('get-status')).toBe(2);
    expect(forced('get-history')).toBe(1);

    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(180_000);
    expect(forced('get-status')).toBe(2);

    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(forced('get-status')).toBe(3);
    expect(background.ofType('get-directory').filter((r) => r.refresh === 'force')).toEqual([]);
  });

  it('does not poll while signed out', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    start({ status: 'signed-out', checkedAt: 1 });
    await vi.advanceTimersByTimeAsync(180_000);
    // The one check made on opening, and nothing after it.
    expect(background.ofType('get-status').map((r) => r.refresh)).toEqual(['force']);
  });
});

describe('site detection toggle', () => {
  // The fake browser has no focused window until one is created; `tabs.query` needs a current and a
  // last-focused window.
  async function withActiveTab(url: string) {
    await fakeBrowser.windows.create({ focused: true });
    const focused = await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url, active: true, windowId: focused?.id });
    const [active] = await fakeBrowser.tabs.query({ active: true, currentWindow: true });
    expect(active?.url).toBe(url);
  }

  it('is hidden on non-web pages', async () => {
    await withActiveTab('chrome://extensions/');
    start(signedIn());
    await screen.findByRole('heading', { name: 'Anna Andersson' });
    expect(screen.queryByRole('switch')).toBeNull();
    expect(background.ofType('get-site-access')).toEqual([]);
  });

  it('requests the site permission from the click before enabling', async () => {
    await withActiveTab('https://crm.example.com/contacts/1');
    const request = answerPermissionPrompt(true);
    start(signedIn(), {
      'get-site-access': () => ({
        origin: 'https://crm.example.com',
        granted: false,
        allSites: false,
        disabled: false,
      }),
      'set-site-access': ({ enabled }) => ({
        origin: 'https://crm.example.com',
        granted: true,
        allSites: false,
        disabled: !enabled,
      }),
    });
    const toggle = await screen.findByRole('switch', { name: 'Find numbers on crm.example.com' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    expect(request).toHaveBeenCalledWith({ origins: ['https://crm.example.com/*'] });
    await waitFor(() => expect(toggle.getAttribute('aria-checked')).toBe('true'));
    expect(background.ofType('set-site-access')).toEqual([
      { type: 'set-site-access', url: 'https://crm.example.com/contacts/1', enabled: true },
    ]);
  });

  it('does not enable when the permission is declined', async () => {
    await withActiveTab('https://crm.example.com/');
    answerPermissionPrompt(false);
    start(signedIn(), {
      'get-site-access': () => ({
        origin: 'https://crm.example.com',
        granted: false,
        allSites: false,
        disabled: false,
      }),
    });
    fireEvent.click(await screen.findByRole('switch'));
    await waitFor(() => expect(screen.getByRole('switch').hasAttribute('disabled')).toBe(false));
    expect(background.ofType('set-site-access')).toEqual([]);
  });
});

describe('footer', () => {
  it('opens the settings', async () => {
    start(signedIn());
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    await waitFor(() => expect(background.ofType('open-options')).toHaveLength(1));
  });
});
