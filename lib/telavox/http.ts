import { ConcurrencyLimit } from './concurrency';
import {
  ForbiddenError,
  NotFoundError,
  OfflineError,
  RateLimitedError,
  ServerError,
  SignedOutError,
  TelavoxError,
  TelavoxRejectedError,
  TelavoxTimeoutError,
  TokenRejectedError,
  toTelavoxMessage,
  UnexpectedResponseError,
} from './errors';
import { parseRetryAfter } from './retry-after';
import {
  type BuildUrlOptions,
  buildTelavoxUrl,
  type PathSegment,
  parseTelavoxBase,
  type TelavoxBase,
} from './url';

/**
 * The one place that calls `fetch` for Telavox. It follows the Telavox API reference §4 (request rules)
 * and §6 (errors, classified in the documented order), and owns the fair-use machinery of §8: read
 * retries with full-jitter backoff, `Retry-After`, a hold on all traffic after a 429, at most two
 * requests in flight, and merging of identical reads.
 */

export type TelavoxAuth = { mode: 'session' } | { mode: 'token'; token: string };

/** What a request is for; decides its timeout and whether it may be retried. */
export type RequestPurpose = 'read' | 'recording' | 'dial' | 'hangup' | 'sms';

/**
 * Every timeout stays under 30 s because Chrome may stop a service worker whose fetch takes longer
 * (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle).
 */
export const REQUEST_TIMEOUT_MS: Readonly<Record<RequestPurpose, number>> = {
  read: 15_000,
  recording: 25_000,
  dial: 10_000,
  hangup: 10_000,
  sms: 10_000,
};

export const MAX_READ_ATTEMPTS = 3;
export const MAX_IN_FLIGHT = 2;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;
/** A longer `Retry-After` is not slept through: the caller gets `RateLimitedError` and decides. */
const MAX_SLEPT_RETRY_AFTER_MS = 30_000;

export interface TelavoxHttpOptions {
  /** Origin plus optional base path, e.g. `https://api.telavox.se`. */
  baseUrl: string;
  auth: TelavoxAuth;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1), as `Math.random`. */
  random?: () => number;
  /** Epoch milliseconds, as `Date.now`. */
  now?: () => number;
  /** Creates the per-request deadline signal, as `AbortSignal.timeout`. */
  timeoutSignal?: (ms: number) => AbortSignal;
}

type ExpectedBody = 'json' | 'audio' | 'ignored';

interface RequestPlan {
  readonly method: 'GET' | 'POST';
  readonly url: URL;
  readonly purpose: RequestPurpose;
  readonly expect: ExpectedBody;
  /** Only set for requests that are not merged; merged reads run detached from any one caller. */
  readonly signal?: AbortSignal;
}

/** Errors thrown by the hold itself, without a request: never slept through or retried. */
const heldBackErrors = new WeakSet<RateLimitedError>();

// A token is sent in a header; anything outside visible ASCII cannot be a Telavox token.
const TOKEN_PATTERN = /^[\x21-\x7E]{1,8192}$/;

export class TelavoxHttp {
  readonly authMode: TelavoxAuth['mode'];
  private readonly base: TelavoxBase;
  private readonly token: string | undefined;
  private readonly fetchFn: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly timeoutSignal: (ms: number) => AbortSignal;
  private readonly slots = new ConcurrencyLimit(MAX_IN_FLIGHT);
  private readonly inFlightReads = new Map<string, Promise<unknown>>();
  private heldBackUntil = 0;

  constructor(options: TelavoxHttpOptions) {
    this.base = parseTelavoxBase(options.baseUrl);
    this.authMode = options.auth.mode;
    this.token = options.auth.mode === 'token' ? options.auth.token.trim() : undefined;
    // Called as a plain function: a browser's `fetch` throws "Illegal invocation" when called as a
    // method of another object.
    const injected = options.fetch;
    this.fetchFn = injected ?? ((input, init) => globalThis.fetch(input, init));
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.timeoutSignal = options.timeoutSignal ?? ((ms) => AbortSignal.timeout(ms));
  }

  /** Builds a URL under the configured base from literal segments and validated parameters. */
  url(segments: readonly PathSegment[], options?: BuildUrlOptions): URL {
    return buildTelavoxUrl(this.base, segments, options);
  }

  /** A read returning JSON: retried, merged with an identical read in flight. */
  getJson(url: URL, signal?: AbortSignal): Promise<unknown> {
    return this.mergedRead({ method: 'GET', url, purpose: 'read', expect: 'json' }, signal);
  }

