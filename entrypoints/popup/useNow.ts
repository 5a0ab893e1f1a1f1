import { useState } from 'preact/hooks';
import { useVisibleInterval } from './useVisibleInterval';

/** The current time, re-read every `ms` while the popup is visible, for "5 min ago" style texts. */
export function useNow(ms = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useVisibleInterval(() => setNow(Date.now()), ms);
  return now;
}
