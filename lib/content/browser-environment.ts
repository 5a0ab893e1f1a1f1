import { browser } from 'wxt/browser';
import { type CountryCode, findPhoneNumbers } from '@/lib/phone';
import { formatPhoneNumber } from '@/lib/phone/format';
import { parsePhoneHref } from '@/lib/phone/tel-uri';
import { browserChunkClock } from './chunked-work';
import type { ContentEnvironment } from './controller';
import { browserHighlightEnvironment } from './highlighter';
import { browserCaretAdapter } from './hit-test';
import { ignoreNumber, lookupNumber, requestCall } from './messages';
import { type ContentSettings, parseContentSettings, SETTINGS_KEY } from './settings';
import { browserVisibilityProbe } from './tamper';

/**
 * The real browser and extension behind `ContentEnvironment`. The content script talks to the background
 * with two requests only (`lookup-number`, `request-call`) and sends the text as written on the page; the
 * background opens an extension-owned confirmation, and only a click there dials (telavox-api.md §10).
 */

export interface ExtensionContext {
  signal: AbortSignal;
  readonly isInvalid: boolean;
}

export async function readContentSettings(): Promise<ContentSettings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return parseContentSettings(stored[SETTINGS_KEY]);
  } catch {
    return parseContentSettings(undefined);
  }
}

function watchSettings(listener: (settings: ContentSettings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) listener(parseContentSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

export function browserContentEnvironment(
  doc: Document,
  ctx: ExtensionContext,
  settings: ContentSettings,
): ContentEnvironment {
  return {
    doc,
    signal: ctx.signal,
    isInvalid: () => ctx.isInvalid,
    settings,
    watchSettings,
    detect: (text, country) => findPhoneNumbers(text, { defaultCountry: country as CountryCode }),
    parseHref: (href, country) => parsePhoneHref(href, { defaultCountry: country as CountryCode }),
    format: (e164, country) => formatPhoneNumber(e164, country as CountryCode),
    lookup: lookupNumber,
    requestCall,
    ignoreNumber,
    copyText: (text) => navigator.clipboard.writeText(text),
    highlightEnvironment: browserHighlightEnvironment(doc),
    caret: browserCaretAdapter(doc),
    probe: browserVisibilityProbe(doc),
    clock: browserChunkClock(),
  };
}