  /** A recording download (`audio/mpeg`): retried, merged. */
  getAudio(url: URL, signal?: AbortSignal): Promise<Blob> {
    return this.mergedRead(
      { method: 'GET', url, purpose: 'recording', expect: 'audio' },
      signal,
    ) as Promise<Blob>;
  }

  /**
   * A state-changing request (dial, hangup, sms). Sent once and never retried: the PBX may already be
   * acting on it (§5.3). Resolves on any 2xx, whatever the body.
   */
  async act(
    method: 'GET' | 'POST',
    url: URL,
    purpose: 'dial' | 'hangup' | 'sms',
    signal?: AbortSignal,
  ): Promise<void> {
    await this.attempt({ method, url, purpose, expect: 'ignored', signal });
  }

  private mergedRead(plan: RequestPlan, signal: AbortSignal | undefined): Promise<unknown> {
    const key = `${plan.expect} ${plan.url.href}`;
    let shared = this.inFlightReads.get(key);
    if (!shared) {
      shared = this.withRetries(plan).finally(() => this.inFlightReads.delete(key));
      this.inFlightReads.set(key, shared);
    }
    return stopWaitingOnAbort(shared, signal);
  }

  private async withRetries(plan: RequestPlan): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(plan);
      } catch (error) {
        const delay = attempt < MAX_READ_ATTEMPTS ? this.retryDelay(error, attempt) : undefined;
        if (delay === undefined) throw error;
        await this.sleep(delay);
      }
    }
  }

  /** How long to wait before the next attempt, or `undefined` when the error must not be retried. */
  private retryDelay(error: unknown, failedAttempts: number): number | undefined {
    if (error instanceof RateLimitedError) {
      if (heldBackErrors.has(error)) return undefined;
      const wait = Math.max(0, error.retryAt - this.now());
      return wait <= MAX_SLEPT_RETRY_AFTER_MS ? wait : undefined;
    }
    if (error instanceof TelavoxTimeoutError || error instanceof ServerError) {
      // Full jitter: random(0, min(cap, base × 2^attempt)).
      const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** failedAttempts);
      return Math.floor(this.random() * ceiling);
    }
    return undefined;
  }

  private assertNotHeldBack(): void {
    if (this.now() < this.heldBackUntil) {
      const error = new RateLimitedError(this.heldBackUntil);
      heldBackErrors.add(error);
      throw error;
    }
  }

  private async attempt(plan: RequestPlan): Promise<unknown> {
    if (plan.url.origin !== this.base.origin) throw new Error('Refused a URL outside the Telavox API');
    if (this.token !== undefined && !TOKEN_PATTERN.test(this.token)) throw new TokenRejectedError();
    this.assertNotHeldBack();
    await this.slots.acquire({ urgent: plan.purpose !== 'read', signal: plan.signal });
    try {
      // Checked again: a 429 may have arrived while this request was queued.
      this.assertNotHeldBack();
      const deadline = this.timeoutSignal(REQUEST_TIMEOUT_MS[plan.purpose]);
      const signal = plan.signal ? AbortSignal.any([plan.signal, deadline]) : deadline;
      try {
        const response = await this.fetchFn(plan.url.href, this.requestInit(plan, signal));
        return await this.interpret(response, plan);
      } catch (error) {
        throw classifyThrown(error, plan.signal);
      }
    } finally {
      this.slots.release();
    }
  }

  private requestInit(plan: RequestPlan, signal: AbortSignal): RequestInit {
    const headers: Record<string, string> = {
      Accept: plan.expect === 'audio' ? 'audio/mpeg' : 'application/json',
      // Sent on every request, as Telavox recommends (https://developer.telavox.com/get-started).
      'Content-Type': 'application/json; charset=utf-8',
    };
    if (this.token !== undefined) headers.Authorization = `Bearer ${this.token}`;
    return {
      method: plan.method,
      headers,
      // A redirect means signed out (§6 row 3); following it would only fetch a login page.
      redirect: 'manual',
      cache: 'no-store',
      // Token requests never carry cookies, so two identities cannot mix (§3.2).
      credentials: this.token === undefined ? 'include' : 'omit',
      signal,
    };
  }

  /** §6 rows 3 to 12, in order. Rows 1 and 2 are thrown by `fetch` itself (see `classifyThrown`). */
  private async interpret(response: Response, plan: RequestPlan): Promise<unknown> {
    const { status } = response;
    if (response.type === 'opaqueredirect' || response.redirected || (status >= 300 && status < 400)) {
      discardBody(response);
      throw this.authenticationFailed();
    }
    if (status === 401) {
      discardBody(response);
      throw this.authenticationFailed();
    }
    if (status === 429 || (status === 503 && response.headers.has('Retry-After'))) {
      discardBody(response);
      const retryAt = parseRetryAfter(response.headers.get('Retry-After'), this.now());
      this.heldBackUntil = Math.max(this.heldBackUntil, retryAt);
      throw new RateLimitedError(retryAt);
    }
    if (status >= 400 && status < 500) {
      const message = await readTelavoxMessage(response);
      if (status === 403) throw new ForbiddenError(message);
      if (status === 404 || status === 410) throw new NotFoundError(status, message);
      throw new TelavoxRejectedError(status, message);
    }
    if (status >= 500) {
      discardBody(response);
      throw new ServerError(status);
    }
    if (status < 200 || status >= 300) {
      discardBody(response);
      throw new UnexpectedResponseError(`status ${status}`);
    }
    return this.readSuccessBody(response, plan.expect);
  }

  private async readSuccessBody(response: Response, expect: ExpectedBody): Promise<unknown> {
    const mediaType = mediaTypeOf(response.headers.get('Content-Type'));
    if (expect === 'ignored') {
      discardBody(response);
      // An HTML page is never a confirmation; in session mode it is the login page (§6 row 11, §11).
      if (this.authMode === 'session' && mediaType === 'text/html') throw new SignedOutError();
      return undefined;
    }
    if (expect === 'audio') {
      if (mediaType.startsWith('audio/') || mediaType === 'application/octet-stream') return response.blob();
      discardBody(response);
      if (isJsonMediaType(mediaType)) throw new UnexpectedResponseError(`content-type ${mediaType}`);
      throw this.notJson(mediaType);
    }
    if (!isJsonMediaType(mediaType)) {
      discardBody(response);
      throw this.notJson(mediaType);
    }
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new UnexpectedResponseError(`malformed JSON (${text.length} characters)`);
    }
  }

  /** §6 rows 3 and 4: the same condition means different things in the two sign-in modes. */
  private authenticationFailed(): TelavoxError {
    return this.authMode === 'session' ? new SignedOutError() : new TokenRejectedError();
  }

  /** §6 row 11: a page where JSON was expected is most likely a login page in session mode. */
  private notJson(mediaType: string): TelavoxError {
    return this.authMode === 'session'
      ? new SignedOutError()
      : new UnexpectedResponseError(`content-type ${mediaType || 'none'}`);
  }
}

