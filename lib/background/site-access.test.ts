import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '@/lib/service/settings';
import { createSiteAccess, DETECTION_SCRIPT_ID, NEVER_SCAN, originOf } from './site-access';

// WXT's fake browser implements neither `permissions` nor `scripting`: give it just enough state.
function fakePermissions(initial: string[]) {
  const origins = new Set(initial);
  const registered: unknown[] = [];
  const covers = (pattern: string) => origins.has('<all_urls>') || origins.has(pattern);
  Object.assign(fakeBrowser.permissions, {
    getAll: vi.fn(async () => ({ origins: [...origins], permissions: [] })),
    contains: vi.fn(async ({ origins: asked = [] }: { origins?: string[] }) => asked.every(covers)),
    remove: vi.fn(async ({ origins: removed = [] }: { origins?: string[] }) => {
      for (const o of removed) origins.delete(o);
      return true;
    }),
  });
  const scripting = {
    getRegisteredContentScripts: vi.fn(async () => [...registered]),
    unregisterContentScripts: vi.fn(async () => {
      registered.length = 0;
    }),
    registerContentScripts: vi.fn(async (scripts: unknown[]) => {
      registered.push(...scripts);
    }),
  };
  Object.assign(fakeBrowser, { scripting });
  return { origins, registered, scripting };
}

beforeEach(() => fakeBrowser.reset());

describe('site access', () => {
  it('registers detection nowhere but where host access is held', async () => {
    const fake = fakePermissions(['https://api.telavox.se/*']);
    const access = createSiteAccess({ isFirefox: false });
    expect(await access.syncDetection()).toEqual(['https://api.telavox.se/*']);
    fake.origins.add('https://crm.example.se/*');
    expect(await access.syncDetection()).toEqual(['https://api.telavox.se/*', 'https://crm.example.se/*']);
    expect(fake.registered).toEqual([
      expect.objectContaining({
        id: DETECTION_SCRIPT_ID,
        js: ['content-scripts/content.js'],
        allFrames: true,
        matchOriginAsFallback: true,
        excludeMatches: NEVER_SCAN,
      }),
    ]);
  });

  it('collapses to <all_urls> and excludes the sites the user switched off', async () => {
    const fake = fakePermissions(['https://api.telavox.se/*', '<all_urls>']);
    const access = createSiteAccess({ isFirefox: true });
    const state = await access.setSiteAccess('https://news.example.com/a?b', false);
    expect(state).toEqual({
      origin: 'https://news.example.com',
      granted: true,
      allSites: true,
      disabled: true,
    });
    const [script] = fake.registered as { matches: string[]; excludeMatches: string[] }[];
    expect(script?.matches).toEqual(['<all_urls>']);
    expect(script?.excludeMatches).toContain('https://news.example.com/*');
    // Firefox has no matchOriginAsFallback.
    expect(script).not.toHaveProperty('matchOriginAsFallback');
    const again = await access.setSiteAccess('https://news.example.com/', true);
    expect(again.disabled).toBe(false);
  });

  it('turning one granted site off gives its permission back', async () => {
    const fake = fakePermissions(['https://crm.example.se/*']);
    const access = createSiteAccess({ isFirefox: false });
    await access.syncDetection();
    const state = await access.setSiteAccess('https://crm.example.se/deals', false);
    expect(state.granted).toBe(false);
    expect(fake.origins.has('https://crm.example.se/*')).toBe(false);
    expect(fake.registered).toEqual([]);
  });

  it('has nothing to say about pages detection can never run on', async () => {
    fakePermissions(['<all_urls>']);
    const access = createSiteAccess({ isFirefox: false });
    for (const url of ['chrome://settings', 'about:blank', 'file:///etc/passwd', 'not a url']) {
      expect(await access.getSiteAccess(url)).toEqual({
        origin: null,
        granted: false,
        allSites: false,
        disabled: false,
      });
    }
    expect(originOf('https://example.se:8443/x')).toBe('https://example.se:8443');
  });

  it('keeps a disabled site excluded across syncs', async () => {
    const fake = fakePermissions(['<all_urls>']);
    await updateSettings({ disabledOrigins: ['https://bank.example.se'] });
    await createSiteAccess({ isFirefox: false }).syncDetection();
    const [script] = fake.registered as { excludeMatches: string[] }[];
    expect(script?.excludeMatches).toEqual([...NEVER_SCAN, 'https://bank.example.se/*']);
  });
});
