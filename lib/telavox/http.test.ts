// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ForbiddenError,
  NotFoundError,
  OfflineError,
  RateLimitedError,
  ServerError,
  SignedOutError,
  TelavoxRejectedError,
  TelavoxTimeoutError,
  TokenRejectedError,
  UnexpectedResponseError,
} from './errors';
import { REQUEST_TIMEOUT_MS, type TelavoxAuth, TelavoxHttp } from './http';
import {
  createFakeTransport,
  createManualClock,
  deferredStep,
  flushMicrotasks,
  jsonResponse,
  neverAnswers,
  opaqueRedirectResponse,
  type ScriptedStep,
} from './testing/fake-transport';
import type { PathParameter } from './url';

const SESSION: TelavoxAuth = { mode: 'session' };
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.secret-token-value.sig';
const TOKEN_AUTH: TelavoxAuth = { mode: 'token', token: TOKEN };

const me: PathParameter = { value: 'me', pattern: /^me$/, invalid: () => new RangeError('bad') };

function setup(auth: TelavoxAuth = SESSION, ...steps: ScriptedStep[]) {
  const transport = createFakeTransport(...steps);
  const clock = createManualClock();
  const timeouts: number[] = [];
  const http = new TelavoxHttp({
    baseUrl: 'https://api.telavox.se',
    auth,
    fetch: transport.fetch,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0.5,
    timeoutSignal: (ms) => {
      timeouts.push(ms);
      return new AbortController().signal;
    },
  });
  const meUrl = http.url(['extensions', me]);
  const dialUrl = http.url(['dial'], { query: { autoanswer: 'false' } });
  return { http, transport, clock, timeouts, meUrl, dialUrl };
}

const ok = () => jsonResponse({ extension: '0812345600' });
const status =
  (code: number, init: ResponseInit = {}) =>
  () =>
    new Response(null, { status: code, ...init });
const offline: ScriptedStep = () => {
  throw new TypeError('Failed to fetch');
};
const timedOut: ScriptedStep = () => {
  throw new DOMException('The operation timed out.', 'TimeoutError');
};
const html = () =>
  new Response('<html><form action="/login"></form></html>', { headers: { 'Content-Type': 'text/html' } });

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the request to fail');
}

