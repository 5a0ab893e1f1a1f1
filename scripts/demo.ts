/**
 * `npm run demo`: the product against the bundled Home sandbox, no Telavox account needed.
 * Builds the extension for the sandbox, starts the sandbox, and opens Chromium with the extension and
 * the demo page. Without a display it runs headless, walks through sign-in, and writes screenshots.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildExtension } from '../e2e/support/build-extension';
import { CHROMIUM_PATH, launchChromium } from '../e2e/support/chromium';
import { createSandbox } from '../sandbox/server';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.SANDBOX_PORT ?? 18181);
const sandboxUrl = `http://127.0.0.1:${port}`;
const outDir = resolve(root, '.output/demo');
const headless = !process.env.DISPLAY || process.env.DEMO_HEADLESS === '1';

if (!existsSync(CHROMIUM_PATH)) {
  console.error(
    `Chromium was not found at ${CHROMIUM_PATH}. Install it (Debian/Ubuntu: sudo apt-get install chromium) ` +
      'or point CHROMIUM_PATH at Chromium or Chrome for Testing; branded Google Chrome ignores --load-extension.',
  );
  process.exit(1);
}

console.log(`Building the extension for the sandbox at ${sandboxUrl} …`);
buildExtension({ browser: 'chrome', sandboxUrl, outDir });
const sandbox = await createSandbox({ port });
console.log(`Telavox Home sandbox: ${sandbox.url}  (sign in as anna / demo)`);
const chromium = await launchChromium(resolve(outDir, 'chrome-mv3'), { headless });

if (!headless) {
  const page = await chromium.context.newPage();
  await page.goto(`${sandbox.url}/demo`);
  await chromium.openExtensionPage('popup.html');
  console.log('Chromium is open with the extension, its popup in a tab, and the demo page. Ctrl-C to stop.');
  const stop = async () => {
    await chromium.close();
    await sandbox.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  const shots = resolve(root, 'test-results/demo');
  mkdirSync(shots, { recursive: true });
  const saved: string[] = [];
  const shot = async (
    page: { screenshot(o: { path: string; fullPage?: boolean }): Promise<unknown> },
    name: string,
  ) => {
    const path = join(shots, `${name}.png`);
    await page.screenshot({ path });
    saved.push(path);
  };
  try {
    const popup = await chromium.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.getByRole('button', { name: 'Sign in to Telavox' }).waitFor();
    await shot(popup, '1-popup-signed-out');

    const home = await chromium.context.newPage();
    await home.goto(`${sandbox.url}/login`);
    await home.locator('input[name="username"]').fill('anna');
    await home.locator('input[name="password"]').fill('demo');
    await Promise.all([home.waitForURL(`${sandbox.url}/`), home.locator('button[type="submit"]').click()]);
    await popup.reload();
    await popup.getByText('Anna Andersson').first().waitFor();
    await popup.waitForTimeout(1000);
    await shot(popup, '2-popup-signed-in');

    const demo = await chromium.context.newPage();
    await demo.goto(`${sandbox.url}/demo`);
    await demo.waitForTimeout(2000);
    await shot(demo, '3-demo-page');
    const sara = await demo.locator('[data-e164="+46701740623"]').first().boundingBox();
    if (sara) {
      await demo.mouse.move(sara.x + sara.width / 2, sara.y + sara.height / 2);
      await demo.waitForTimeout(1200);
      await shot(demo, '4-hover-card');
    }
    console.log('Screenshots (no display found, so Chromium ran headless):');
    for (const path of saved) console.log(`  ${path}`);
  } finally {
    await chromium.close();
    await sandbox.close();
  }
}
