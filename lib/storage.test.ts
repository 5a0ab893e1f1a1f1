import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupService } from '@/lib/service/testing/fake-backend';
import { authStateItem, readValid, settingsItem, storageSchemas } from './storage';

beforeEach(() => fakeBrowser.reset());

describe('storage', () => {
  it('falls back when a stored value is malformed', async () => {
    await fakeBrowser.storage.local.set({ settings: { autoAnswer: 'yes', defaultCountry: 'Sweden' } });
    expect(await readValid(settingsItem, storageSchemas.settings)).toEqual({
      autoAnswer: false,
      defaultCountry: 'SE',
      disabledOrigins: [],
      openTelLinks: false,
      ignoredNumbers: {},
    });
    await fakeBrowser.storage.session.set({ authState: { status: 'signed-in', me: { name: 1 } } });
    expect(await readValid(authStateItem, storageSchemas.authState)).toEqual({ status: 'unknown' });
  });

  it('keeps Telavox data in session storage and never writes sync', async () => {
    const t = setupService();
    await t.service.status('if-stale');
    await t.service.directory('if-stale');
    await t.service.saveToken('not-remembered', false);
    expect(Object.keys(await fakeBrowser.storage.session.get())).toEqual(
      expect.arrayContaining(['authState', 'apiToken']),
    );
    expect((await fakeBrowser.storage.local.get('apiToken')).apiToken ?? null).toBeNull();
    await t.service.saveToken('remembered', true);
    expect(await fakeBrowser.storage.local.get('apiToken')).toEqual({ apiToken: 'remembered' });
    expect((await fakeBrowser.storage.session.get('apiToken')).apiToken ?? null).toBeNull();
    // Identity, directory and history never reach local storage.
    const local = await fakeBrowser.storage.local.get();
    expect(local).not.toHaveProperty('authState');
    expect(local).not.toHaveProperty('directory');
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });
});
