import type { CountryCode } from 'libphonenumber-js';
import { type DirectorySnapshot, directorySnapshotSchema } from '@/lib/model';
import { parseDialInput } from '@/lib/phone/dial-input';
import { directoryItem } from '@/lib/storage';
import type { TelavoxExtension } from '@/lib/telavox';
import { createCachedResource } from './cached-resource';
import { DIRECTORY_MAX_AGE, type ServiceDeps } from './context';
import type { SessionService } from './session';

/** A cache miss on hover may refresh the directory at most this often (telavox-api.md §8). */
export const LOOKUP_MISS_REFRESH_INTERVAL = 5 * 60_000;

/**
 * Normalises every extension and mobile of the directory to E.164 once per snapshot (§5.1 reverse
 * lookup), so a lookup is a map hit rather than a parse per colleague.
 */
export function indexDirectory(items: TelavoxExtension[], defaultCountry: CountryCode) {
  const byE164 = new Map<string, TelavoxExtension>();
  const byDigits = new Map<string, TelavoxExtension>();
  for (const person of items) {
    for (const raw of [person.extension, person.mobile]) {
      if (!raw) continue;
      const digits = raw.replace(/\D/g, '');
      if (digits && !byDigits.has(digits)) byDigits.set(digits, person);
      const parsed = parseDialInput(raw, { defaultCountry });
      if (parsed.ok && !byE164.has(parsed.e164)) byE164.set(parsed.e164, person);
    }
  }
  return { byE164, byDigits };
}

export function createDirectoryService(deps: ServiceDeps, session: SessionService) {
  const cache = createCachedResource<DirectorySnapshot>({
    item: directoryItem,
    schema: directorySnapshotSchema,
    maxAge: DIRECTORY_MAX_AGE,
    session,
    now: deps.now,
    load: (s) => s.call((api) => api.listColleagues()),
  });
  let index: { fetchedAt: number; country: string; value: ReturnType<typeof indexDirectory> } | null = null;
  let lastMissRefreshAt = Number.NEGATIVE_INFINITY;

  async function getIndex(defaultCountry: CountryCode) {
    const snapshot = await cache.current();
    if (!snapshot) return null;
    if (index?.fetchedAt !== snapshot.fetchedAt || index.country !== defaultCountry) {
      index = {
        fetchedAt: snapshot.fetchedAt,
        country: defaultCountry,
        value: indexDirectory(snapshot.items, defaultCountry),
      };
    }
    return { snapshot, index: index.value };
  }

  /** The colleague a number belongs to, answered from the cache (§8: hover lookups never hammer the API). */
  async function findColleague(e164: string, defaultCountry: CountryCode): Promise<TelavoxExtension | null> {
    let found = await getIndex(defaultCountry);
    const stale = !found || deps.now() - found.snapshot.fetchedAt > DIRECTORY_MAX_AGE;
    const hit = found?.index.byE164.get(e164) ?? null;
    if (hit && !stale) return hit;
    if (deps.now() - lastMissRefreshAt >= LOOKUP_MISS_REFRESH_INTERVAL) {
      lastMissRefreshAt = deps.now();
      await cache.read('if-stale');
      found = await getIndex(defaultCountry);
    }
    return found?.index.byE164.get(e164) ?? null;
  }

  /** A colleague whose extension is exactly these digits, for dialling short internal extensions. */
  async function findByExtensionDigits(digits: string, defaultCountry: CountryCode) {
    const found = await getIndex(defaultCountry);
    const person = found?.index.byDigits.get(digits);
    return person && person.extension.replace(/\D/g, '') === digits ? person : null;
  }

  return { read: cache.read, clear: cache.clear, findColleague, findByExtensionDigits, getIndex };
}

export type DirectoryService = ReturnType<typeof createDirectoryService>;
