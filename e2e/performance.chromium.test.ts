import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '@/sandbox/server';
import { type ChromiumWithExtension, launchChromium } from './support/chromium';
import { countHighlightedRanges } from './support/highlights';
import { ARTIFACTS_DIR, CHROMIUM_EXTENSION_DIR } from './support/paths';
import { retryLaunch } from './support/retry';
import { startE2ESandbox } from './support/sandbox';
import { waitForAsync } from './support/wait';

/** number-detection.md §8: no content-script task may reach 50 ms. */
const LONGEST_TASK_BUDGET_MS = 50;
const RUNS = 3;

interface RegisteredScriptsApi {
  chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };
}

interface ScanFigures {
  page: string;
  label: string;
  phonesOnPage: number;
  highlightedRanges: number;
  chunks: number;
  longestChunkMs: number;
  chunkTimeMs: number;
  totalScanMs: number;
  longTasksDuringScan: { startTime: number; duration: number }[];
}

/**
 * Collects Long Tasks from the start of the page, in the page's world (the content script shares the
 * thread, so its long tasks show up here too). https://w3c.github.io/longtasks/
 */
function installLongTaskObserver(): void {
  const store: { startTime: number; duration: number }[] = [];
  (window as unknown as { __longTasks: typeof store }).__longTasks = store;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        store.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the list stays empty and the report says so.
  }
}

function readScanTimeline() {
  const chunks = performance.getEntriesByName('telavox-scan-chunk');
  const totals = performance.getEntriesByName('telavox-scan-total');
  const longTasks = (window as unknown as { __longTasks?: { startTime: number; duration: number }[] })
    .__longTasks;
  return {
    chunks: chunks.map((entry) => ({ startTime: entry.startTime, duration: entry.duration })),
    totals: totals.map((entry) => ({ startTime: entry.startTime, duration: entry.duration })),
    longTasks: longTasks ?? [],
    phonesOnPage: Number(document.body.dataset.phoneCount ?? '0'),
  };
}

describe('scan cost on a generated 1 MB page in Chromium', () => {
  let sandbox: Sandbox;
  let browser: ChromiumWithExtension;
  const figures: ScanFigures[] = [];
  const runs: ScanFigures[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    sandbox = await startE2ESandbox();
    browser = await retryLaunch(() => launchChromium(CHROMIUM_EXTENSION_DIR));
    await waitForAsync(async () => {
      const scripts = await browser.worker.evaluate(() => {
        const api = (globalThis as unknown as RegisteredScriptsApi).chrome.scripting;
        return api.getRegisteredContentScripts().then((list) => list.length);
      });
      return scripts > 0;
    }, 'detection to be registered');
  });

  afterAll(async () => {
    writeFileSync(
      join(ARTIFACTS_DIR, 'performance.json'),
      `${JSON.stringify({ medians: figures, runs }, null, 2)}\n`,
    );
    await browser?.close();
    await sandbox?.close();
  });

  /**
   * Loads the page `RUNS` times in fresh tabs and keeps the run with the median longest chunk. The
   * measures are wall-clock time, and on a shared 2-core machine one chunk now and then is stretched by
   * another process; a real over-budget task shows up in every run and still fails.
   */
  async function measureMedian(path: string, label: string): Promise<ScanFigures> {
    const own: ScanFigures[] = [];
    for (let run = 1; run <= RUNS; run += 1) own.push(await measure(path, `${label} run ${run}`));
    const sorted = [...own].sort((a, b) => a.longestChunkMs - b.longestChunkMs);
    const median = sorted[Math.floor(sorted.length / 2)] as ScanFigures;
    figures.push({ ...median, label: `${label} (median of ${RUNS})` });
    console.log(`perf ${label}: median run is "${median.label}"`);
    return median;
  }

  async function measure(path: string, label: string): Promise<ScanFigures> {
    const page = await browser.context.newPage();
    try {
      await page.addInitScript(installLongTaskObserver);
      await page.goto(`${sandbox.url}${path}`, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction(
        () => performance.getEntriesByName('telavox-scan-total').length > 0,
        undefined,
        {
          timeout: 60_000,
          polling: 100,
        },
      );
      // Later passes (e.g. the visible part first, then the rest) add ranges; read once they stop changing.
      let ranges = -1;
      await waitForAsync(
        async () => {
          const now = await page.evaluate(countHighlightedRanges);
          const settled = now === ranges;
          ranges = now;
          if (!settled) await new Promise((resolve) => setTimeout(resolve, 500));
          return settled;
        },
        'the highlights to settle',
        60_000,
      );
      const timeline = await page.evaluate(readScanTimeline);
      const firstChunk = timeline.chunks[0];
      const lastTotal = timeline.totals.at(-1);
      const scanStart = firstChunk?.startTime ?? 0;
      const scanEnd = lastTotal ? lastTotal.startTime + lastTotal.duration : scanStart;
      const result: ScanFigures = {
        page: path,
        label,
        phonesOnPage: timeline.phonesOnPage,
        highlightedRanges: ranges,
        chunks: timeline.chunks.length,
        longestChunkMs: Math.max(0, ...timeline.chunks.map((chunk) => chunk.duration)),
        chunkTimeMs: timeline.chunks.reduce((sum, chunk) => sum + chunk.duration, 0),
        totalScanMs: timeline.totals.reduce((sum, total) => sum + total.duration, 0),
        longTasksDuringScan: timeline.longTasks.filter(
          (task) => task.startTime < scanEnd && task.startTime + task.duration > scanStart,
        ),
      };
      runs.push(result);
      const longTasks =
        result.longTasksDuringScan.map((task) => task.duration.toFixed(0)).join(', ') || 'none';
      console.log(
        `perf ${label}: total ${result.totalScanMs.toFixed(0)} ms, longest chunk ${result.longestChunkMs.toFixed(1)} ms, ` +
          `${result.chunks} chunks (${result.chunkTimeMs.toFixed(0)} ms of work), ${result.highlightedRanges} numbers ` +
          `of ${result.phonesOnPage} on the page, long tasks during the scan: ${longTasks}`,
      );
      return result;
    } finally {
      await page.close();
    }
  }

  it('scans 1 MB with 1% numbers in chunks shorter than 50 ms and highlights the numbers', async () => {
    const result = await measureMedian('/demo/large?kb=1024&density=0.01&seed=1', '1MB 1%');
    expect(result.chunks).toBeGreaterThan(1);
    expect(result.longestChunkMs).toBeLessThan(LONGEST_TASK_BUDGET_MS);
    expect(result.phonesOnPage).toBeGreaterThan(100);
    // Not all: the generated prose puts negative context words (faktura, order, invoice) right before some
    // numbers, and number-detection.md §6 rejects those. About 87% are highlighted with seed 1.
    expect(result.highlightedRanges).toBeGreaterThanOrEqual(Math.floor(result.phonesOnPage * 0.8));
    expect(result.highlightedRanges).toBeLessThanOrEqual(result.phonesOnPage);
  });

  it('scans 1 MB without numbers in chunks shorter than 50 ms and highlights nothing', async () => {
    const result = await measureMedian('/demo/large?kb=1024&density=0&seed=1', '1MB 0%');
    expect(result.chunks).toBeGreaterThan(0);
    expect(result.longestChunkMs).toBeLessThan(LONGEST_TASK_BUDGET_MS);
    expect(result.phonesOnPage).toBe(0);
    expect(result.highlightedRanges).toBe(0);
  });
});
