import { browser } from 'wxt/browser';
import type { RequestInput } from '@/lib/messaging/protocol';

/**
 * The content script's two requests to the background (`lib/messaging/protocol.ts`): `lookup-number` and
 * `request-call`. They follow `sendRequest`'s envelope, but answers are checked here by hand instead of
 * with the protocol's Zod schemas: importing those would put Zod and every message schema into the
 * content script, several times its 60 kB gzip budget on its own (number-detection.md §8). Only the
 * fields the hover card shows are read and kept.
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

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function malformed(what: string): never {
  throw new BackgroundRequestError(`Unexpected ${what} from the extension background.`);
}

/** Unwraps the router's `{ ok, data }` / `{ ok: false, error }` envelope. */
export function unwrapEnvelope(reply: unknown): unknown {
  if (!isObject(reply) || typeof reply.ok !== 'boolean') return malformed('reply');
  if (reply.ok) return reply.data;
  const message = isObject(reply.error) && typeof reply.error.message === 'string' ? reply.error.message : '';
  throw new BackgroundRequestError(message || 'The extension background refused the request.');
}

const CALL_KINDS = new Set(['incoming', 'outgoing', 'missed']);

function parseColleague(value: unknown): CardColleague | null {
  if (value === null) return null;
  if (!isObject(value) || typeof value.name !== 'string' || !Array.isArray(value.calls)) {
    return malformed('colleague');
  }
  const profile = value.profile;
  let presence: CardColleague['presence'] = null;
  if (profile !== null) {
    if (!isObject(profile) || typeof profile.available !== 'boolean' || typeof profile.name !== 'string') {
      return malformed('presence');
    }
    presence = { available: profile.available, name: profile.name };
  }
  return { name: value.name, onCall: value.calls.length > 0, presence };
}

function parseRecentCall(value: unknown): CardRecentCall | null {
  if (value === null) return null;
  if (
    !isObject(value) ||
    typeof value.kind !== 'string' ||
    !CALL_KINDS.has(value.kind) ||
    typeof value.datetime !== 'string' ||
    (value.datetimeISO !== null && typeof value.datetimeISO !== 'string')
  ) {
    return malformed('call record');
  }
  return {
    kind: value.kind as CardRecentCall['kind'],
    datetime: value.datetime,
    datetimeISO: value.datetimeISO as string | null,
  };
}

export function parseLookupReply(data: unknown): CardLookup {
  if (!isObject(data)) return malformed('lookup');
  return { colleague: parseColleague(data.colleague), recentCall: parseRecentCall(data.recentCall) };
}

export function parseCallReply(data: unknown): { opened: boolean } {
  if (!isObject(data) || typeof data.opened !== 'boolean') return malformed('call reply');
  return { opened: data.opened };
}

async function send(request: RequestInput<'lookup-number'> | RequestInput<'request-call'>): Promise<unknown> {
  return unwrapEnvelope(await browser.runtime.sendMessage(request));
}

export async function lookupNumber(e164: string): Promise<CardLookup> {
  return parseLookupReply(await send({ type: 'lookup-number', e164 }));
}

/** Asks the background to open its confirmation window; the call starts only from a click there. */
export async function requestCall(raw: string): Promise<{ opened: boolean }> {
  return parseCallReply(await send({ type: 'request-call', raw }));
}
