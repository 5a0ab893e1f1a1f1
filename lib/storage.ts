import { storage } from 'wxt/utils/storage';
import type { z } from 'zod';
import {
  type AuthState,
  authStateSchema,
  type Confirmation,
  confirmationSchema,
  type DirectorySnapshot,
  defaultSettings,
  directorySnapshotSchema,
  type HistorySnapshot,
  historySnapshotSchema,
  type PendingDial,
  pendingDialSchema,
  type Settings,
  settingsSchema,
} from '@/lib/model';

/**
 * Every storage key of the extension, declared once. Telavox data (identity, directory, history) lives in
 * `storage.session` only: Telavox asks integrations not to keep replicas (telavox-api.md §9), and session
 * storage is forgotten when the browser closes. Nothing is ever written to `storage.sync`.
 * `storage.session` is not readable by content scripts (Chrome's default access level is trusted contexts).
 */

export const authStateItem = storage.defineItem<AuthState>('session:authState', {
  fallback: { status: 'unknown' },
  version: 1,
});

export const directoryItem = storage.defineItem<DirectorySnapshot | null>('session:directory', {
  fallback: null,
  version: 1,
});

export const historyItem = storage.defineItem<HistorySnapshot | null>('session:history', {
  fallback: null,
  version: 1,
});

/** The dial in flight, if any (telavox-api.md §5.3 guards). */
export const pendingDialItem = storage.defineItem<PendingDial | null>('session:pendingDial', {
  fallback: null,
  version: 1,
});

/** The last dial sent, for the 3 s cooldown and the "same number within 10 s" confirmation. */
export const lastDialItem = storage.defineItem<PendingDial | null>('session:lastDial', {
  fallback: null,
  version: 1,
});

/** Until when Telavox asked us to slow down (epoch ms), from a 429 / Retry-After. */
export const rateLimitedUntilItem = storage.defineItem<number>('session:rateLimitedUntil', {
  fallback: 0,
  version: 1,
});

/** Call requests waiting in a confirmation window, by id. */
export const confirmationsItem = storage.defineItem<Record<string, Confirmation>>('session:confirmations', {
  fallback: {},
  version: 1,
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: 1,
});

/**
 * The personal API token. "Remember on this device" keeps it in `storage.local`; otherwise it lives in
 * `storage.session` and is gone when the browser closes (telavox-api.md §3.2). Never in `sync`.
 */
export const rememberedTokenItem = storage.defineItem<string | null>('local:apiToken', {
  fallback: null,
  version: 1,
});
export const sessionTokenItem = storage.defineItem<string | null>('session:apiToken', {
  fallback: null,
  version: 1,
});

/**
 * Reads an item and validates it: a value written by an older or broken build falls back instead of
 * crashing whoever reads it.
 */
export async function readValid<T>(
  item: { getValue(): Promise<T>; fallback: T },
  schema: z.ZodType<NonNullable<T>>,
): Promise<T> {
  const value = await item.getValue();
  if (value === null || value === undefined) return value;
  const parsed = schema.safeParse(value);
  return parsed.success ? (parsed.data as T) : item.fallback;
}

export const storageSchemas = {
  authState: authStateSchema,
  directory: directorySnapshotSchema,
  history: historySnapshotSchema,
  pendingDial: pendingDialSchema,
  confirmation: confirmationSchema,
  settings: settingsSchema,
} as const;
