import type { Browser } from 'wxt/browser';

type MessageSender = Browser.runtime.MessageSender;

import {
  contentScriptRequests,
  type Envelope,
  type RequestOf,
  type RequestType,
  type ResponseOf,
  requestSchema,
  responseSchemas,
} from './protocol';

/** Who sent a message, as far as the background trusts it. */
export type SenderKind = 'extension-page' | 'content-script';

export interface SenderContext {
  kind: SenderKind;
  /** The tab a content script runs in (absent for the popup). */
  tabId?: number;
  /** The page URL for content scripts; the extension page URL otherwise. */
  url?: string;
}

export type RequestHandlers = {
  [T in RequestType]: (request: RequestOf<T>, sender: SenderContext) => Promise<ResponseOf<T>>;
};

export interface RouterOptions {
  /** `browser.runtime.id`. */
  extensionId: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://abc/`. */
  extensionOrigin: string;
  onError?: (error: unknown, type: string) => void;
}

/**
 * Tells extension pages from content scripts. Only messages from this extension are accepted at all
 * (other extensions can't reach `runtime.onMessage` without `externally_connectable`, but a check is
 * cheap); then the sender's URL decides, because content scripts run with the page's URL.
 * See darkreader's messenger for the same idea.
 */
export function classifySender(sender: MessageSender, options: RouterOptions): SenderContext | null {
  if (sender.id !== options.extensionId) return null;
  const url = sender.url ?? sender.tab?.url;
  if (url && sameOrigin(url, options.extensionOrigin))
    return { kind: 'extension-page', tabId: sender.tab?.id, url };
  if (sender.tab?.id !== undefined) return { kind: 'content-script', tabId: sender.tab.id, url };
  return null;
}

/** Compares scheme and host: `URL.origin` is "null" for non-web schemes in some engines. */
function sameOrigin(a: string, b: string): boolean {
  try {
    const [x, y] = [new URL(a), new URL(b)];
    return x.protocol === y.protocol && x.host === y.host && x.host !== '';
  } catch {
    return false;
  }
}

/**
 * Handles one incoming message: validate, check who may ask, run the handler, validate the answer.
 * Never throws: every failure becomes an error envelope, so a hostile or malformed message can't crash
 * the worker.
 */
export async function handleMessage(
  message: unknown,
  sender: MessageSender,
  handlers: RequestHandlers,
  options: RouterOptions,
): Promise<Envelope> {
  const context = classifySender(sender, options);
  if (!context) return { ok: false, error: { code: 'not-allowed', message: 'Unknown sender.' } };
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: { code: 'bad-request', message: 'Malformed message.' } };
  const request = parsed.data;
  if (context.kind === 'content-script' && !contentScriptRequests.has(request.type)) {
    return {
      ok: false,
      error: { code: 'not-allowed', message: `${request.type} is not allowed from a page.` },
    };
  }
  try {
    const handler = handlers[request.type] as (r: typeof request, s: SenderContext) => Promise<unknown>;
    const data = await handler(request, context);
    // The background checks its own answers too: a shape bug shows up here, not as a blank popup.
    return { ok: true, data: responseSchemas[request.type].parse(data) };
  } catch (error) {
    options.onError?.(error, request.type);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong in the extension.' } };
  }
}

/**
 * A `runtime.onMessage` listener. It answers through `sendResponse` and returns `true` to keep the
 * channel open: that works in Chrome, Firefox and WXT's fake browser alike.
 */
export function createMessageListener(handlers: RequestHandlers, options: RouterOptions) {
  return (message: unknown, sender: MessageSender, sendResponse: (response: Envelope) => void) => {
    void handleMessage(message, sender, handlers, options).then(sendResponse);
    return true as const;
  };
}
