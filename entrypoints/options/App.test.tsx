import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLanguage } from '@/lib/i18n';
import type { AuthState, Settings } from '@/lib/model';
import { defaultSettings } from '@/lib/model';
import {
  extensionFixture,
  type FakeBackground,
  type FakeHandlers,
  installFakeBackground,
} from '@/lib/ui/testing/fake-background';
import { countryOptions, OptionsApp } from './App';

let background: FakeBackground;
let settings: Settings;

function start(hasToken: boolean, more: FakeHandlers = {}) {
  settings = { ...defaultSettings, disabledOrigins: ['https://crm.example.com'] };
  background = installFakeBackground({
    'get-status': () => ({ auth: { status: 'signed-out', checkedAt: 1 }, hasToken, rateLimitedUntil: 0 }),
    'get-settings': () => settings,
    'update-settings': ({ patch }) => {
      settings = { ...settings, ...patch };
      return settings;
    },
    ...more,
  });
  return render(<OptionsApp />);
}

const statusWith = (auth: AuthState, hasToken: boolean) => ({ auth, hasToken, rateLimitedUntil: 0 });

beforeEach(() => {
  fakeBrowser.reset();
  setLanguage('en');
  // The fake browser has no `permissions`; the page asks whether all-sites detection is on.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
});
afterEach(cleanup);

describe('token', () => {
  it('is masked until Show is pressed', async () => {
    start(false);
    const field = (await screen.findByLabelText('API token')) as HTMLInputElement;
    expect(field.type).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(field.type).toBe('text');
    expect(screen.getByRole('button', { name: 'Hide' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('tests and saves a token, shows who signed in and clears the field', async () => {
    start(false, {
      'save-token': () =>
        statusWith(
          {
            status: 'signed-in',
            mode: 'token',
            me: extensionFixture({ name: 'Anna Andersson', extension: '0812345600' }),
            checkedAt: 1,
          },
          true,
        ),
    });
    expect(await screen.findByText('Currently using: your Telavox web sign-in')).toBeTruthy();
    const field = (await screen.findByLabelText('API token')) as HTMLInputElement;
    fireEvent.input(field, { target: { value: '  eyJ.token.value  ' } });
    fireEvent.click(screen.getByLabelText('Remember on this device'));
    fireEvent.click(screen.getByRole('button', { name: 'Test and save' }));
    expect(await screen.findByText('Signed in as Anna Andersson (0812345600)')).toBeTruthy();
    expect(background.ofType('save-token')).toEqual([
      { type: 'save-token', token: 'eyJ.token.value', remember: true },
    ]);
    expect(field.value).toBe('');
    expect(screen.getByText('Currently using: your API token')).toBeTruthy();
  });

  it('keeps the field and explains a refused token', async () => {
    start(false, { 'save-token': () => statusWith({ status: 'token-invalid', checkedAt: 1 }, true) });
    const field = (await screen.findByLabelText('API token')) as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'wrong' } });
    fireEvent.submit(field.closest('form')!);
    expect(await screen.findByText(/Telavox refused this token/)).toBeTruthy();
    expect(field.value).toBe('wrong');
    expect(background.ofType('save-token')[0]?.remember).toBe(false);
  });

  it('explains a failure to reach Telavox while testing', async () => {
    start(false, {
      'save-token': () =>
        statusWith({ status: 'unavailable', failure: { kind: 'offline' }, checkedAt: 1 }, true),
    });
    fireEvent.input(await screen.findByLabelText('API token'), { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test and save' }));
    expect(await screen.findByText("Can't reach Telavox. Check your connection.")).toBeTruthy();
  });

  it('removes a saved token', async () => {
    start(true, { 'remove-token': () => statusWith({ status: 'signed-out', checkedAt: 1 }, false) });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove' }));
    expect(await screen.findByText(/The token was removed/)).toBeTruthy();
    expect(background.ofType('remove-token')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Remove' })).toBeNull();
  });

  it('offers no Remove button without a token', async () => {
    start(false);
    await screen.findByText('Currently using: your Telavox web sign-in');
    expect(screen.queryByRole('button', { name: 'Remove' })).toBeNull();
  });
});

describe('settings', () => {
  it('changes auto-answer, country and tel: links through the background', async () => {
    start(false);
    const autoAnswer = (await screen.findByLabelText('Answer automatically on my phone')) as HTMLInputElement;
    expect(autoAnswer.checked).toBe(false);
    fireEvent.click(autoAnswer);
    await waitFor(() => expect(autoAnswer.checked).toBe(true));

    const country = screen.getByLabelText(
      'Default country for numbers without a country code',
    ) as HTMLSelectElement;
    expect(country.value).toBe('SE');
    fireEvent.change(country, { target: { value: 'NO' } });
    await waitFor(() => expect(settings.defaultCountry).toBe('NO'));

    fireEvent.click(screen.getByLabelText('Open tel: links with Telavox'));
    await waitFor(() => expect(settings.openTelLinks).toBe(true));
    // Each change keeps the earlier ones, also the list the popup manages.
    expect(settings).toEqual({
      autoAnswer: true,
      defaultCountry: 'NO',
      openTelLinks: true,
      disabledOrigins: ['https://crm.example.com'],
      ignoredNumbers: {},
    });
    expect(background.ofType('update-settings')).toHaveLength(3);
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });

  it('has a privacy note', async () => {
    start(false);
    expect(await screen.findByText(/Nothing is sent anywhere else/)).toBeTruthy();
  });
});

describe('countryOptions', () => {
  it('names countries and keeps an unlisted stored one', () => {
    const options = countryOptions('BR');
    expect(options[0]).toEqual({ code: 'SE', name: 'Sweden' });
    expect(options.at(-1)?.code).toBe('BR');
    expect(countryOptions('SE').filter((option) => option.code === 'SE')).toHaveLength(1);
  });
});

describe('detection on all sites', () => {
  function fakeAllSitesPermission(initially: boolean, grant: boolean) {
    let held = initially;
    // WXT's fake browser does not implement `permissions`: spy on the three calls the page makes.
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async () => {
      held = grant;
      return grant;
    });
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async () => {
      held = false;
      return true;
    });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => held);
    return { request, remove };
  }

  it('asks the browser for every site from the click and shows the result', async () => {
    const { request } = fakeAllSitesPermission(false, true);
    start(false);
    const box = await screen.findByRole('checkbox', { name: 'Find phone numbers on all sites' });
    expect((box as HTMLInputElement).checked).toBe(false);
    fireEvent.click(box);
    expect(request).toHaveBeenCalledExactlyOnceWith({ origins: ['<all_urls>'] });
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
  });

  it('says so when the browser declines, and gives access back when switched off', async () => {
    fakeAllSitesPermission(false, false);
    start(false);
    const box = await screen.findByRole('checkbox', { name: 'Find phone numbers on all sites' });
    fireEvent.click(box);
    expect(await screen.findByText('Access to all sites was not granted.')).toBeTruthy();
    expect((box as HTMLInputElement).checked).toBe(false);
    cleanup();
    const { remove } = fakeAllSitesPermission(true, true);
    start(false);
    const on = await screen.findByRole('checkbox', { name: 'Find phone numbers on all sites' });
    await waitFor(() => expect((on as HTMLInputElement).checked).toBe(true));
    fireEvent.click(on);
    await waitFor(() => expect((on as HTMLInputElement).checked).toBe(false));
    expect(remove).toHaveBeenCalledExactlyOnceWith({ origins: ['<all_urls>'] });
  });
});
