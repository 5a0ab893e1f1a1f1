import { describe, expect, it } from 'vitest';
import { CHUNK_MEASURE, type ChunkClock, runInChunks, TOTAL_MEASURE } from './chunked-work';

function fakeClock(stepCost: number) {
  let time = 0;
  const measures: Array<{ name: string; start: number; end: number }> = [];
  let yields = 0;
  const clock: ChunkClock = {
    now: () => time,
    yieldToBrowser: async () => {
      yields++;
      time += 100;
    },
    measure: (name, start, end) => measures.push({ name, start, end }),
  };
  function* work(steps: number) {
    for (let index = 0; index < steps; index++) {
      time += stepCost;
      yield;
    }
  }
  return { clock, measures, work, yields: () => yields };
}

describe('runInChunks', () => {
  it('keeps every chunk within the budget (plus one step) and yields between chunks', async () => {
    const { clock, measures, work, yields } = fakeClock(3);
    expect(await runInChunks(work(20), clock, () => false, 10)).toBe(true);
    const chunks = measures.filter((measure) => measure.name === CHUNK_MEASURE);
    expect(chunks.length).toBe(yields() + 1);
    expect(chunks.length).toBeGreaterThanOrEqual(5);
    for (const chunk of chunks) expect(chunk.end - chunk.start).toBeLessThanOrEqual(12);
    const totals = measures.filter((measure) => measure.name === TOTAL_MEASURE);
    expect(totals).toHaveLength(1);
    expect(totals[0]!.end).toBe(chunks[chunks.length - 1]!.end);
  });

  it('stops between chunks when asked to', async () => {
    const { clock, work, yields } = fakeClock(5);
    let stop = false;
    const running = runInChunks(
      work(100),
      {
        ...clock,
        yieldToBrowser: async () => {
          await clock.yieldToBrowser();
          stop = true;
        },
      },
      () => stop,
      10,
    );
    expect(await running).toBe(false);
    expect(yields()).toBe(1);
  });
});
