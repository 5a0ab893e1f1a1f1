import {
  authStateItem,
  directoryItem,
  historyItem,
  rateLimitedUntilItem,
  rememberedTokenItem,
  sessionTokenItem,
} from '@/lib/storage';
import { FORCED_REFRESH_DEBOUNCE, type ServiceDeps } from './context';
import { createDialer } from './dialer';
import { createDirectoryService } from './directory';
import { createHistoryService } from './history';
import { previewNumber } from './numbers';
import { createSessionService, type Refresh } from './session';
import { getDefaultCountry, getSettings } from './settings';

export type { ServiceDeps } from './context';

/**
 * The behaviour behind every request: the session, short-lived caches, dialling and hanging up. The
 * background's message handlers are thin calls into this; the API layer below knows nothing of it.
 */
export function createTelavoxService(deps: ServiceDeps) {
  const session = createSessionService(deps);
  const directory = createDirectoryService(deps, session);
  const history = createHistoryService(deps, session);
  const dialer = createDialer(deps, session, directory);

  async function status(refresh: Refresh) {
    const auth = await session.getStatus(refresh);
    return {
      auth,
      hasToken: (await session.readToken()) !== null,
      rateLimitedUntil: await rateLimitedUntilItem.getValue(),
    };
  }

  /** Forgets everything learnt under the previous identity (telavox-api.md §3.2: identities never mix). */
  async function resetIdentity() {
    await Promise.all([
      authStateItem.setValue({ status: 'unknown' }),
      directoryItem.setValue(null),
      historyItem.setValue(null),
    ]);
  }

  async function saveToken(token: string, remember: boolean) {
    await (remember ? rememberedTokenItem : sessionTokenItem).setValue(token.trim());
    await (remember ? sessionTokenItem : rememberedTokenItem).setValue(null);
    await resetIdentity();
    return status('force');
  }

  async function removeToken() {
    await rememberedTokenItem.setValue(null);
    await sessionTokenItem.setValue(null);
    await resetIdentity();
    return status('force');
  }

  /** Tabs opened by "Sign in to Telavox", watched so we notice when the user has signed in there. */
  const signInTabs = new Set<number>();
  let lastSignInProbe = Number.NEGATIVE_INFINITY;

  async function signIn() {
    const tabId = await deps.openTab(deps.homeUrl);
    if (tabId !== undefined) signInTabs.add(tabId);
  }

  /**
   * A page finished loading in a sign-in tab (telavox-api.md §3.1: "probes once more when the user comes
   * back"). One probe per load, at most every 5 s, and only while not signed in: bounded, never a loop.
   */
  async function onTabLoaded(tabId: number) {
    if (!signInTabs.has(tabId)) return;
    if (await session.isSignedIn()) {
      signInTabs.delete(tabId);
      return;
    }
    if (deps.now() - lastSignInProbe < FORCED_REFRESH_DEBOUNCE) return;
    lastSignInProbe = deps.now();
    const state = await session.probe();
    if (state.status === 'signed-in') signInTabs.delete(tabId);
  }

  function onTabClosed(tabId: number) {
    signInTabs.delete(tabId);
  }

  async function preview(raw: string) {
    return previewNumber(raw, await getDefaultCountry(), directory);
  }

  async function dial(request: { raw: string; confirmRepeat: boolean; confirmPremium: boolean }) {
    const settings = await getSettings();
    return dialer.dial({
      ...request,
      autoAnswer: settings.autoAnswer,
      defaultCountry: settings.defaultCountry as Parameters<typeof dialer.dial>[0]['defaultCountry'],
    });
  }

  async function lookup(e164: string) {
    const country = await getDefaultCountry();
    const signedIn = await session.isSignedIn();
    const colleague = signedIn ? await directory.findColleague(e164, country) : null;
    const recentCall = signedIn ? await history.findRecentCall(e164, country) : null;
    const snapshot = await directory.getIndex(country);
    return { colleague, recentCall, directoryFetchedAt: snapshot?.snapshot.fetchedAt ?? null };
  }

  return {
    session,
    status,
    signIn,
    onTabLoaded,
    onTabClosed,
    saveToken,
    removeToken,
    preview,
    dial,
    hangup: dialer.hangup,
    directory: (refresh: Refresh) => directory.read(refresh),
    history: (refresh: Refresh) => history.read(refresh),
    lookup,
  };
}

export type TelavoxService = ReturnType<typeof createTelavoxService>;
