import type { WxtStorageItem } from 'wxt/utils/storage';
import type { z } from 'zod';
import { readValid } from '@/lib/storage';
import { describeFailure, type TelavoxFailure } from '@/lib/telavox';
import { FORCED_REFRESH_DEBOUNCE } from './context';
import type { Refresh, SessionService } from './session';

interface Snapshot {
  fetchedAt: number;
}

export interface CachedResourceOptions<T extends Snapshot> {
  item: WxtStorageItem<T | null, Record<string, unknown>>;
  schema: z.ZodType<T>;
  maxAge: number;
  session: SessionService;
  now(): number;
  load(session: SessionService): Promise<Omit<T, 'fetchedAt'>>;
}

export interface CachedRead<T> {
  snapshot: T | null;
  failure: TelavoxFailure | null;
}

/**
 * A short-lived copy of Telavox data in `storage.session` (telavox-api.md §9): the last known snapshot is
 * answered at once, and refreshed only when asked and stale (or forced, at most once per 5 s). Concurrent
 * refreshes share one request. Nothing is fetched while signed out or rate limited.
 */
export function createCachedResource<T extends Snapshot>(options: CachedResourceOptions<T>) {
  let inFlight: Promise<CachedRead<T>> | null = null;
  let lastAttemptAt = Number.NEGATIVE_INFINITY;

  async function current(): Promise<T | null> {
    return readValid(options.item, options.schema as z.ZodType<NonNullable<T | null>>);
  }

  async function refreshNow(): Promise<CachedRead<T>> {
    inFlight ??= (async () => {
      lastAttemptAt = options.now();
      try {
        const loaded = await options.load(options.session);
        const snapshot = { ...loaded, fetchedAt: options.now() } as T;
        await options.item.setValue(snapshot);
        return { snapshot, failure: null };
      } catch (error) {
        return { snapshot: await current(), failure: describeFailure(error) };
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  }

  async function read(refresh: Refresh): Promise<CachedRead<T>> {
    const snapshot = await current();
    if (refresh === 'never') return { snapshot, failure: null };
    if (!(await options.session.isSignedIn()) || (await options.session.isRateLimited())) {
      return { snapshot, failure: null };
    }
    const age = snapshot ? options.now() - snapshot.fetchedAt : Number.POSITIVE_INFINITY;
    const debounced = options.now() - lastAttemptAt < FORCED_REFRESH_DEBOUNCE;
    if (refresh === 'force' ? debounced : age <= options.maxAge) return { snapshot, failure: null };
    return refreshNow();
  }

  async function clear(): Promise<void> {
    await options.item.setValue(null);
  }

  return { read, current, clear };
}
