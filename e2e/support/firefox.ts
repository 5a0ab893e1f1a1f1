import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  /** The extension's origin, `moz-extension://<uuid>`. */
  extensionOrigin: string;
  /** A tab showing an extension page (see `openExtensionPage`). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Firefox ESR driven over WebDriver BiDi (no geckodriver needed). Firefox refuses `goto` to a
 * `moz-extension://` URL from automation, so we start from the page the extension opens itself on
 * install (its options page) and navigate *within* the extension origin from there.
 */
export async function launchFirefox(extensionDir: string): Promise<FirefoxWithExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'telavox-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      // No network traffic of Firefox's own: this machine reaches only loopback.
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.update.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.newtabpage.enabled': false,
    },
  });
  const extensionId = await browser.installExtension(extensionDir);
  // The extension opens its options page on install. Puppeteer's `page.url()` stays "about:blank" for
  // extension pages over BiDi, so ask each page where it is.
  const launcher = await findPage(browser, (href) => href.startsWith('moz-extension://'), 30_000);
  const extensionOrigin = await launcher.evaluate(() => location.origin);

  return {
    browser,
    extensionId,
    extensionOrigin,
    async openExtensionPage(path) {
      // The extension page asks the browser for a new tab of its own: allowed, unlike a goto from
      // automation, and Puppeteer can then reach the new page.
      const url = `${extensionOrigin}/${path}`;
      await launcher.evaluate(async (target) => {
        await (
          globalThis as unknown as { browser: { tabs: { create(o: { url: string }): Promise<unknown> } } }
        ).browser.tabs.create({ url: target });
      }, url);
      return findPage(browser, (href) => href === url, 15_000);
    },
    async close() {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function findPage(
  browser: Browser,
  matches: (href: string) => boolean,
  timeoutMs: number,
): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (matches(href)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('No matching page appeared');
}
