/** The demo pages: `/demo`, `/demo/frame`, `/demo/no-detect` and `/demo/large`. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendHtml, sendMessage } from '../http-util';
import { renderDemoFrame, renderDemoPage, renderNoDetectPage } from '../pages/demo';
import { LARGE_PAGE_LIMITS, type LargePageOptions, renderLargePage } from '../pages/large';

/**
 * Performance tests load the same generated page many times; rendering 1 MB takes a few hundred ms, so
 * the last few pages are kept. Pages are deterministic, so a cached copy is identical to a fresh one.
 */
const largePageCache = new Map<string, string>();
const LARGE_PAGE_CACHE_SIZE = 4;

function largePageHtml(options: LargePageOptions): string {
  const key = `${options.kb}/${options.density}/${options.seed}`;
  let cached = largePageCache.get(key);
  if (cached === undefined) {
    cached = renderLargePage(options).html;
    largePageCache.set(key, cached);
    const oldest = largePageCache.keys().next().value;
    if (largePageCache.size > LARGE_PAGE_CACHE_SIZE && oldest !== undefined) largePageCache.delete(oldest);
  }
  return cached;
}

export function isDemoPath(pathname: string): boolean {
  return pathname === '/demo' || pathname === '/demo/' || pathname.startsWith('/demo/');
}

/** Reads `kb`, `density` and `seed`; an error message when one is out of range. */
export function parseLargePageOptions(query: Record<string, string>): LargePageOptions | string {
  const kb = query.kb === undefined ? 1024 : Number(query.kb);
  const density = query.density === undefined ? 0.01 : Number(query.density);
  const seed = query.seed === undefined ? 1 : Number(query.seed);
  if (!Number.isInteger(kb) || kb < LARGE_PAGE_LIMITS.minKb || kb > LARGE_PAGE_LIMITS.maxKb) {
    return `kb must be an integer from ${LARGE_PAGE_LIMITS.minKb} to ${LARGE_PAGE_LIMITS.maxKb}`;
  }
  if (!Number.isFinite(density) || density < 0 || density > 1) return 'density must be a number from 0 to 1';
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    return 'seed must be an integer from 0 to 4294967295';
  return { kb, density, seed };
}

export function handleDemoRequest(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  query: Record<string, string>,
): void {
  req.resume();
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendMessage(res, 405, 'Method not allowed');
    return;
  }
  switch (pathname) {
    case '/demo':
    case '/demo/':
      sendHtml(res, 200, renderDemoPage());
      return;
    case '/demo/frame':
      sendHtml(res, 200, renderDemoFrame());
      return;
    case '/demo/no-detect':
      sendHtml(res, 200, renderNoDetectPage());
      return;
    case '/demo/large': {
      const options = parseLargePageOptions(query);
      if (typeof options === 'string') sendMessage(res, 400, options);
      else sendHtml(res, 200, largePageHtml(options));
      return;
    }
    default:
      sendMessage(res, 404, 'Not found');
  }
}