/** §6 rows 1 and 2, for errors thrown by `fetch` or while reading a body. */
function classifyThrown(error: unknown, callerSignal: AbortSignal | undefined): unknown {
  if (error instanceof TelavoxError) return error;
  // The caller gave up: that is the caller's decision, not a Telavox failure.
  if (callerSignal?.aborted) return callerSignal.reason;
  if (error instanceof TypeError) return new OfflineError();
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  if (name === 'TimeoutError' || name === 'AbortError') return new TelavoxTimeoutError();
  return error;
}

/** Resolves or rejects with `shared`, unless `signal` aborts first (the shared request carries on). */
function stopWaitingOnAbort<T>(shared: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return shared;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    shared.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The media type without parameters, lower-cased and reduced to the characters a media type uses. */
function mediaTypeOf(contentType: string | null): string {
  const [type = ''] = (contentType ?? '').split(';');
  return type
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.+/-]/g, '')
    .slice(0, 64);
}

function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || /^application\/[a-z0-9.-]+\+json$/.test(mediaType);
}

/** Telavox's `{"message": …}` from an error answer, as capped plain text; nothing from other bodies. */
async function readTelavoxMessage(response: Response): Promise<string | undefined> {
  if (!isJsonMediaType(mediaTypeOf(response.headers.get('Content-Type')))) {
    discardBody(response);
    return undefined;
  }
  try {
    const body: unknown = JSON.parse(await response.text());
    return typeof body === 'object' && body !== null && 'message' in body
      ? toTelavoxMessage(body.message)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Frees the connection of a body we will not read. */
function discardBody(response: Response): void {
  if (response.body && !response.bodyUsed) response.body.cancel().catch(() => undefined);
}
