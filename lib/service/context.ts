import type { TelavoxBackend } from '@/lib/telavox';

export type BackendAuth = { mode: 'session' } | { mode: 'token'; token: string };

/** What the service needs from the outside world; the background passes real ones, tests pass fakes. */
export interface ServiceDeps {
  createBackend(auth: BackendAuth): TelavoxBackend;
  /** Opens a URL in a normal browser tab (Home sign-in, options); resolves to the tab's id if known. */
  openTab(url: string): Promise<number | undefined>;
  /** Whether the extension holds host access to the Telavox API (it can be withdrawn by the user). */
  hasApiAccess(): Promise<boolean>;
  /** Reflects the sign-in state on the toolbar icon. */
  showSignedOutBadge(signedOut: boolean): Promise<void>;
  now(): number;
  homeUrl: string;
}

export const MINUTE = 60_000;
/** Identity is re-probed when older than this (telavox-api.md §3.1 and §9). */
export const AUTH_MAX_AGE = 5 * MINUTE;
export const DIRECTORY_MAX_AGE = 5 * MINUTE;
export const HISTORY_MAX_AGE = MINUTE;
/** A user's manual refresh of the same data is debounced to one per 5 s (§8). */
export const FORCED_REFRESH_DEBOUNCE = 5_000;
