import type { AuthState } from '@/lib/model';
import {
  authStateItem,
  rateLimitedUntilItem,
  readValid,
  rememberedTokenItem,
  sessionTokenItem,
  storageSchemas,
} from '@/lib/storage';
import {
  describeFailure,
  RateLimitedError,
  SignedOutError,
  type TelavoxBackend,
  TokenRejectedError,
} from '@/lib/telavox';
import { AUTH_MAX_AGE, type BackendAuth, type ServiceDeps } from './context';

export type Refresh = 'never' | 'if-stale' | 'force';

/**
 * Who the user is to Telavox, and the one backend instance all requests go through (it holds the
 * concurrency limit and the rate-limit gate, so there must be only one per identity).
 */
export function createSessionService(deps: ServiceDeps) {
  let cached: { key: string; backend: TelavoxBackend } | null = null;
  let probing: Promise<AuthState> | null = null;

  async function readToken(): Promise<string | null> {
    return (await sessionTokenItem.getValue()) ?? (await rememberedTokenItem.getValue());
  }

  /** A stored token wins; otherwise the browser's Telavox session cookie is used (§3.2 mode selection). */
  async function backend(): Promise<TelavoxBackend> {
    const token = await readToken();
    const auth: BackendAuth = token ? { mode: 'token', token } : { mode: 'session' };
    const key = auth.mode === 'token' ? `token:${auth.token}` : 'session';
    if (cached?.key !== key) cached = { key, backend: deps.createBackend(auth) };
    return cached.backend;
  }

  async function getAuthState(): Promise<AuthState> {
    return readValid(authStateItem, storageSchemas.authState);
  }

  async function setAuthState(state: AuthState): Promise<AuthState> {
    await authStateItem.setValue(state);
    await deps.showSignedOutBadge(state.status === 'signed-out' || state.status === 'token-invalid');
    return state;
  }

  /**
   * Records what a failed request says about the session. Every caller funnels errors through here, so a
   * 401 anywhere flips the state to signed out at once and nothing keeps asking (§6 row 4).
   */
  async function noteFailure(error: unknown): Promise<void> {
    const now = deps.now();
    if (error instanceof SignedOutError) await setAuthState({ status: 'signed-out', checkedAt: now });
    else if (error instanceof TokenRejectedError)
      await setAuthState({ status: 'token-invalid', checkedAt: now });
    if (error instanceof RateLimitedError) await rateLimitedUntilItem.setValue(error.retryAt);
  }

  /** Asks Telavox who we are (`GET /extensions/me`); the result is the new auth state. */
  async function probe(): Promise<AuthState> {
    probing ??= (async () => {
      try {
        if (!(await deps.hasApiAccess())) {
          return await setAuthState({ status: 'no-permission', checkedAt: deps.now() });
        }
        const api = await backend();
        const me = await api.whoAmI();
        return await setAuthState({ status: 'signed-in', mode: api.authMode, me, checkedAt: deps.now() });
      } catch (error) {
        await noteFailure(error);
        const failure = describeFailure(error);
        if (failure.kind === 'signed-out' || failure.kind === 'token-invalid') return getAuthState();
        return await setAuthState({ status: 'unavailable', failure, checkedAt: deps.now() });
      } finally {
        probing = null;
      }
    })();
    return probing;
  }

  /**
   * The auth state, probed again when stale. Only user actions ask (opening the popup, Retry), and never
   * on a timer while signed out, so a signed-out browser never loops requests; but every such action does
   * probe when not signed in, so a user who just signed in on Home sees it at once.
   */
  async function getStatus(refresh: Refresh): Promise<AuthState> {
    const state = await getAuthState();
    if (refresh === 'never') return state;
    if (refresh === 'force') return probe();
    if (await isRateLimited()) return state;
    const stale = state.status !== 'signed-in' || deps.now() - state.checkedAt > AUTH_MAX_AGE;
    return stale ? probe() : state;
  }

  async function isRateLimited(): Promise<boolean> {
    return (await rateLimitedUntilItem.getValue()) > deps.now();
  }

  /** Runs one API call with the current backend and notes what its failure says about the session. */
  async function call<T>(run: (api: TelavoxBackend) => Promise<T>): Promise<T> {
    const api = await backend();
    try {
      return await run(api);
    } catch (error) {
      await noteFailure(error);
      throw error;
    }
  }

  async function isSignedIn(): Promise<boolean> {
    return (await getAuthState()).status === 'signed-in';
  }

  return {
    backend,
    getAuthState,
    setAuthState,
    getStatus,
    probe,
    call,
    isRateLimited,
    isSignedIn,
    readToken,
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
