/**
 * Runs long work in short slices so the page stays responsive: each chunk stops after `budgetMs`
 * (number-detection.md §8: chunks ≤ 16 ms, never a task over 50 ms) and the browser gets the main thread
 * back before the next one. Chunks and whole runs are recorded as User Timing measures, which an
 * end-to-end test can read from the page with `performance.getEntriesByName('telavox-scan-chunk')`.
 */

export const CHUNK_MEASURE = 'telavox-scan-chunk';
export const TOTAL_MEASURE = 'telavox-scan-total';
export const CHUNK_BUDGET_MS = 10;
/** Enough entries for any test; a page that mutates for hours does not grow its timeline forever. */
const MAX_MEASURES = 2000;

export interface ChunkClock {
  now(): number;
  /** Gives the main thread back to the browser and resolves when work may continue. */
  yieldToBrowser(): Promise<void>;
  measure(name: string, start: number, end: number): void;
}

interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

/** One macrotask: a `MessageChannel` message, which is not throttled to 4 ms like nested timeouts. */
function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

let measuresLeft = MAX_MEASURES;

export function browserChunkClock(): ChunkClock {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  return {
    now: () => performance.now(),
    // scheduler.yield() keeps the task's priority and resumes before other queued work (Chrome 129+).
    yieldToBrowser: typeof scheduler?.yield === 'function' ? () => scheduler.yield!() : macrotask,
    measure(name, start, end) {
      if (measuresLeft <= 0) return;
      measuresLeft--;
      try {
        performance.measure(name, { start, end });
      } catch {
        // User Timing is diagnostics only.
      }
    },
  };
}

/**
 * Steps `work` until it is done, `budgetMs` at a time, measuring every chunk and, at the end, the whole
 * run. `shouldStop` is checked between chunks (e.g. the extension was unloaded). Resolves true when the
 * work ran to its end.
 */
export async function runInChunks(
  work: Iterator<unknown>,
  clock: ChunkClock,
  shouldStop: () => boolean,
  budgetMs = CHUNK_BUDGET_MS,
): Promise<boolean> {
  const runStart = clock.now();
  for (;;) {
    if (shouldStop()) return false;
    const chunkStart = clock.now();
    let done = false;
    while (!done && clock.now() - chunkStart < budgetMs) {
      done = work.next().done === true;
    }
    const chunkEnd = clock.now();
    clock.measure(CHUNK_MEASURE, chunkStart, chunkEnd);
    if (done) {
      clock.measure(TOTAL_MEASURE, runStart, chunkEnd);
      return true;
    }
    await clock.yieldToBrowser();
  }
}
