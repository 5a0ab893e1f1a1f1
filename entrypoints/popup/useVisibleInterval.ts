import { useEffect, useRef } from 'preact/hooks';

/**
 * Calls `callback` every `ms` while the page is visible and not at all while it is hidden or disabled
 * (telavox-api.md §8: poll only while a UI showing the data is open, never more often than every 60 s).
 * Becoming visible again starts a fresh interval, so the next call is still a full `ms` away.
 */
export function useVisibleInterval(callback: () => void, ms: number, enabled = true): void {
  const latest = useRef(callback);
  latest.current = callback;

  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setInterval> | undefined;
    const stop = () => {
      clearInterval(timer);
      timer = undefined;
    };
    const start = () => {
      if (timer === undefined && document.visibilityState === 'visible') {
        timer = setInterval(() => latest.current(), ms);
      }
    };
    const onVisibilityChange = () => (document.visibilityState === 'visible' ? start() : stop());
    start();
    document.addEventListener('visibilitychange', onVisibilityChange);
    window.addEventListener('pagehide', stop);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisibilityChange);
      window.removeEventListener('pagehide', stop);
    };
  }, [ms, enabled]);
}
