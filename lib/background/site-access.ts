import { browser } from 'wxt/browser';
import type { SiteAccess } from '@/lib/messaging/protocol';
import { getSettings, updateSettings } from '@/lib/service/settings';

export const DETECTION_SCRIPT_ID = 'telavox-number-detection';
const ALL_URLS = '<all_urls>';

/** Telavox's own web apps already do telephony; detection never runs there (number-detection.md §1). */
export const NEVER_SCAN = ['https://home.telavox.se/*', 'https://app.joinflow.com/*'];

export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** `https://example.se` → `https://example.se/*` (match patterns carry no port). */
export function originToPattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

export interface SiteAccessOptions {
  isFirefox: boolean;
}

/**
 * Detection runs exactly where the extension holds host access, minus the sites the user switched off.
 * It is registered at run time (not in the manifest) so the extension installs with access to Telavox
 * only, and it is re-synced whenever the browser's permissions change, including from the browser's own
 * site-access settings.
 */
export function createSiteAccess(options: SiteAccessOptions) {
  /**
   * Every origin the extension holds. That includes the Telavox API host, which serves only JSON, so
   * scanning there costs nothing; it also lets a sandbox build detect numbers on the sandbox's own pages.
   */
  async function grantedPatterns(): Promise<string[]> {
    const { origins = [] } = await browser.permissions.getAll();
    return origins;
  }

  async function syncDetection(): Promise<string[]> {
    const granted = await grantedPatterns();
    const matches = granted.includes(ALL_URLS) ? [ALL_URLS] : granted.filter((p) => /^https?:\/\//.test(p));
    const settings = await getSettings();
    const excludeMatches = [...NEVER_SCAN, ...settings.disabledOrigins.map(originToPattern)];
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [DETECTION_SCRIPT_ID] });
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [DETECTION_SCRIPT_ID] });
    if (matches.length === 0) return [];
    await browser.scripting.registerContentScripts([
      {
        id: DETECTION_SCRIPT_ID,
        matches,
        excludeMatches,
        js: ['content-scripts/content.js'],
        runAt: 'document_idle',
        allFrames: true,
        persistAcrossSessions: true,
        // about:blank and srcdoc frames (number-detection.md §1); Chrome-only option.
        ...(options.isFirefox ? {} : { matchOriginAsFallback: true }),
      } as Parameters<typeof browser.scripting.registerContentScripts>[0][number],
    ]);
    return matches;
  }

  async function getSiteAccess(url: string): Promise<SiteAccess> {
    const origin = originOf(url);
    if (!origin) return { origin: null, granted: false, allSites: false, disabled: false };
    const [allSites, granted, settings] = await Promise.all([
      browser.permissions.contains({ origins: [ALL_URLS] }),
      browser.permissions.contains({ origins: [originToPattern(origin)] }),
      getSettings(),
    ]);
    return {
      origin,
      granted: granted || allSites,
      allSites,
      disabled: settings.disabledOrigins.includes(origin),
    };
  }

  /**
   * Turns detection on or off for one site. Granting needs a user gesture, so the popup asks for the
   * permission itself before it sends this; here we only record the choice and re-register.
   */
  async function setSiteAccess(url: string, enabled: boolean): Promise<SiteAccess> {
    const origin = originOf(url);
    if (!origin) return getSiteAccess(url);
    const { disabledOrigins } = await getSettings();
    const others = disabledOrigins.filter((o) => o !== origin);
    if (enabled) {
      await updateSettings({ disabledOrigins: others });
    } else if (await browser.permissions.contains({ origins: [ALL_URLS] })) {
      await updateSettings({ disabledOrigins: [...others, origin] });
    } else {
      await browser.permissions.remove({ origins: [originToPattern(origin)] });
    }
    await syncDetection();
    return getSiteAccess(url);
  }

  return { syncDetection, getSiteAccess, setSiteAccess };
}

export type SiteAccessService = ReturnType<typeof createSiteAccess>;
