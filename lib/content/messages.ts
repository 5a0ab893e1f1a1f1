import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import {
  ignoreNumberReplySchema,
  type ignoreNumberRequestSchema,
  type lookupNumberRequestSchema,
  pageEnvelopeSchema,
  pageLookupReplySchema,
  requestCallReplySchema,
  type requestCallRequestSchema,
} from '@/lib/messaging/page-protocol';

/**
 * The content script's two requests to the background, `lookup-number` and `request-call`, validated
 * with the page-side schemas of `lib/messaging/page-protocol.ts`. Only the fields the hover card shows
 * are kept.
 */

export interface CardColleague {
  name: string;
  onCall: boolean;
  presence: { available: boolean; name: string } | null;
}

export interface CardRecentCall {
  kind: 'incoming' | 'outgoing' | 'missed';
  datetime: string;
  datetimeISO: string | null;
}

/** What the hover card shows about a number, taken from the background's `LookupResult`. */
export interface CardLookup {
  colleague: CardColleague | null;
  recentCall: CardRecentCall | null;
}

export class BackgroundRequestError extends Error {
  override readonly name = 'BackgroundRequestError';
}

function parse<T>(schema: z.ZodMiniType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new BackgroundRequestError(`Unexpected ${what} from the extension background.`);
  return result.data;
}

/** Unwraps the router's `{ ok, data }` / `{ ok: false, error }` envelope. */
export function unwrapEnvelope(reply: unknown): unknown {
  const envelope = parse(pageEnvelopeSchema, reply, 'reply');
  if (envelope.ok) return envelope.data;
  throw new BackgroundRequestError(envelope.error.message || 'The extension background refused the request.');
}

export function parseLookupReply(data: unknown): CardLookup {
  const { colleague, recentCall } = parse(pageLookupReplySchema, data, 'lookup');
  return {
    colleague: colleague && {
      name: colleague.name,
      onCall: colleague.calls.length > 0,
      presence: colleague.profile && { available: colleague.profile.available, name: colleague.profile.name },
    },
    recentCall: recentCall && {
      kind: recentCall.kind,
      datetime: recentCall.datetime,
      datetimeISO: recentCall.datetimeISO,
    },
  };
}

export function parseCallReply(data: unknown): { opened: boolean } {
  return parse(requestCallReplySchema, data, 'call reply');
}

type PageRequest =
  | z.infer<typeof lookupNumberRequestSchema>
  | z.infer<typeof requestCallRequestSchema>
  | z.infer<typeof ignoreNumberRequestSchema>;

async function send(request: PageRequest): Promise<unknown> {
  return unwrapEnvelope(await browser.runtime.sendMessage(request));
}

export async function lookupNumber(e164: string): Promise<CardLookup> {
  return parseLookupReply(await send({ type: 'lookup-number', e164 }));
}

/** Asks the background to open its confirmation window; the call starts only from a click there. */
export async function requestCall(raw: string): Promise<{ opened: boolean }> {
  return parseCallReply(await send({ type: 'request-call', raw }));
}

/** "Not a phone number": the background remembers it for this site. */
export async function ignoreNumber(e164: string): Promise<void> {
  const { ignored } = parse(
    ignoreNumberReplySchema,
    await send({ type: 'ignore-number', e164 }),
    'ignore reply',
  );
  if (!ignored) throw new BackgroundRequestError('The number could not be ignored on this site.');
}