describe('TelavoxHttp: §6 classification, in order', () => {
  it('1. a TypeError from fetch means offline, and is not retried', async () => {
    const { http, transport, meUrl } = setup(SESSION, offline, ok);
    expect(await failureOf(http.getJson(meUrl))).toBeInstanceOf(OfflineError);
    expect(transport.requests).toHaveLength(1);
  });

  it('2. a timeout is retried with full-jitter backoff, 3 attempts in all', async () => {
    const { http, transport, clock, meUrl } = setup(SESSION, timedOut, timedOut, timedOut, ok);
    expect(await failureOf(http.getJson(meUrl))).toBeInstanceOf(TelavoxTimeoutError);
    expect(transport.requests).toHaveLength(3);
    // random() = 0.5: half of min(30 s, 1 s × 2^1) and of min(30 s, 1 s × 2^2).
    expect(clock.sleeps).toEqual([1_000, 2_000]);
  });

  it('2. the per-request deadline aborts fetch and becomes a timeout', async () => {
    const transport = createFakeTransport(neverAnswers);
    const deadline = new AbortController();
    const http = new TelavoxHttp({
      baseUrl: 'https://api.telavox.se',
      auth: SESSION,
      fetch: transport.fetch,
      timeoutSignal: () => deadline.signal,
    });
    const pending = failureOf(http.act('GET', http.url(['dial']), 'dial'));
    await flushMicrotasks();
    deadline.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    expect(await pending).toBeInstanceOf(TelavoxTimeoutError);
    expect(transport.requests).toHaveLength(1);
  });

  it('3. an opaque redirect means signed out (session) or token invalid (token)', async () => {
    const session = setup(SESSION, opaqueRedirectResponse);
    expect(await failureOf(session.http.getJson(session.meUrl))).toBeInstanceOf(SignedOutError);
    const token = setup(TOKEN_AUTH, opaqueRedirectResponse);
    expect(await failureOf(token.http.getJson(token.meUrl))).toBeInstanceOf(TokenRejectedError);
    expect(session.transport.requests).toHaveLength(1);
  });

  it('3. a plain 3xx also means signed out, and is not followed', async () => {
    const { http, transport, meUrl } = setup(SESSION, status(302, { headers: { Location: '/login' } }));
    expect(await failureOf(http.getJson(meUrl))).toBeInstanceOf(SignedOutError);
    expect(transport.requests).toHaveLength(1);
  });

  it('4. 401 means signed out (session) or token invalid (token), not retried', async () => {
    const session = setup(SESSION, status(401), ok);
    expect(await failureOf(session.http.getJson(session.meUrl))).toBeInstanceOf(SignedOutError);
    expect(session.transport.requests).toHaveLength(1);
    const token = setup(TOKEN_AUTH, status(401));
    expect(await failureOf(token.http.getJson(token.meUrl))).toBeInstanceOf(TokenRejectedError);
  });

  it('5. 429 with Retry-After in seconds is slept through for a read', async () => {
    const { http, transport, clock, meUrl } = setup(
      SESSION,
      status(429, { headers: { 'Retry-After': '5' } }),
      ok,
    );
    await expect(http.getJson(meUrl)).resolves.toEqual({ extension: '0812345600' });
    expect(transport.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([5_000]);
  });

  it('5. 429 with an HTTP date is slept through until that date', async () => {
    const retryDate = new Date(Date.UTC(2024, 2, 15, 12, 0, 20)).toUTCString();
    const { http, clock, meUrl } = setup(SESSION, status(429, { headers: { 'Retry-After': retryDate } }), ok);
    await http.getJson(meUrl);
    expect(clock.sleeps).toEqual([20_000]);
  });

  it('5. 429 without Retry-After waits 60 s: too long to sleep, so it throws with retryAt', async () => {
    const { http, transport, clock, meUrl } = setup(SESSION, status(429), ok);
    const start = clock.now();
    const error = await failureOf(http.getJson(meUrl));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAt).toBe(start + 60_000);
    expect(transport.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('5. a Retry-After beyond an hour is capped', async () => {
    const { http, clock, meUrl } = setup(SESSION, status(429, { headers: { 'Retry-After': '86400' } }));
    const error = (await failureOf(http.getJson(meUrl))) as RateLimitedError;
    expect(error.retryAt).toBe(clock.now() + 3_600_000);
  });

  it('5. 503 with Retry-After is rate limiting; 503 without it is a server error', async () => {
    const limited = setup(SESSION, status(503, { headers: { 'Retry-After': '120' } }));
    expect(await failureOf(limited.http.getJson(limited.meUrl))).toBeInstanceOf(RateLimitedError);
    const failing = setup(SESSION, status(503), status(503), status(503));
    expect(await failureOf(failing.http.getJson(failing.meUrl))).toBeInstanceOf(ServerError);
    expect(failing.transport.requests).toHaveLength(3);
  });

  it('5. a read gives up on 429 after 3 attempts', async () => {
    const again = status(429, { headers: { 'Retry-After': '1' } });
    const { http, transport, meUrl } = setup(SESSION, again, again, again, ok);
    expect(await failureOf(http.getJson(meUrl))).toBeInstanceOf(RateLimitedError);
    expect(transport.requests).toHaveLength(3);
  });

  it('6. 400 with a JSON message is rejected, the message capped at 200 characters', async () => {
    const long = `Fel: ${'x'.repeat(400)}`;
    const { http, transport, meUrl } = setup(SESSION, () => jsonResponse({ message: long }, { status: 400 }));
    const error = (await failureOf(http.getJson(meUrl))) as TelavoxRejectedError;
    expect(error).toBeInstanceOf(TelavoxRejectedError);
    expect(error.status).toBe(400);
    expect(error.telavoxMessage).toHaveLength(200);
    expect(error.telavoxMessage?.startsWith('Fel: xxx')).toBe(true);
    expect(transport.requests).toHaveLength(1);
  });

  it('6. the text of a 400 that is not JSON is never used as a message', async () => {
    const { http } = setup(
      SESSION,
      () => new Response('<b>Bad</b>', { status: 400, headers: { 'Content-Type': 'text/html' } }),
    );
    const error = (await failureOf(http.getJson(http.url(['calls'])))) as TelavoxRejectedError;
    expect(error.status).toBe(400);
    expect(error.telavoxMessage).toBeUndefined();
  });

  it('7. 403 is forbidden, with the message, and does not mean signed out', async () => {
    const { http, meUrl } = setup(SESSION, () =>
      jsonResponse({ message: 'Origin not allowed' }, { status: 403 }),
    );
    const error = (await failureOf(http.getJson(meUrl))) as ForbiddenError;
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error.telavoxMessage).toBe('Origin not allowed');
  });

  it.each([404, 410])('8. %i is not found, not retried', async (code) => {
    const { http, transport, meUrl } = setup(SESSION, status(code), ok);
    const error = (await failureOf(http.getJson(meUrl))) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(code);
    expect(transport.requests).toHaveLength(1);
  });

  it.each([409, 423, 418])('9. other 4xx (%i) is rejected with its status', async (code) => {
    const { http, transport, meUrl } = setup(
      SESSION,
      () => jsonResponse({ message: 'Busy' }, { status: code }),
      ok,
    );
    const error = (await failureOf(http.getJson(meUrl))) as TelavoxRejectedError;
    expect(error).toBeInstanceOf(TelavoxRejectedError);
    expect(error.status).toBe(code);
    expect(error.telavoxMessage).toBe('Busy');
    expect(transport.requests).toHaveLength(1);
  });

  it('10. 5xx is retried, and a later success is returned', async () => {
    const { http, transport, clock, meUrl } = setup(SESSION, status(500), status(502), ok);
    await expect(http.getJson(meUrl)).resolves.toEqual({ extension: '0812345600' });
    expect(transport.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([1_000, 2_000]);
  });

  it('10. 5xx after 3 attempts is a server error with its status', async () => {
    const { http, meUrl } = setup(SESSION, status(500), status(500), status(504));
    const error = (await failureOf(http.getJson(meUrl))) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error.status).toBe(504);
  });

  it('11. 2xx HTML means signed out in session mode', async () => {
    const { http, meUrl } = setup(SESSION, html);
    expect(await failureOf(http.getJson(meUrl))).toBeInstanceOf(SignedOutError);
  });

  it('11. 2xx HTML is an unexpected answer in token mode', async () => {
    const { http, meUrl } = setup(TOKEN_AUTH, html);
    const error = (await failureOf(http.getJson(meUrl))) as UnexpectedResponseError;
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.shape).toBe('content-type text/html');
  });

  it('11. a 2xx without a content type is not JSON', async () => {
    const { http, meUrl } = setup(TOKEN_AUTH, () => new Response(new Uint8Array([123, 125])));
    expect(await failureOf(http.getJson(meUrl))).toBeInstanceOf(UnexpectedResponseError);
  });

  it('12. malformed JSON is an unexpected answer that keeps nothing of the body', async () => {
    const { http, meUrl } = setup(
      SESSION,
      () => new Response('{"name":"Anna", oops', { headers: { 'Content-Type': 'application/json' } }),
    );
    const error = (await failureOf(http.getJson(meUrl))) as UnexpectedResponseError;
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.shape).not.toContain('Anna');
  });

  it('accepts JSON media types with parameters and +json suffixes', async () => {
    const { http, meUrl } = setup(
      SESSION,
      () => new Response('[]', { headers: { 'Content-Type': 'Application/JSON ; charset=UTF-8' } }),
      () => new Response('{}', { headers: { 'Content-Type': 'application/problem+json' } }),
    );
    await expect(http.getJson(meUrl)).resolves.toEqual([]);
    await expect(http.getJson(meUrl)).resolves.toEqual({});
  });
});

