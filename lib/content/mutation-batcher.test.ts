import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type MutationBatch, MutationBatcher } from './mutation-batcher';

const record = (target: Node) => ({ target, type: 'childList' }) as unknown as MutationRecord;

describe('MutationBatcher', () => {
  let batches: Array<{ at: number; batch: MutationBatch }>;
  let batcher: MutationBatcher;
  const root = document.createElement('div');
  const other = document.createElement('section');

  beforeEach(() => {
    vi.useFakeTimers();
    batches = [];
    batcher = new MutationBatcher((batch) => batches.push({ at: Date.now(), batch }), {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      now: () => Date.now(),
    });
  });
  afterEach(() => {
    batcher.cancel();
    vi.useRealTimers();
  });

  it('waits for 150 ms of quiet and hands over everything at once, per root', () => {
    const start = Date.now();
    batcher.add(root, [record(root)]);
    vi.advanceTimersByTime(100);
    batcher.add(other, [record(other)]);
    batcher.add(root, [record(root), record(root)]);
    vi.advanceTimersByTime(149);
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.at - start).toBe(250);
    const batch = batches[0]!.batch;
    expect((batch.get(root) as MutationRecord[]).length).toBe(3);
    expect((batch.get(other) as MutationRecord[]).length).toBe(1);
  });

  it('never hands over later than 1 s after the first record, even when records keep coming', () => {
    const start = Date.now();
    for (let elapsed = 0; elapsed < 3000; elapsed += 50) {
      batcher.add(root, [record(root)]);
      vi.advanceTimersByTime(50);
    }
    expect(batches.length).toBeGreaterThanOrEqual(3);
    expect(batches[0]!.at - start).toBe(1000);
    expect(batches[1]!.at - batches[0]!.at).toBeLessThanOrEqual(1050);
  });

  it('turns more than 1000 records of one root into a whole-root rescan and stops keeping them', () => {
    batcher.add(
      root,
      Array.from({ length: 600 }, () => record(root)),
    );
    batcher.add(
      root,
      Array.from({ length: 600 }, () => record(root)),
    );
    batcher.add(root, [record(root)]);
    batcher.add(other, [record(other)]);
    vi.advanceTimersByTime(150);
    expect(batches[0]!.batch.get(root)).toBe('all');
    expect(batches[0]!.batch.get(other)).toHaveLength(1);
  });

  it('leaves no timer behind: nothing runs on an idle page after a batch, or after cancel', () => {
    batcher.add(root, [record(root)]);
    vi.advanceTimersByTime(150);
    expect(vi.getTimerCount()).toBe(0);
    batcher.add(root, [record(root)]);
    batcher.cancel();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(2000);
    expect(batches).toHaveLength(1);
  });
});
