import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

const ALL_SITES = { origins: ['<all_urls>'] };

/**
 * "Detect numbers on all sites": the optional `<all_urls>` host permission. The browser asks the user
 * when it is requested, which must happen inside the click; the background follows the change
 * (`permissions.onAdded` / `onRemoved`) and registers detection accordingly.
 */
export function useAllSitesDetection() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    browser.permissions.contains(ALL_SITES).then(setEnabled, () => setEnabled(false));
  }, []);

  const toggle = useCallback((on: boolean) => {
    setDenied(false);
    // No await before the request: it must run in the click's user gesture.
    const change = on ? browser.permissions.request(ALL_SITES) : browser.permissions.remove(ALL_SITES);
    void change.then(
      async (done) => {
        if (on && !done) setDenied(true);
        setEnabled(await browser.permissions.contains(ALL_SITES));
      },
      () => setDenied(on),
    );
  }, []);

  return { enabled, denied, toggle };
}
