import { useCallback, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { sendRequest } from '@/lib/messaging/protocol';
import { failureText, requestErrorText } from '@/lib/ui/failure';

/** Hang up the current call; the background re-reads the call state first and never retries (§5.4). */
export function useHangup(onSettled: () => void) {
  const [hangingUp, setHangingUp] = useState(false);
  const [result, setResult] = useState<string | null>(null);

  const hangUp = useCallback(async () => {
    setHangingUp(true);
    setResult(null);
    try {
      const answer = await sendRequest({ type: 'hangup' });
      if (answer.ok) {
        setResult(answer.data === 'ended' ? t('call.ended') : t('call.noActiveCall'));
        onSettled();
      } else {
        setResult(failureText(answer.failure));
      }
    } catch (error) {
      setResult(requestErrorText(error));
    } finally {
      setHangingUp(false);
    }
  }, [onSettled]);

  return { hangingUp, result, hangUp };
}
