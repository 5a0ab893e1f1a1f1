import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendRequest } from '@/lib/messaging/protocol';
import type { Settings } from '@/lib/model';
import { requestErrorText } from '@/lib/ui/failure';

/** The settings as the background has them; every change is written by the background and echoed back. */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  /** The newest settings, ahead of the rendered ones while an update is on its way. */
  const latest = useRef<Settings | null>(null);
  const updates = useRef(0);

  useEffect(() => {
    sendRequest({ type: 'get-settings' }).then(
      (loaded) => {
        latest.current = loaded;
        setSettings(loaded);
      },
      (error) => setMessage({ text: requestErrorText(error), ok: false }),
    );
  }, []);

  const update = useCallback(async (change: Partial<Settings>, savedText: string) => {
    const current = latest.current;
    if (!current) return;
    // The whole object is sent and remembered at once, so that a second change made before the answer
    // builds on this one.
    const next = { ...current, ...change };
    latest.current = next;
    const update = ++updates.current;
    try {
      const stored = await sendRequest({ type: 'update-settings', patch: next });
      // An answer to an older change must not undo a newer one that is still on its way.
      if (update !== updates.current) return;
      latest.current = stored;
      setSettings(stored);
      setMessage({ text: savedText, ok: true });
    } catch (error) {
      setMessage({ text: requestErrorText(error), ok: false });
    }
  }, []);

  return { settings, message, update };
}
