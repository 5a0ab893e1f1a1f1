import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { type ResponseOf, sendRequest } from '@/lib/messaging/protocol';
import { failureText, requestErrorText } from '@/lib/ui/failure';

type Status = ResponseOf<'get-status'>;

export interface TokenMessage {
  text: string;
  ok: boolean;
}

/** What the user reads after a token was tested (telavox-api.md §3.2: identity comes from /extensions/me). */
export function tokenResultText(status: Status): TokenMessage {
  const { auth } = status;
  switch (auth.status) {
    case 'signed-in':
      return {
        text: t('options.token.saved', { name: auth.me.name, extension: auth.me.extension }),
        ok: true,
      };
    case 'token-invalid':
      return { text: t('options.token.refused'), ok: false };
    case 'unavailable':
      return { text: failureText(auth.failure), ok: false };
    case 'no-permission':
      return { text: t('auth.noPermission.title'), ok: false };
    default:
      return { text: t('failure.unknown'), ok: false };
  }
}

/** The token section: the sign-in state, and saving (after a test by the background) or removing a token. */
export function useToken() {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<TokenMessage | null>(null);

  useEffect(() => {
    sendRequest({ type: 'get-status', refresh: 'if-stale' }).then(setStatus, (error) =>
      setMessage({ text: requestErrorText(error), ok: false }),
    );
  }, []);

  const run = useCallback(
    async (action: () => Promise<Status>, describe: (status: Status) => TokenMessage) => {
      setBusy(true);
      setMessage(null);
      try {
        const next = await action();
        setStatus(next);
        const result = describe(next);
        setMessage(result);
        return result.ok;
      } catch (error) {
        setMessage({ text: requestErrorText(error), ok: false });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  const save = useCallback(
    (token: string, remember: boolean) =>
      run(() => sendRequest({ type: 'save-token', token, remember }), tokenResultText),
    [run],
  );

  const remove = useCallback(
    () =>
      run(
        () => sendRequest({ type: 'remove-token' }),
        () => ({ text: t('options.token.removed'), ok: true }),
      ),
    [run],
  );

  return { status, busy, message, save, remove };
}
