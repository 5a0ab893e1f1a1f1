import type { CardLookup } from './messages';

/**
 * Who a number belongs to, asked of the background at most once a minute per number: hovering the same
 * number again shows the answer at once and does not send another message.
 */

export const LOOKUP_TTL_MS = 60_000;
const MAX_CACHED = 200;

interface Cached {
  at: number;
  result: Promise<CardLookup | null>;
}

export class LookupCache {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly lookup: (e164: string) => Promise<CardLookup>,
    private readonly now: () => number,
    private readonly ttlMs = LOOKUP_TTL_MS,
  ) {}

  /** The answer for `e164`, or null when the background could not answer (not cached, so a later hover retries). */
  get(e164: string): Promise<CardLookup | null> {
    const now = this.now();
    const cached = this.cache.get(e164);
    if (cached && now - cached.at < this.ttlMs) return cached.result;
    this.evict(now);
    const result = this.lookup(e164).then(
      (value) => value,
      () => {
        if (this.cache.get(e164)?.result === result) this.cache.delete(e164);
        return null;
      },
    );
    this.cache.set(e164, { at: now, result });
    return result;
  }

  private evict(now: number): void {
    for (const [key, cached] of this.cache) if (now - cached.at >= this.ttlMs) this.cache.delete(key);
    while (this.cache.size >= MAX_CACHED) {
      const oldest = this.cache.keys().next();
      if (oldest.done) break;
      this.cache.delete(oldest.value);
    }
  }
}
