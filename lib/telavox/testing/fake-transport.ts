/**
 * Test support: a scripted stand-in for the `fetch` that `TelavoxHttp` receives by injection, and a
 * manual clock. Each call to the fake takes the next scripted step and is recorded with its init.
 */

export interface RecordedRequest {
  readonly url: string;
  readonly init: RequestInit;
  readonly headers: Record<string, string>;
}

export type ScriptedStep = (request: RecordedRequest) => Response | Promise<Response>;

export interface FakeTransport {
  readonly fetch: typeof fetch;
  readonly requests: RecordedRequest[];
  /** Appends steps to the script. */
  script(...steps: ScriptedStep[]): void;
}

export function createFakeTransport(...initial: ScriptedStep[]): FakeTransport {
  const steps = [...initial];
  const requests: RecordedRequest[] = [];
  const fakeFetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const request: RecordedRequest = { url, init, headers };
    requests.push(request);
    const step = steps.shift();
    if (!step) throw new Error(`No scripted response for request ${requests.length}: ${url}`);
    // As a real fetch does: an aborted signal rejects the request with its reason.
    const signal = init.signal;
    if (signal?.aborted) throw signal.reason;
    const pending = Promise.resolve(step(request));
    if (!signal) return pending;
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      pending.then(resolve, reject);
    });
  };
  return {
    fetch: fakeFetch as typeof fetch,
    requests,
    script: (...more) => {
      steps.push(...more);
    },
  };
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...(init.headers ?? {}) },
  });
}

/** What a browser returns for `redirect: "manual"`; Node's fetch never produces one, so it is faked. */
export function opaqueRedirectResponse(): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
  Object.defineProperty(response, 'status', { value: 0 });
  return response;
}

/** A step that never answers until the request's signal aborts. */
export const neverAnswers: ScriptedStep = () => new Promise<Response>(() => undefined);

/** A step whose answer the test releases later. */
export function deferredStep(): { step: ScriptedStep; answer(response: Response): void; started: boolean } {
  let release: ((response: Response) => void) | undefined;
  const control = {
    started: false,
    step: (() => {
      control.started = true;
      return new Promise<Response>((resolve) => {
        release = resolve;
      });
    }) as ScriptedStep,
    answer(response: Response) {
      if (!release) throw new Error('The deferred step has not been requested yet');
      release(response);
    },
  };
  return control;
}

/** A clock that only moves when slept on, so backoff tests run instantly and deterministically. */
export function createManualClock(start = Date.UTC(2024, 2, 15, 12, 0, 0)) {
  let current = start;
  const sleeps: number[] = [];
  return {
    now: () => current,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      current += ms;
    },
    advance: (ms: number) => {
      current += ms;
    },
    sleeps,
  };
}

/** Lets pending promise callbacks run. */
export function flushMicrotasks(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
