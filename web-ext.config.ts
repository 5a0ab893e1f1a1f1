import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode opens a browser. On a machine without a display, or running as root, Chromium needs
// these flags to start at all.
export default defineWebExtConfig({
  chromiumArgs: process.env.DISPLAY ? [] : ['--headless=new', '--no-sandbox'],
});
