import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originPattern } from '@/lib/config';
import { t } from '@/lib/i18n';
import { type SiteAccess, sendRequest } from '@/lib/messaging/protocol';

type KnownSiteAccess = SiteAccess & { origin: string };

/**
 * Number detection on the active tab's site. Only http(s) pages qualify. Enabling asks for the site's
 * host permission first, from the user's click: both browsers allow `permissions.request` only in a user
 * gesture, and Firefox loses the gesture after the first `await`
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/permissions/request).
 */
export function useSiteAccess() {
  const [url, setUrl] = useState<string | null>(null);
  const [access, setAccess] = useState<KnownSiteAccess | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const tabUrl = tab?.url;
      if (!tabUrl || !/^https?:\/\//i.test(tabUrl)) return;
      const answer = await sendRequest({ type: 'get-site-access', url: tabUrl });
      if (!current || answer.origin === null) return;
      setUrl(tabUrl);
      setAccess({ ...answer, origin: answer.origin });
    })().catch(() => {
      // No toggle is better than a broken one: detection stays as it was.
    });
    return () => {
      current = false;
    };
  }, []);

  const toggle = useCallback(
    (enabled: boolean) => {
      if (!url || !access) return;
      // Called synchronously from the click, before any await.
      const permission =
        enabled && !access.granted
          ? browser.permissions.request({ origins: [originPattern(access.origin)] })
          : Promise.resolve(true);
      setBusy(true);
      setError(null);
      permission
        .then(async (granted) => {
          if (!granted) return;
          const answer = await sendRequest({ type: 'set-site-access', url, enabled });
          if (answer.origin !== null) setAccess({ ...answer, origin: answer.origin });
        })
        .catch(() => setError(t('site.failed')))
        .finally(() => setBusy(false));
    },
    [url, access],
  );

  return { access, busy, error, toggle };
}
