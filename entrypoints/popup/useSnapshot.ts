import { useCallback, useEffect, useState } from 'preact/hooks';
import type { z } from 'zod';
import { sendRequest } from '@/lib/messaging/protocol';
import type { DirectorySnapshot, HistorySnapshot } from '@/lib/model';
import { directorySnapshotSchema, historySnapshotSchema } from '@/lib/model';
import { directoryItem, historyItem } from '@/lib/storage';
import type { TelavoxFailure } from '@/lib/telavox/errors';
import { useVisibleInterval } from './useVisibleInterval';

export const HISTORY_REFRESH_MS = 60_000;

type Refresh = 'if-stale' | 'force';

interface SnapshotSource<S> {
  load: (refresh: Refresh) => Promise<{ snapshot: S | null; failure: TelavoxFailure | null }>;
  item: { watch: (callback: (value: S | null) => void) => () => void };
  schema: z.ZodType<S>;
}

/**
 * A cached list from the background: loaded when enabled, kept live from `storage.session`, and polled
 * when `pollMs` is given. A failed refresh keeps the last snapshot on screen beside the failure.
 */
function useSnapshot<S>(source: SnapshotSource<S>, enabled: boolean, pollMs: number | null) {
  const [snapshot, setSnapshot] = useState<S | null>(null);
  const [failure, setFailure] = useState<TelavoxFailure | null>(null);

  const { load, item, schema } = source;
  const refresh = useCallback(
    async (refresh: Refresh) => {
      try {
        const answer = await load(refresh);
        if (answer.snapshot) setSnapshot(answer.snapshot);
        setFailure(answer.failure);
      } catch {
        setFailure({ kind: 'unknown' });
      }
    },
    [load],
  );

  useEffect(() => {
    if (!enabled) return;
    void refresh('if-stale');
    return item.watch((value) => {
      const parsed = schema.safeParse(value);
      if (parsed.success) setSnapshot(parsed.data);
    });
  }, [enabled, refresh, item, schema]);

  useVisibleInterval(() => void refresh('force'), pollMs ?? 0, enabled && pollMs !== null);

  return { snapshot, failure, refresh };
}

const historySource: SnapshotSource<HistorySnapshot> = {
  load: (refresh) => sendRequest({ type: 'get-history', refresh }),
  item: historyItem,
  schema: historySnapshotSchema,
};

const directorySource: SnapshotSource<DirectorySnapshot> = {
  load: (refresh) => sendRequest({ type: 'get-directory', refresh }),
  item: directoryItem,
  schema: directorySnapshotSchema,
};

/** Recent calls, refreshed every 60 s while the popup is visible (telavox-api.md §8, §9). */
export function useHistory(enabled: boolean) {
  return useSnapshot(historySource, enabled, HISTORY_REFRESH_MS);
}

/**
 * The colleague directory. Never polled: the full list may not be fetched at short intervals
 * (telavox-api.md §8); the background serves it from a 5-minute cache.
 */
export function useDirectory(enabled: boolean) {
  return useSnapshot(directorySource, enabled, null);
}
