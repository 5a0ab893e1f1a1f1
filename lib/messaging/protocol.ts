import { browser } from 'wxt/browser';
import { z } from 'zod';
import {
  authStateSchema,
  confirmationSchema,
  dialOutcomeSchema,
  directorySnapshotSchema,
  historySnapshotSchema,
  numberRefusalSchema,
  parsedNumberSchema,
  settingsPatchSchema,
  settingsSchema,
} from '@/lib/model';
import { callRecordSchema, telavoxExtensionSchema, telavoxFailureSchema } from '@/lib/telavox';
import {
  ignoreNumberReplySchema,
  ignoreNumberRequestSchema,
  lookupNumberRequestSchema,
  requestCallReplySchema,
  requestCallRequestSchema,
} from './page-protocol';

/**
 * The extension's one message protocol. Every request and every response is defined here once as a Zod
 * schema; the background validates what it receives (`lib/messaging/router.ts`) and callers validate what
 * comes back (`sendRequest`). Content scripts may send only the few requests in `contentScriptRequests`.
 */

const rawNumber = z.string().max(200);
const refresh = z.enum(['never', 'if-stale', 'force']).default('if-stale');

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-status'), refresh }),
  z.object({ type: z.literal('sign-in') }),
  z.object({ type: z.literal('open-options') }),
  z.object({ type: z.literal('preview-number'), raw: rawNumber }),
  z.object({
    type: z.literal('dial'),
    raw: rawNumber,
    /** The user confirmed calling the same number again within 10 s. */
    confirmRepeat: z.boolean().default(false),
    /** The user confirmed the premium-rate warning. */
    confirmPremium: z.boolean().default(false),
    /** Set when dialling from a confirmation window: closes that request. */
    confirmationId: z.string().max(64).optional(),
  }),
  z.object({ type: z.literal('hangup') }),
  z.object({ type: z.literal('get-directory'), refresh }),
  z.object({ type: z.literal('get-history'), refresh }),
  z.object({ type: z.literal('get-confirmation'), id: z.string().max(64) }),
  z.object({ type: z.literal('cancel-confirmation'), id: z.string().max(64) }),
  z.object({ type: z.literal('get-settings') }),
  z.object({ type: z.literal('update-settings'), patch: settingsPatchSchema }),
  z.object({ type: z.literal('save-token'), token: z.string().min(1).max(4096), remember: z.boolean() }),
  z.object({ type: z.literal('remove-token') }),
  z.object({ type: z.literal('get-site-access'), url: z.string().max(2048) }),
  z.object({ type: z.literal('set-site-access'), url: z.string().max(2048), enabled: z.boolean() }),
  // From content scripts:
  lookupNumberRequestSchema,
  requestCallRequestSchema,
  ignoreNumberRequestSchema,
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
/** What a caller writes: fields with defaults may be left out. */
export type RequestInput<T extends RequestType> = Extract<z.input<typeof requestSchema>, { type: T }>;

const empty = z.object({});
const failureOr = <T extends z.ZodType>(data: T) =>
  z.union([
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), failure: telavoxFailureSchema }),
  ]);

export const statusResponseSchema = z.object({
  auth: authStateSchema,
  hasToken: z.boolean(),
  rateLimitedUntil: z.number(),
});

export const previewResponseSchema = z.union([
  z.object({ ok: z.literal(true), parsed: parsedNumberSchema }),
  z.object({ ok: z.literal(false), reason: numberRefusalSchema }),
]);

export const lookupResultSchema = z.object({
  colleague: telavoxExtensionSchema.nullable(),
  /** The most recent call with this number, if the history cache has one. */
  recentCall: callRecordSchema.nullable(),
  directoryFetchedAt: z.number().nullable(),
});
export type LookupResult = z.infer<typeof lookupResultSchema>;

export const siteAccessSchema = z.object({
  /** The origin the question was about, or null for pages detection can never run on. */
  origin: z.string().nullable(),
  /** The extension holds host access for it (per site or all sites). */
  granted: z.boolean(),
  /** Access came from "all sites". */
  allSites: z.boolean(),
  /** The user switched it off for this site. */
  disabled: z.boolean(),
});
export type SiteAccess = z.infer<typeof siteAccessSchema>;

export const responseSchemas = {
  'get-status': statusResponseSchema,
  'sign-in': empty,
  'open-options': empty,
  'preview-number': previewResponseSchema,
  dial: dialOutcomeSchema,
  hangup: failureOr(z.enum(['ended', 'no-active-call'])),
  'get-directory': z.object({
    snapshot: directorySnapshotSchema.nullable(),
    failure: telavoxFailureSchema.nullable(),
  }),
  'get-history': z.object({
    snapshot: historySnapshotSchema.nullable(),
    failure: telavoxFailureSchema.nullable(),
  }),
  'get-confirmation': z.object({
    confirmation: confirmationSchema.nullable(),
    preview: previewResponseSchema.nullable(),
    auth: authStateSchema,
  }),
  'cancel-confirmation': empty,
  'get-settings': settingsSchema,
  'update-settings': settingsSchema,
  'save-token': statusResponseSchema,
  'remove-token': statusResponseSchema,
  'get-site-access': siteAccessSchema,
  'set-site-access': siteAccessSchema,
  'lookup-number': lookupResultSchema,
  'request-call': requestCallReplySchema,
  'ignore-number': ignoreNumberReplySchema,
} satisfies Record<RequestType, z.core.$ZodType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof responseSchemas)[T]>;

/** Requests a content script (page context) may send; everything else needs an extension page. */
export const contentScriptRequests: ReadonlySet<RequestType> = new Set([
  'lookup-number',
  'request-call',
  'ignore-number',
]);

export const messageErrorSchema = z.object({
  code: z.enum(['bad-request', 'not-allowed', 'internal']),
  message: z.string(),
});
export type MessageErrorInfo = z.infer<typeof messageErrorSchema>;

export const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: messageErrorSchema }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;

export class MessageError extends Error {
  override readonly name = 'MessageError';
  constructor(readonly info: MessageErrorInfo) {
    super(info.message);
  }
}

/** Sends one request to the background and validates the answer against its schema. */
export async function sendRequest<T extends RequestType>(request: RequestInput<T>): Promise<ResponseOf<T>> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  const envelope = envelopeSchema.safeParse(reply);
  if (!envelope.success) {
    throw new MessageError({ code: 'internal', message: 'The extension background did not answer.' });
  }
  if (!envelope.data.ok) throw new MessageError(envelope.data.error);
  const schema = responseSchemas[request.type as T] as unknown as z.ZodType<ResponseOf<T>>;
  return schema.parse(envelope.data.data);
}
