import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildManifest } from './lib/manifest';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // WXT defaults Firefox to MV2; this extension is MV3 everywhere.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => buildManifest(browser, process.env),
});
