import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The sandbox port the e2e extension builds are configured for (the demo uses 18181). */
export const E2E_SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 18182);
export const E2E_SANDBOX_URL = `http://127.0.0.1:${E2E_SANDBOX_PORT}`;
export const E2E_OUT_DIR = resolve(ROOT, '.output/e2e');
export const CHROMIUM_EXTENSION_DIR = resolve(E2E_OUT_DIR, 'chrome-mv3');
export const FIREFOX_EXTENSION_DIR = resolve(E2E_OUT_DIR, 'firefox-mv3');
export const ARTIFACTS_DIR = resolve(ROOT, 'test-results/e2e');