describe('TelavoxHttp: the rate-limit hold', () => {
  it('sends nothing until retryAt after a 429, then sends again', async () => {
    const { http, transport, clock, meUrl, dialUrl } = setup(SESSION, status(429), ok, () =>
      jsonResponse({}),
    );
    const first = (await failureOf(http.getJson(meUrl))) as RateLimitedError;

    const heldRead = (await failureOf(http.getJson(http.url(['calls'])))) as RateLimitedError;
    expect(heldRead).toBeInstanceOf(RateLimitedError);
    expect(heldRead.retryAt).toBe(first.retryAt);
    expect(await failureOf(http.act('GET', dialUrl, 'dial'))).toBeInstanceOf(RateLimitedError);
    expect(transport.requests).toHaveLength(1);

    clock.advance(first.retryAt - clock.now() - 1);
    expect(await failureOf(http.getJson(meUrl))).toBeInstanceOf(RateLimitedError);
    expect(transport.requests).toHaveLength(1);

    clock.advance(1);
    await expect(http.getJson(meUrl)).resolves.toEqual({ extension: '0812345600' });
    await expect(http.act('GET', dialUrl, 'dial')).resolves.toBeUndefined();
    expect(transport.requests).toHaveLength(3);
  });

  it('refuses other requests while a read sleeps through its own short Retry-After', async () => {
    const transport = createFakeTransport(status(429, { headers: { 'Retry-After': '10' } }), ok);
    const clock = createManualClock();
    let wakeUp: (() => void) | undefined;
    const http = new TelavoxHttp({
      baseUrl: 'https://api.telavox.se',
      auth: SESSION,
      fetch: transport.fetch,
      now: clock.now,
      sleep: (ms) =>
        new Promise<void>((resolve) => {
          clock.sleeps.push(ms);
          wakeUp = () => {
            clock.advance(ms);
            resolve();
          };
        }),
    });
    const retrying = http.getJson(http.url(['extensions', me]));
    await flushMicrotasks();
    expect(clock.sleeps).toEqual([10_000]);
    expect(await failureOf(http.getJson(http.url(['calls'])))).toBeInstanceOf(RateLimitedError);
    expect(transport.requests).toHaveLength(1);
    wakeUp?.();
    await expect(retrying).resolves.toEqual({ extension: '0812345600' });
    expect(transport.requests).toHaveLength(2);
  });

  it('starts the hold after a 503 with Retry-After too', async () => {
    const { http, transport, meUrl } = setup(SESSION, status(503, { headers: { 'Retry-After': '300' } }));
    await failureOf(http.getJson(meUrl));
    expect(await failureOf(http.getJson(http.url(['calls'])))).toBeInstanceOf(RateLimitedError);
    expect(transport.requests).toHaveLength(1);
  });
});

