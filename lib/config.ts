/**
 * Build-time configuration, read in exactly one place. `WXT_TELAVOX_API_URL` and `WXT_TELAVOX_HOME_URL`
 * point the extension at the real Telavox hosts (the defaults) or at the local Home sandbox.
 * The manifest's host permissions are derived from the same values (see `lib/manifest.ts`), so an
 * extension built for the sandbox can talk to nothing else.
 */
export interface TelavoxConfig {
  /** Origin + optional base path of the v1 API, without a trailing slash. */
  readonly apiUrl: string;
  /** The Home web app, where the user signs in. Opened in a normal tab, never fetched. */
  readonly homeUrl: string;
}

export const DEFAULT_API_URL = 'https://api.telavox.se';
export const DEFAULT_HOME_URL = 'https://home.telavox.se';

type Env = Record<string, string | boolean | undefined>;

function readUrl(env: Env, key: string, fallback: string): string {
  const raw = env[key];
  const value = typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : fallback;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${key} is not a valid URL: ${value}`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    // Plain http is allowed only for the local sandbox; Telavox itself is https-only.
    throw new Error(`${key} must be https (or http on 127.0.0.1/localhost): ${value}`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`${key} must not contain credentials, a query or a fragment: ${value}`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

export function resolveTelavoxConfig(env: Env): TelavoxConfig {
  return {
    apiUrl: readUrl(env, 'WXT_TELAVOX_API_URL', DEFAULT_API_URL),
    homeUrl: readUrl(env, 'WXT_TELAVOX_HOME_URL', DEFAULT_HOME_URL),
  };
}

/** Match pattern covering every path of the given URL's origin, e.g. `https://api.telavox.se/*`. */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  // Match patterns carry no port: Chrome ignores it and Firefox rejects it.
  return `${protocol}//${hostname}/*`;
}

let runtimeConfig: TelavoxConfig | undefined;

/** The configuration baked into this build (Vite replaces `import.meta.env` at build time). */
export function getTelavoxConfig(): TelavoxConfig {
  runtimeConfig ??= resolveTelavoxConfig(import.meta.env as Env);
  return runtimeConfig;
}
