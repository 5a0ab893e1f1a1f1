import { vi } from 'vitest';
import type { TelavoxBackend } from '@/lib/telavox';
import { extensionFixture } from '@/lib/ui/testing/fake-background';
import type { BackendAuth, ServiceDeps } from '../context';
import { createTelavoxService } from '../index';

/** Test fixtures for the service: a scripted backend (the `TelavoxBackend` seam, not a browser API). */
/** A directory entry; the same fixture the UI tests use. */
export const person = extensionFixture;

export const colleagues = [
  person(),
  person({ extension: '0812345601', name: 'Erik Svensson', mobile: '0701740641' }),
];

export function fakeBackend(authMode: 'session' | 'token') {
  return {
    generation: 'v1',
    authMode,
    whoAmI: vi.fn(async () => person()),
    listColleagues: vi.fn(async () => ({ items: colleagues, dropped: 0 })),
    getColleague: vi.fn(async () => person()),
    callHistory: vi.fn(async () => ({ items: [], dropped: 0 })),
    dial: vi.fn(async () => {}),
    hangup: vi.fn(async () => 'ended' as const),
    sendSms: vi.fn(async () => {}),
    downloadRecording: vi.fn(async () => new Blob()),
  } satisfies TelavoxBackend;
}

export function setupService(options: { apiAccess?: boolean } = {}) {
  let now = 1_700_000_000_000;
  const backends: { auth: BackendAuth; backend: ReturnType<typeof fakeBackend> }[] = [];
  const badge = vi.fn(async (_signedOut: boolean) => {});
  const openTab = vi.fn(async (_url: string): Promise<number | undefined> => 42);
  const deps: ServiceDeps = {
    createBackend: (auth) => {
      const backend = fakeBackend(auth.mode);
      backends.push({ auth, backend });
      return backend;
    },
    openTab,
    hasApiAccess: async () => options.apiAccess ?? true,
    showSignedOutBadge: badge,
    now: () => now,
    homeUrl: 'https://home.telavox.se',
  };
  const service = createTelavoxService(deps);
  return {
    service,
    badge,
    openTab,
    backends,
    api: () => backends.at(-1)!.backend,
    advance: (ms: number) => {
      now += ms;
    },
  };
}
