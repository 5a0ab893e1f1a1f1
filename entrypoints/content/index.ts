import { defineContentScript } from 'wxt/utils/define-content-script';
import { browserContentEnvironment, readContentSettings } from '@/lib/content/browser-environment';
import { startContentController } from '@/lib/content/controller';

/**
 * Finds phone numbers on the pages the user enabled. Registered at run time by the background
 * (`lib/background/site-access.ts`) for those sites, in all frames, at document_idle.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  async main(ctx) {
    const settings = await readContentSettings();
    if (ctx.isInvalid) return;
    startContentController(browserContentEnvironment(document, ctx, settings));
  },
});
