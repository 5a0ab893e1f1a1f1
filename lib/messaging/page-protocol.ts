import * as z from 'zod/mini';

// Extension pages and many web pages forbid eval by CSP; Zod would otherwise probe `new Function` and the
// browser would log a CSP violation. Zod probes on its first parse, which in every context comes after
// this module has run (the full protocol imports it too); the setting is global to Zod's core.
// https://zod.dev/packages/core#jitless
z.config({ jitless: true });

/**
 * The part of the message protocol a content script speaks: its two requests and what it reads of the
 * answers. Written with `zod/mini` because it ships in the content script, whose budget is 60 kB gzip
 * for everything (number-detection.md §8); Zod's classic build alone would take most of it. The full
 * protocol (`./protocol.ts`) embeds these same request schemas, so each request is still defined once.
 */

export const lookupNumberRequestSchema = z.object({
  type: z.literal('lookup-number'),
  e164: z.string().check(z.regex(/^\+[1-9][0-9]{1,14}$/)),
});

export const requestCallRequestSchema = z.object({
  type: z.literal('request-call'),
  raw: z.string().check(z.maxLength(200)),
});

export const requestCallReplySchema = z.object({ opened: z.boolean() });

/** "Not a phone number" on the hover card: the background records it for the sender's own site. */
export const ignoreNumberRequestSchema = z.object({
  type: z.literal('ignore-number'),
  e164: z.string().check(z.regex(/^\+[1-9][0-9]{1,14}$/)),
});

export const ignoreNumberReplySchema = z.object({ ignored: z.boolean() });

/**
 * What the hover card reads of a `lookup-number` answer: a subset of `lookupResultSchema`, whose other
 * fields are dropped so nothing the card does not show is kept in the page's process.
 */
export const pageLookupReplySchema = z.object({
  colleague: z.nullable(
    z.object({
      name: z.string(),
      calls: z.array(z.unknown()),
      profile: z.nullable(z.object({ available: z.boolean(), name: z.string() })),
    }),
  ),
  recentCall: z.nullable(
    z.object({
      kind: z.enum(['incoming', 'outgoing', 'missed']),
      datetime: z.string(),
      datetimeISO: z.nullable(z.string()),
    }),
  ),
});

export const pageEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ message: z.string() }) }),
]);