describe('TelavoxHttp: actions are never retried', () => {
  it.each([
    ['5xx', status(500), ServerError],
    ['a timeout', timedOut, TelavoxTimeoutError],
    ['a network failure', offline, OfflineError],
    ['429 with a short Retry-After', status(429, { headers: { 'Retry-After': '1' } }), RateLimitedError],
  ])('a dial that meets %s is sent exactly once', async (_label, step, errorClass) => {
    const { http, transport, clock, dialUrl } = setup(SESSION, step, () => jsonResponse({ message: 'OK' }));
    expect(await failureOf(http.act('GET', dialUrl, 'dial'))).toBeInstanceOf(errorClass);
    expect(transport.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('resolves on any 2xx, whatever the body', async () => {
    const { http, dialUrl } = setup(
      TOKEN_AUTH,
      () => jsonResponse({ message: 'OK' }),
      () => new Response(null, { status: 204 }),
      () => new Response('Calling', { headers: { 'Content-Type': 'text/plain' } }),
      () => new Response('{"unexpected": [', { headers: { 'Content-Type': 'application/json' } }),
      html,
    );
    for (let index = 0; index < 5; index++)
      await expect(http.act('GET', dialUrl, 'dial')).resolves.toBeUndefined();
  });

  it('treats an HTML page as the login page in session mode, not as a confirmation', async () => {
    const { http, transport, dialUrl } = setup(SESSION, html);
    expect(await failureOf(http.act('GET', dialUrl, 'dial'))).toBeInstanceOf(SignedOutError);
    expect(transport.requests).toHaveLength(1);
  });

  it('passes the caller’s abort through as it is, without retrying', async () => {
    const { http, transport, dialUrl } = setup(SESSION, neverAnswers);
    const controller = new AbortController();
    const pending = failureOf(http.act('GET', dialUrl, 'dial', controller.signal));
    await flushMicrotasks();
    const reason = new DOMException('closed', 'AbortError');
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(transport.requests).toHaveLength(1);
  });
});

describe('TelavoxHttp: request shape', () => {
  it('session mode sends cookies, no Authorization, and the fixed options', async () => {
    const { http, transport, meUrl } = setup(SESSION, ok);
    await http.getJson(meUrl);
    const [request] = transport.requests;
    expect(request?.url).toBe('https://api.telavox.se/extensions/me');
    expect(request?.init).toMatchObject({
      method: 'GET',
      credentials: 'include',
      redirect: 'manual',
      cache: 'no-store',
    });
    expect(request?.headers).toEqual({
      accept: 'application/json',
      'content-type': 'application/json; charset=utf-8',
    });
  });

  it('token mode sends the Bearer token, omits cookies, and never puts the token in a URL', async () => {
    const { http, transport, meUrl, dialUrl } = setup(TOKEN_AUTH, ok, () => jsonResponse({ message: 'OK' }));
    await http.getJson(meUrl);
    await http.act('GET', dialUrl, 'dial');
    for (const request of transport.requests) {
      expect(request.init.credentials).toBe('omit');
      expect(request.init.redirect).toBe('manual');
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(request.url).not.toContain(TOKEN);
      expect(request.url).not.toContain('secret-token-value');
    }
  });

  it('trims the token and refuses one that cannot be a header value, without a request', async () => {
    const trimmed = setup({ mode: 'token', token: `  ${TOKEN}\n` }, ok);
    await trimmed.http.getJson(trimmed.meUrl);
    expect(trimmed.transport.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);

    const broken = setup({ mode: 'token', token: 'abc\r\nX-Injected: 1' }, ok);
    expect(await failureOf(broken.http.getJson(broken.meUrl))).toBeInstanceOf(TokenRejectedError);
    const empty = setup({ mode: 'token', token: '   ' }, ok);
    expect(await failureOf(empty.http.getJson(empty.meUrl))).toBeInstanceOf(TokenRejectedError);
    expect(broken.transport.requests).toHaveLength(0);
    expect(empty.transport.requests).toHaveLength(0);
  });

  it('uses the documented timeout for each kind of request', async () => {
    const { http, timeouts, meUrl, dialUrl } = setup(
      SESSION,
      ok,
      () => jsonResponse({ message: 'OK' }),
      () => jsonResponse({ message: 'OK' }),
      () => new Response(new Uint8Array([1]), { headers: { 'Content-Type': 'audio/mpeg' } }),
    );
    await http.getJson(meUrl);
    await http.act('GET', dialUrl, 'dial');
    await http.act('POST', http.url(['hangup']), 'hangup');
    await http.getAudio(http.url(['recordings']));
    expect(timeouts).toEqual([15_000, 10_000, 10_000, 25_000]);
    expect(REQUEST_TIMEOUT_MS).toMatchObject({
      read: 15_000,
      dial: 10_000,
      hangup: 10_000,
      recording: 25_000,
    });
  });

  it('refuses a URL outside the configured base without a request', async () => {
    const { http, transport } = setup(SESSION, ok);
    await expect(http.getJson(new URL('https://evil.example/extensions/me'))).rejects.toThrow(/outside/);
    expect(transport.requests).toHaveLength(0);
  });
});

describe('TelavoxHttp: recordings', () => {
  it('asks for audio/mpeg and returns the bytes', async () => {
    const { http, transport } = setup(
      SESSION,
      () => new Response(new Uint8Array([0x49, 0x44, 0x33]), { headers: { 'Content-Type': 'audio/mpeg' } }),
    );
    const blob = await http.getAudio(http.url(['recordings']));
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([0x49, 0x44, 0x33]));
    expect(transport.requests[0]?.headers.accept).toBe('audio/mpeg');
  });

  it('treats HTML as signed out (session) and JSON as unexpected', async () => {
    const session = setup(SESSION, html);
    expect(await failureOf(session.http.getAudio(session.http.url(['recordings'])))).toBeInstanceOf(
      SignedOutError,
    );
    const json = setup(SESSION, () => jsonResponse({ message: 'not ready' }));
    expect(await failureOf(json.http.getAudio(json.http.url(['recordings'])))).toBeInstanceOf(
      UnexpectedResponseError,
    );
  });
});

describe('TelavoxHttp: concurrency and merging', () => {
  it('keeps at most 2 requests in flight', async () => {
    const a = deferredStep();
    const b = deferredStep();
    const c = deferredStep();
    const { http, transport } = setup(SESSION, a.step, b.step, c.step);
    const reads = [
      http.getJson(http.url(['calls'])),
      http.getJson(http.url(['extensions'])),
      http.getJson(http.url(['hangup'])),
    ];
    await flushMicrotasks();
    expect(transport.requests).toHaveLength(2);
    expect(c.started).toBe(false);

    a.answer(jsonResponse({ n: 1 }));
    await flushMicrotasks();
    expect(transport.requests).toHaveLength(3);
    b.answer(jsonResponse({ n: 2 }));
    c.answer(jsonResponse({ n: 3 }));
    await expect(Promise.all(reads)).resolves.toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('frees the slot when a request fails', async () => {
    const { http, transport } = setup(SESSION, status(404), status(404), status(404), ok);
    const hangups = [1, 2, 3].map(() => http.act('POST', http.url(['hangup']), 'hangup'));
    const results = await Promise.allSettled(hangups);
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    await expect(http.getJson(http.url(['calls']))).resolves.toEqual({ extension: '0812345600' });
    expect(transport.requests).toHaveLength(4);
  });

  it('lets a waiting action go before waiting reads', async () => {
    const a = deferredStep();
    const b = deferredStep();
    const { http, transport } = setup(SESSION, a.step, b.step, () => jsonResponse({ message: 'OK' }), ok);
    const reads = [http.getJson(http.url(['calls'])), http.getJson(http.url(['extensions']))];
    const queuedRead = http.getJson(http.url(['extensions', me]));
    const queuedDial = http.act('GET', http.url(['dial']), 'dial');
    await flushMicrotasks();
    a.answer(jsonResponse({}));
    await flushMicrotasks();
    expect(transport.requests[2]?.url).toBe('https://api.telavox.se/dial');
    b.answer(jsonResponse({}));
    await Promise.all([...reads, queuedRead, queuedDial]);
    expect(transport.requests[3]?.url).toBe('https://api.telavox.se/extensions/me');
  });

  it('merges identical reads in flight into one request', async () => {
    const a = deferredStep();
    const { http, transport, meUrl } = setup(SESSION, a.step, ok);
    const first = http.getJson(meUrl);
    const second = http.getJson(http.url(['extensions', me]));
    await flushMicrotasks();
    a.answer(jsonResponse({ extension: 'shared' }));
    await expect(Promise.all([first, second])).resolves.toEqual([
      { extension: 'shared' },
      { extension: 'shared' },
    ]);
    expect(transport.requests).toHaveLength(1);

    // Once settled, the next read is a new request: merging is not caching.
    await expect(http.getJson(meUrl)).resolves.toEqual({ extension: '0812345600' });
    expect(transport.requests).toHaveLength(2);
  });

  it('shares a failure between merged reads too', async () => {
    const { http, transport, meUrl } = setup(SESSION, status(401));
    const results = await Promise.allSettled([http.getJson(meUrl), http.getJson(meUrl)]);
    expect(
      results.map((result) => result.status === 'rejected' && result.reason instanceof SignedOutError),
    ).toEqual([true, true]);
    expect(transport.requests).toHaveLength(1);
  });

  it('never merges actions: two dials are two requests', async () => {
    const { http, transport, dialUrl } = setup(
      SESSION,
      () => jsonResponse({}),
      () => jsonResponse({}),
    );
    await Promise.all([http.act('GET', dialUrl, 'dial'), http.act('GET', dialUrl, 'dial')]);
    expect(transport.requests).toHaveLength(2);
  });

  it('lets one caller stop waiting for a merged read without cancelling it for the other', async () => {
    const a = deferredStep();
    const { http, transport, meUrl } = setup(SESSION, a.step);
    const controller = new AbortController();
    const leaving = failureOf(http.getJson(meUrl, controller.signal));
    const staying = http.getJson(meUrl);
    await flushMicrotasks();
    controller.abort(new DOMException('popup closed', 'AbortError'));
    expect(await leaving).toMatchObject({ name: 'AbortError' });
    a.answer(jsonResponse({ extension: 'still here' }));
    await expect(staying).resolves.toEqual({ extension: 'still here' });
    expect(transport.requests).toHaveLength(1);
  });
});
