import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from '../../lib/phone';
import { generateBenchText } from './text';

describe('generateBenchText', () => {
  it('is deterministic and exactly as long as asked', () => {
    const first = generateBenchText({ length: 50_000, phoneDensity: 0.01, seed: 3 });
    const second = generateBenchText({ length: 50_000, phoneDensity: 0.01, seed: 3 });
    expect(first.text).toBe(second.text);
    expect(first.text).toHaveLength(50_000);
    expect(generateBenchText({ length: 50_000, phoneDensity: 0.01, seed: 4 }).text).not.toBe(first.text);
  });

  it('writes no phone numbers at density 0 and about the asked share otherwise', () => {
    const none = generateBenchText({ length: 100_000, phoneDensity: 0 });
    expect(none.phoneCount).toBe(0);
    expect(findPhoneNumbers(none.text, { defaultCountry: 'SE' })).toEqual([]);
    const some = generateBenchText({ length: 100_000, phoneDensity: 0.01 });
    // ~100 000 / 6.5 characters per token → ~150 numbers at 1 %.
    expect(some.phoneCount).toBeGreaterThan(100);
    expect(some.phoneCount).toBeLessThan(250);
  });

  it('writes numbers the detector finds, apart from the few a context word or ID shape rejects', () => {
    const { text, phoneCount } = generateBenchText({ length: 200_000, phoneDensity: 0.01 });
    const found = findPhoneNumbers(text, { defaultCountry: 'SE' }).length;
    expect(found).toBeLessThanOrEqual(phoneCount);
    expect(found).toBeGreaterThan(phoneCount * 0.95);
  });
});
