import { z } from 'zod';

/**
 * One error class per failure class of the Telavox API reference (§6), plus the client-side refusal of a
 * dial string (§10). Each carries a `kind` discriminant that survives `describeFailure`, which turns any
 * thrown value into a plain object that can cross the extension's message boundary.
 */

export const TELAVOX_FAILURE_KINDS = [
  'signed-out',
  'token-invalid',
  'forbidden',
  'not-found',
  'rejected',
  'rate-limited',
  'server-error',
  'timeout',
  'offline',
  'unexpected',
  'invalid-number',
  'unknown',
] as const;

export type TelavoxFailureKind = (typeof TELAVOX_FAILURE_KINDS)[number];

/** Telavox's own error text is shown to the user, so it is capped (§6 row 6). */
export const TELAVOX_MESSAGE_MAX_LENGTH = 200;

export const telavoxFailureSchema = z.object({
  kind: z.enum(TELAVOX_FAILURE_KINDS),
  status: z.number().int().min(0).max(599).optional(),
  /** Telavox's own text, plain and capped; never markup, never our diagnostics. */
  message: z.string().max(TELAVOX_MESSAGE_MAX_LENGTH).optional(),
  /** Epoch milliseconds before which nothing may be sent. */
  retryAt: z.number().finite().optional(),
});

export type TelavoxFailure = z.infer<typeof telavoxFailureSchema>;

// Control and format characters (C0/C1, zero-width, bidi overrides): they could hide or reorder text.
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}]/gu;

/**
 * Turns a `message` value from a Telavox JSON body into short plain text, or `undefined` when there is
 * nothing usable. Whitespace runs (including newlines) collapse to one space; the cap counts code points
 * so a surrogate pair is never split.
 */
export function toTelavoxMessage(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.replace(/\s+/g, ' ').replace(INVISIBLE_OR_CONTROL, '').trim();
  if (text === '') return undefined;
  const codePoints = Array.from(text);
  if (codePoints.length <= TELAVOX_MESSAGE_MAX_LENGTH) return text;
  return `${codePoints.slice(0, TELAVOX_MESSAGE_MAX_LENGTH - 1).join('')}…`;
}

export abstract class TelavoxError extends Error {
  abstract readonly kind: Exclude<TelavoxFailureKind, 'unknown'>;
  /** Telavox's own text as capped plain text (see `toTelavoxMessage`). */
  readonly telavoxMessage: string | undefined;

  constructor(message: string, telavoxMessage?: string) {
    super(message);
    this.name = new.target.name;
    this.telavoxMessage = toTelavoxMessage(telavoxMessage);
  }
}

/** Session mode: 401, a redirect, or HTML where JSON was expected (§6 rows 3, 4, 11). */
export class SignedOutError extends TelavoxError {
  readonly kind = 'signed-out';
  constructor() {
    super('Not signed in to Telavox');
  }
}

/** Token mode: the token was refused or revoked (§3.2: never fall back to the session silently). */
export class TokenRejectedError extends TelavoxError {
  readonly kind = 'token-invalid';
  constructor() {
    super('The Telavox API token was rejected');
  }
}

/** 403: missing rights, or an origin check. Not signed out (§6 row 7). */
export class ForbiddenError extends TelavoxError {
  readonly kind = 'forbidden';
  readonly status = 403;
  constructor(telavoxMessage?: string) {
    super('Telavox refused this request', telavoxMessage);
  }
}

/** 404 or 410 (§6 row 8). */
export class NotFoundError extends TelavoxError {
  readonly kind = 'not-found';
  constructor(
    readonly status: 404 | 410,
    telavoxMessage?: string,
  ) {
    super(`Telavox answered ${status}`, telavoxMessage);
  }
}

/** 400 and other 4xx not handled above (§6 rows 6, 9). */
export class TelavoxRejectedError extends TelavoxError {
  readonly kind = 'rejected';
  constructor(
    readonly status: number,
    telavoxMessage?: string,
  ) {
    super(`Telavox rejected the request (${status})`, telavoxMessage);
  }
}

/** 429, or 503 with Retry-After; also thrown without a request while the client is held back (§6 row 5). */
export class RateLimitedError extends TelavoxError {
  readonly kind = 'rate-limited';
  constructor(
    /** Epoch milliseconds before which nothing may be sent. */
    readonly retryAt: number,
  ) {
    super('Telavox asked us to slow down');
  }
}

/** 5xx (§6 row 10). */
export class ServerError extends TelavoxError {
  readonly kind = 'server-error';
  constructor(readonly status: number) {
    super(`Telavox had a problem (${status})`);
  }
}

/** Our own deadline passed (§4 Timeouts, §6 row 2). For a dial the outcome is unknown. */
export class TelavoxTimeoutError extends TelavoxError {
  readonly kind = 'timeout';
  constructor() {
    super('Telavox did not answer in time');
  }
}

/** `fetch` threw a TypeError: no network, DNS, TLS, or the request was blocked (§6 row 1). */
export class OfflineError extends TelavoxError {
  readonly kind = 'offline';
  constructor() {
    super("Can't reach Telavox");
  }
}

/** A 2xx answer we cannot use (§6 rows 11, 12). `shape` describes the structure only, never values. */
export class UnexpectedResponseError extends TelavoxError {
  readonly kind = 'unexpected';
  constructor(readonly shape: string) {
    super(`Unexpected answer from Telavox: ${shape}`);
  }
}

export type InvalidNumberReason = 'empty' | 'too-long' | 'forbidden-character' | 'wrong-length';

/** The text could not become a dial string; no request was made (§10). The raw text is not kept. */
export class InvalidNumberError extends TelavoxError {
  readonly kind = 'invalid-number';
  constructor(readonly reason: InvalidNumberReason) {
    super(`Not a dialable number (${reason})`);
  }
}

/** A plain, serialisable description of any thrown value, safe to send between extension contexts. */
export function describeFailure(error: unknown): TelavoxFailure {
  if (!(error instanceof TelavoxError)) return { kind: 'unknown' };
  const failure: TelavoxFailure = { kind: error.kind };
  if (
    error instanceof ForbiddenError ||
    error instanceof NotFoundError ||
    error instanceof TelavoxRejectedError ||
    error instanceof ServerError
  ) {
    failure.status = error.status;
  }
  if (error.telavoxMessage !== undefined) failure.message = error.telavoxMessage;
  if (error instanceof RateLimitedError) failure.retryAt = error.retryAt;
  return failure;
}
