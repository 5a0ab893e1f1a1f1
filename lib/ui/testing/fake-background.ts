import { type MockInstance, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  type Envelope,
  type Request,
  type RequestOf,
  type RequestType,
  type ResponseOf,
  requestSchema,
} from '@/lib/messaging/protocol';
import type { AuthState } from '@/lib/model';
import type { TelavoxExtension } from '@/lib/telavox/schemas';

/** For tests of extension pages: answers `sendRequest` the way the background's router would. */
export type FakeHandlers = {
  [T in RequestType]?: (request: RequestOf<T>) => ResponseOf<T> | Promise<ResponseOf<T>>;
};

export interface FakeBackground {
  /** Every request received, after validation against the protocol (defaults filled in). */
  requests: Request[];
  /** Messages that did not validate: a page sending one is a bug. */
  invalid: unknown[];
  ofType<T extends RequestType>(type: T): RequestOf<T>[];
  /** Replaces or adds handlers while a test runs. */
  handle(handlers: FakeHandlers): void;
}

/**
 * Registers a fake background on WXT's fake browser. The listener answers through `sendResponse` and
 * returns `true`, which is what the fake browser (and real browsers) need for an asynchronous answer.
 */
export function installFakeBackground(initial: FakeHandlers): FakeBackground {
  const handlers: FakeHandlers = { ...initial };
  const background: FakeBackground = {
    requests: [],
    invalid: [],
    ofType: <T extends RequestType>(type: T) =>
      background.requests.filter((request): request is RequestOf<T> => request.type === type),
    handle: (more) => Object.assign(handlers, more),
  };
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) {
      background.invalid.push(message);
      sendResponse({
        ok: false,
        error: { code: 'bad-request', message: 'Malformed message.' },
      } satisfies Envelope);
      return true;
    }
    background.requests.push(parsed.data);
    const handler = handlers[parsed.data.type] as ((request: Request) => unknown) | undefined;
    if (!handler) {
      sendResponse({ ok: false, error: { code: 'internal', message: 'No handler' } } satisfies Envelope);
      return true;
    }
    Promise.resolve(handler(parsed.data)).then(
      (data) => sendResponse({ ok: true, data } satisfies Envelope),
      () =>
        sendResponse({
          ok: false,
          error: { code: 'internal', message: 'Handler failed' },
        } satisfies Envelope),
    );
    return true;
  });
  return background;
}

export function extensionFixture(overrides: Partial<TelavoxExtension> = {}): TelavoxExtension {
  return {
    extension: '0812345600',
    name: 'Anna Andersson',
    email: 'anna@example.se',
    mobile: '0701740623',
    profile: { available: true, name: 'Tillgänglig', until: null, message: null },
    calls: [],
    keyWords: [],
    ...overrides,
  };
}

export function signedIn(me: TelavoxExtension = extensionFixture()): AuthState {
  return { status: 'signed-in', mode: 'session', me, checkedAt: Date.now() };
}

type PermissionRequest = (permissions: { origins?: string[]; permissions?: string[] }) => Promise<boolean>;

/**
 * The fake browser leaves `permissions.request` unimplemented (a real one shows a prompt), so tests answer
 * the prompt here. The spy is undone by Vitest's `restoreMocks`.
 */
export function answerPermissionPrompt(granted: boolean): MockInstance<PermissionRequest> {
  const spy = vi.spyOn(fakeBrowser.permissions, 'request') as unknown as MockInstance<PermissionRequest>;
  return spy.mockResolvedValue(granted);
}
