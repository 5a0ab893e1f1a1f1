import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '@/sandbox/server';
import { type ChromiumWithExtension, launchChromium } from './support/chromium';
import { ARTIFACTS_DIR, CHROMIUM_EXTENSION_DIR } from './support/paths';
import { dialRequests, startE2ESandbox, waitFor, waitForQuiet } from './support/sandbox';

const shots = join(ARTIFACTS_DIR, 'chromium-popup');

describe('popup in Chromium against the Home sandbox', () => {
  let sandbox: Sandbox;
  let browser: ChromiumWithExtension;
  let popup: Page;

  const screenshot = (name: string) => popup.screenshot({ path: join(shots, `${name}.png`) });

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    sandbox = await startE2ESandbox();
    browser = await launchChromium(CHROMIUM_EXTENSION_DIR);
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('shows "signed out" with a sign-in action when there is no Telavox session', async () => {
    // The options page opens by itself on install and asks for the status too: start from a quiet state.
    await waitFor(() => sandbox.requests().length > 0, 15_000, "the options page's status check");
    const options = browser.context.pages().find((p) => p.url().includes('/options.html'));
    await options?.close();
    await new Promise((r) => setTimeout(r, 500));
    sandbox.clearRequests();
    popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 380, height: 600 });
    await expect(
      popup.getByRole('button', { name: 'Sign in to Telavox' }).waitFor(),
    ).resolves.toBeUndefined();
    await screenshot('1-signed-out');
    // One probe, answered 401, and nothing after it.
    await popup.waitForTimeout(1500);
    const probes = sandbox.requests();
    expect(probes.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /extensions/me 401']);
    expect(probes[0]).toMatchObject({ path: '/extensions/me', status: 401, auth: 'none' });
  });

  it('signs in on the Home login page opened from the popup', async () => {
    const [home] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Sign in to Telavox' }).click(),
    ]);
    await home.waitForURL(/\/login/);
    await home.locator('input[name="username"]').fill('anna');
    await home.locator('input[name="password"]').fill('demo');
    await Promise.all([home.waitForURL(`${sandbox.url}/`), home.locator('button[type="submit"]').click()]);
    await home.close();

    await popup.reload();
    await expect(popup.getByText('Anna Andersson').first().waitFor()).resolves.toBeUndefined();
    await popup.getByText('0812345600').first().waitFor();
    await screenshot('2-signed-in');
    const me = sandbox
      .requests()
      .filter((r) => r.path === '/extensions/me')
      .at(-1);
    expect(me).toMatchObject({ status: 200, auth: 'session', sessionCookie: true, user: 'anna' });
  });

  it('dials once from the dialer, with the session cookie and digits only', async () => {
    sandbox.clearRequests();
    const input = popup.getByRole('textbox', { name: /number/i });
    await input.fill('070-174 06 41');
    await popup.getByText('070-174 06 41').nth(0).waitFor();
    await input.press('Enter');
    await popup.getByText(/Calling your phone/).waitFor();
    await screenshot('3-calling');
    await popup.waitForTimeout(500);
    const dials = dialRequests(sandbox);
    expect(dials).toHaveLength(1);
    expect(dials[0]).toMatchObject({
      method: 'GET',
      path: '/dial/0046701740641',
      query: { autoanswer: 'false' },
      auth: 'session',
      sessionCookie: true,
      status: 200,
    });
  });

  it('shows the ongoing call and hangs it up', async () => {
    const hangUp = popup.getByRole('button', { name: 'Hang up' });
    await hangUp.waitFor({ timeout: 15_000 });
    await screenshot('4-on-call');
    await hangUp.click();
    await waitFor(() => sandbox.requests().some((r) => r.path === '/hangup'), 10_000, 'hangup');
    const hangups = sandbox.requests().filter((r) => r.path === '/hangup');
    expect(hangups).toHaveLength(1);
    expect(hangups[0]).toMatchObject({ method: 'POST', status: 200, sessionCookie: true });
    await hangUp.waitFor({ state: 'detached', timeout: 10_000 });
    const anna = sandbox.state.directory.find((entry) => entry.extension === '0812345600');
    expect(anna?.calls).toEqual([]);
  });

  it('says signed out after a forced logout, after exactly one request', async () => {
    // The popup re-reads the call state 2 s after a dial and right after a hang-up; let those land first,
    // so only what follows the logout is counted.
    await waitForQuiet(sandbox, 2_500);
    sandbox.forceLogout();
    sandbox.clearRequests();
    await popup.reload();
    await popup.getByRole('button', { name: 'Sign in to Telavox' }).waitFor();
    await screenshot('5-signed-out-again');
    await popup.waitForTimeout(2000);
    const after = sandbox.requests().map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(after).toEqual(['GET /extensions/me 401']);
  });
});
