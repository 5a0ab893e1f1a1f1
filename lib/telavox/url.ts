/**
 * Fixed URL building for the Telavox API (reference §4 URL construction): a path is assembled from
 * literal segments and validated parameters only, then the built URL is checked once more, so that
 * no value can change the host, escape the base path, or add a query parameter.
 */

export interface PathParameter {
  readonly value: string;
  /** Must match the whole raw value before it is encoded. */
  readonly pattern: RegExp;
  /** The error to throw when the value does not match. */
  readonly invalid: () => Error;
}

export type PathSegment = string | PathParameter;

export interface TelavoxBase {
  readonly origin: string;
  /** The base path without a trailing slash, `''` for an origin alone. */
  readonly pathname: string;
}

const LITERAL_SEGMENT = /^[a-z]+$/;

/** Parses the configured API base (origin plus an optional path, see `lib/config.ts`). */
export function parseTelavoxBase(baseUrl: string): TelavoxBase {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('The Telavox API base must be an http(s) URL');
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error('The Telavox API base must not contain credentials, a query or a fragment');
  }
  return { origin: url.origin, pathname: url.pathname.replace(/\/+$/, '') };
}

export interface BuildUrlOptions {
  /** `GET /extensions/` is documented with a trailing slash. */
  readonly trailingSlash?: boolean;
  readonly query?: Readonly<Record<string, string>>;
}

export function buildTelavoxUrl(
  base: TelavoxBase,
  segments: readonly PathSegment[],
  options: BuildUrlOptions = {},
): URL {
  const encoded = segments.map((segment) => {
    if (typeof segment === 'string') {
      if (!LITERAL_SEGMENT.test(segment)) throw new Error('Invalid literal path segment');
      return segment;
    }
    if (!segment.pattern.test(segment.value)) throw segment.invalid();
    // Already validated; encoded anyway as a second line of defence (§4).
    return encodeURIComponent(segment.value);
  });
  const expectedPathname = `${base.pathname}/${encoded.join('/')}${options.trailingSlash ? '/' : ''}`;
  const url = new URL(expectedPathname, base.origin);
  const search = new URLSearchParams(options.query ?? {});
  url.search = search.toString();

  const pathSegments = url.pathname.split('/');
  if (
    url.origin !== base.origin ||
    url.pathname !== expectedPathname ||
    pathSegments.some((part) => part === '.' || part === '..' || /^%2e/i.test(part)) ||
    url.search !== (search.size > 0 ? `?${search.toString()}` : '') ||
    url.hash !== '' ||
    url.username !== '' ||
    url.password !== ''
  ) {
    throw new Error('Refused to build a Telavox URL that differs from its template');
  }
  return url;
}
