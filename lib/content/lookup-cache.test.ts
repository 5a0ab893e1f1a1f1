import { describe, expect, it } from 'vitest';
import { LOOKUP_TTL_MS, LookupCache } from './lookup-cache';
import type { CardLookup } from './messages';

const answer = (name: string): CardLookup => ({
  colleague: { name, onCall: false, presence: null },
  recentCall: null,
});

describe('LookupCache', () => {
  it('asks once per number within a minute and again after it', async () => {
    let now = 0;
    const asked: string[] = [];
    const cache = new LookupCache(
      async (e164) => {
        asked.push(e164);
        return answer(`#${asked.length}`);
      },
      () => now,
    );
    expect((await cache.get('+4686182490'))?.colleague?.name).toBe('#1');
    now = LOOKUP_TTL_MS - 1;
    expect((await cache.get('+4686182490'))?.colleague?.name).toBe('#1');
    expect((await cache.get('+46701740623'))?.colleague?.name).toBe('#2');
    now = LOOKUP_TTL_MS;
    expect((await cache.get('+4686182490'))?.colleague?.name).toBe('#3');
  });

  it('answers null for a failed lookup and does not keep the failure', async () => {
    let fail = true;
    const cache = new LookupCache(
      async () => {
        if (fail) throw new Error('offline');
        return answer('Anna');
      },
      () => 0,
    );
    expect(await cache.get('+4686182490')).toBeNull();
    fail = false;
    expect((await cache.get('+4686182490'))?.colleague?.name).toBe('Anna');
  });
});
