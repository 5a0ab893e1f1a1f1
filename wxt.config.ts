import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { buildManifest, restrictHostPermissions } from './lib/manifest';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // WXT defaults Firefox to MV2; this extension is MV3 everywhere.
  manifestVersion: 3,
  // End-to-end tests build a sandbox-configured copy beside the real one.
  outDir: process.env.TELAVOX_OUT_DIR || '.output',
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => buildManifest(browser, process.env),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => restrictHostPermissions(manifest, process.env),
  },
});
