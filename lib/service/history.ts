import type { CountryCode } from 'libphonenumber-js';
import { type HistorySnapshot, historySnapshotSchema } from '@/lib/model';
import { parseDialInput } from '@/lib/phone/dial-input';
import { historyItem } from '@/lib/storage';
import type { CallRecord } from '@/lib/telavox';
import { createCachedResource } from './cached-resource';
import { HISTORY_MAX_AGE, type ServiceDeps } from './context';
import type { SessionService } from './session';

export function createHistoryService(deps: ServiceDeps, session: SessionService) {
  const cache = createCachedResource<HistorySnapshot>({
    item: historyItem,
    schema: historySnapshotSchema,
    maxAge: HISTORY_MAX_AGE,
    session,
    now: deps.now,
    load: (s) => s.call((api) => api.callHistory()),
  });

  /**
   * The newest call with this number, from the cached history only: a hover card must not fetch the
   * history (it is popup data, §5.2).
   */
  async function findRecentCall(e164: string, defaultCountry: CountryCode): Promise<CallRecord | null> {
    const snapshot = await cache.current();
    if (!snapshot) return null;
    for (const record of snapshot.items) {
      const recordE164 = record.numberE164 ?? toE164(record.number, defaultCountry);
      if (recordE164 === e164) return record;
    }
    return null;
  }

  return { read: cache.read, clear: cache.clear, findRecentCall };
}

function toE164(raw: string, defaultCountry: CountryCode): string | null {
  const parsed = parseDialInput(raw, { defaultCountry });
  return parsed.ok ? parsed.e164 : null;
}

export type HistoryService = ReturnType<typeof createHistoryService>;
