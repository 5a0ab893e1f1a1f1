import { useEffect, useState } from 'preact/hooks';
import type { PreviewResponse } from '@/components/NumberPreview';
import { sendRequest } from '@/lib/messaging/protocol';

export const PREVIEW_DEBOUNCE_MS = 150;

/** The background's reading of the typed text, asked once typing pauses; stale answers are ignored. */
export function usePreview(raw: string): PreviewResponse | null {
  const [preview, setPreview] = useState<PreviewResponse | null>(null);
  useEffect(() => {
    if (raw.trim() === '') {
      setPreview(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      sendRequest({ type: 'preview-number', raw }).then(
        (answer) => current && setPreview(answer),
        () => current && setPreview(null),
      );
    }, PREVIEW_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [raw]);
  return preview;
}
