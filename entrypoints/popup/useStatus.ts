import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendRequest } from '@/lib/messaging/protocol';
import { type AuthState, authStateSchema } from '@/lib/model';
import { authStateItem } from '@/lib/storage';
import { requestErrorText } from '@/lib/ui/failure';
import { useVisibleInterval } from './useVisibleInterval';

export const STATUS_REFRESH_MS = 60_000;

/**
 * The sign-in state: the background's last known answer at once, then live from `storage.session` as the
 * background updates it, and a forced re-check every 60 s while signed in and the popup is visible.
 */
export function useStatus() {
  const [auth, setAuth] = useState<AuthState>({ status: 'unknown' });
  const [hasToken, setHasToken] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async (refresh: 'if-stale' | 'force') => {
    try {
      const status = await sendRequest({ type: 'get-status', refresh });
      setAuth(status.auth);
      setHasToken(status.hasToken);
      setError(null);
    } catch (failure) {
      setError(requestErrorText(failure));
    }
  }, []);

  useEffect(() => {
    // Opening the popup is a user action, and the popup shows live presence and call state: ask once
    // per opening (one GET /extensions/me), never on a timer while signed out.
    void refresh('force');
    return authStateItem.watch((value) => {
      const parsed = authStateSchema.safeParse(value);
      if (parsed.success) setAuth(parsed.data);
    });
  }, [refresh]);

  // Signed out or token refused: nothing to poll until the user acts (telavox-api.md §6 row 4).
  useVisibleInterval(() => void refresh('force'), STATUS_REFRESH_MS, auth.status === 'signed-in');

  return { auth, hasToken, error, refresh };
}
