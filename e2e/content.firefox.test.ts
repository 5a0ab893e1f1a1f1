import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '@/sandbox/server';
import { type FirefoxWithExtension, findPage, launchFirefox } from './support/firefox';
import {
  compareWithMarkers,
  countHighlightedRanges,
  describeElements,
  readHighlightReport,
} from './support/highlights';
import { ARTIFACTS_DIR, FIREFOX_EXTENSION_DIR } from './support/paths';
import { decodePng, findColour } from './support/png';
import { retryLaunch } from './support/retry';
import { dialRequests, settledDials, startE2ESandbox } from './support/sandbox';
import { waitForAsync } from './support/wait';

const shots = join(ARTIFACTS_DIR, 'firefox-content');
/** The card's Call button colour (`button.call` in lib/content/card-content.ts). */
const CALL_BUTTON_RGB = [10, 102, 194] as const;

function cardHostTag(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const last = document.documentElement.lastElementChild;
    return last?.localName.startsWith('telavox-card-') ? last.localName : null;
  });
}

describe('in-page click-to-call in Firefox on the sandbox demo page', () => {
  let sandbox: Sandbox;
  let firefox: FirefoxWithExtension;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    sandbox = await startE2ESandbox();
    firefox = await retryLaunch(() => launchFirefox(FIREFOX_EXTENSION_DIR));

    const home = await firefox.browser.newPage();
    await home.goto(`${sandbox.url}/login`);
    await home.type('input[name="username"]', 'anna');
    await home.type('input[name="password"]', 'demo');
    await Promise.all([home.waitForNavigation(), home.click('button[type="submit"]')]);
    // The background learns about a Home sign-in when the user next opens the popup (lib/service/session.ts).
    const popup = await firefox.openExtensionPage('popup.html');
    await popup.waitForFunction(() => document.body.innerText.includes('Anna Andersson'), {
      timeout: 15_000,
    });

    page = await firefox.browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(`${sandbox.url}/demo`, { waitUntil: 'load' });
    await page.waitForFunction(countHighlightedRanges, { timeout: 20_000, polling: 100 });
    // Wait until the count stops changing: the body, then the shadow root, are scanned in chunks.
    let last = -1;
    await waitForAsync(
      async () => {
        const count = await page.evaluate(countHighlightedRanges);
        const settled = count === last;
        last = count;
        if (!settled) await new Promise((resolve) => setTimeout(resolve, 500));
        return settled;
      },
      'the highlights to settle',
      20_000,
    );
  });

  afterAll(async () => {
    await firefox?.close();
    await sandbox?.close();
  });

  it('highlights the numbers and no look-alike or ignored text (CSS.highlights read from the page)', async () => {
    const report = await page.evaluate(readHighlightReport, 'contact-card');
    const result = compareWithMarkers(report, { inShadow: false });
    await page.screenshot({ path: join(shots, '1-highlights.png') });
    expect(result.phones.length).toBeGreaterThan(50);
    expect(result.missed, `numbers not highlighted:\n${describeElements(result.missed)}`).toEqual([]);
    expect(result.falseHits, `highlighted by mistake:\n${describeElements(result.falseHits)}`).toEqual([]);
    const shadow = compareWithMarkers(report, { inShadow: true });
    expect(shadow.found.map((m) => m.e164)).toEqual(['+46701740655']);
  });

  it('hover → card → Call → confirmation → Call dials exactly once with the session cookie', async () => {
    const number = await page.$('article.card [data-e164="+46701740623"]');
    const box = await number?.boundingBox();
    if (!box) throw new Error("Sara's number is not rendered");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await waitForAsync(async () => (await cardHostTag(page)) !== null, 'the hover card');

    // The card is in a closed shadow root: find its blue Call button in a picture of the area below the
    // number, where the card opens (lib/content/card-view.ts `cardPosition`).
    const clip = { x: Math.max(0, box.x - 20), y: box.y + box.height, width: 360, height: 260 };
    let call: { x: number; y: number } | null = null;
    await waitForAsync(async () => {
      // Wait for the lookup to finish: the card grows by the colleague lines, which moves the button.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const found = findColour(decodePng(await page.screenshot({ clip })), CALL_BUTTON_RGB, {
        minPixels: 300,
      });
      const next = found && {
        x: clip.x + (found.left + found.right) / 2,
        y: clip.y + (found.top + found.bottom) / 2,
      };
      const stable = next !== null && call !== null && next.x === call.x && next.y === call.y;
      call = next;
      return stable;
    }, 'the Call button in the card');
    await page.screenshot({ path: join(shots, '2-hover-card.png') });
    const target = call as { x: number; y: number } | null;
    if (!target) throw new Error('No Call button found');
    const hitsHost = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.localName.startsWith('telavox-card-') === true,
      target,
    );
    expect(hitsHost).toBe(true);

    sandbox.clearRequests();
    await page.mouse.click(target.x, target.y);
    const confirm = await findPage(firefox.browser, (href) => href.includes('/confirm.html#'), 15_000);
    await confirm.waitForFunction(() => document.body.innerText.includes('070-174 06 23'), {
      timeout: 15_000,
    });
    await confirm.screenshot({ path: join(shots, '3-confirmation.png') });
    expect(dialRequests(sandbox)).toEqual([]);
    const buttons = await confirm.$$('button');
    const texts = await Promise.all(
      buttons.map((button) => button.evaluate((element) => element.textContent)),
    );
    const confirmCall = buttons[texts.indexOf('Call')];
    if (!confirmCall) throw new Error(`No Call button in the confirmation window: ${JSON.stringify(texts)}`);
    // The button arms itself a moment after the window opens (input protection): wait for it, as a person would.
    await confirmCall.evaluate(
      (button) =>
        new Promise<void>((resolve) => {
          const check = () => ((button as HTMLButtonElement).disabled ? setTimeout(check, 50) : resolve());
          check();
        }),
    );
    await confirmCall.click();
    const dials = await settledDials(sandbox);
    expect(dials).toHaveLength(1);
    expect(dials[0]).toMatchObject({
      method: 'GET',
      path: '/dial/0046701740623',
      auth: 'session',
      sessionCookie: true,
      user: 'anna',
      status: 200,
    });
  });
});
