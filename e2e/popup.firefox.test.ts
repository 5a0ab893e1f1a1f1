import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '@/sandbox/server';
import { type FirefoxWithExtension, launchFirefox } from './support/firefox';
import { ARTIFACTS_DIR, FIREFOX_EXTENSION_DIR } from './support/paths';
import { dialRequests, startE2ESandbox, waitFor } from './support/sandbox';

const shots = join(ARTIFACTS_DIR, 'firefox-popup');

async function waitForText(page: Page, text: string, timeout = 15_000) {
  await page.waitForFunction((t) => document.body.innerText.includes(t), { timeout }, text);
}

describe('popup in Firefox against the Home sandbox', () => {
  let sandbox: Sandbox;
  let firefox: FirefoxWithExtension;
  let popup: Page;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    sandbox = await startE2ESandbox();
    firefox = await launchFirefox(FIREFOX_EXTENSION_DIR);
  });

  afterAll(async () => {
    await firefox?.close();
    await sandbox?.close();
  });

  it('signs in on Home and shows the user in the popup', async () => {
    const home = await firefox.browser.newPage();
    await home.goto(`${sandbox.url}/login`);
    await home.type('input[name="username"]', 'anna');
    await home.type('input[name="password"]', 'demo');
    await Promise.all([home.waitForNavigation(), home.click('button[type="submit"]')]);
    expect(await home.evaluate(() => document.body.innerText)).toContain('Anna Andersson');

    popup = await firefox.openExtensionPage('popup.html');
    await popup.setViewport({ width: 380, height: 600 });
    await waitForText(popup, 'Anna Andersson');
    await popup.screenshot({ path: join(shots, '1-signed-in.png') });
    const me = sandbox
      .requests()
      .filter((r) => r.path === '/extensions/me')
      .at(-1);
    expect(me).toMatchObject({ status: 200, auth: 'session', sessionCookie: true, user: 'anna' });
  });

  it('dials from the popup with the session cookie', async () => {
    sandbox.clearRequests();
    await popup.waitForSelector('input[type="tel"]');
    await popup.type('input[type="tel"]', '08-618 24 90');
    await popup.keyboard.press('Enter');
    await waitForText(popup, 'Calling your phone');
    await popup.screenshot({ path: join(shots, '2-calling.png') });
    await waitFor(() => dialRequests(sandbox).length > 0, 5_000, 'dial');
    const dials = dialRequests(sandbox);
    expect(dials).toHaveLength(1);
    expect(dials[0]).toMatchObject({
      path: '/dial/004686182490',
      auth: 'session',
      sessionCookie: true,
      status: 200,
    });
  });
});
