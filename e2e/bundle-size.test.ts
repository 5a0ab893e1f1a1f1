import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_DIR } from './support/paths';

/** number-detection.md §8: the content script ships in every page, so it must stay ≤ 60 kB min+gzip. */
const CONTENT_SCRIPT_BUDGET_BYTES = 60 * 1024;

describe('content script bundle size', () => {
  it('is at most 60 kB after gzip -9', () => {
    const file = join(CHROMIUM_EXTENSION_DIR, 'content-scripts/content.js');
    expect(existsSync(file), `${file} is missing: the e2e build did not run`).toBe(true);
    const source = readFileSync(file);
    const gzipped = gzipSync(source, { level: 9 }).length;
    console.log(
      `bundle content.js: ${(source.length / 1024).toFixed(1)} kB minified, ${(gzipped / 1024).toFixed(1)} kB gzip -9 (budget 60 kB)`,
    );
    expect(source.length).toBeGreaterThan(1024);
    expect(gzipped).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
  });
});
