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
  const optionsTarget = await browser.waitForTarget((t) => t.url().startsWith('moz-extension://'), {
    timeout: 30_000,
  });
  const extensionOrigin = new URL(optionsTarget.url()).origin;
  const launcher = (await optionsTarget.page())!;

  return {
    browser,
    extensionId,
    extensionOrigin,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // Navigate the new tab from an extension page of the same origin: allowed, unlike a direct goto.
      const url = `${extensionOrigin}/${path}`;
      await launcher.evaluate((target) => {
        window.open(target, '_blank');
      }, url);
      await page.close();
      const target = await browser.waitForTarget((t) => t.url() === url, { timeout: 15_000 });
      return (await target.page())!;
    },
    async close() {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
