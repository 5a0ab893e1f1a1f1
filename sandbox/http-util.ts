/** Small helpers over `node:http`: answering, reading capped bodies, cookies and raw request targets. */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
export const HTML_CONTENT_TYPE = 'text/html; charset=utf-8';

/** Bodies larger than this are refused with 413; nothing the sandbox accepts comes close. */
export const MAX_BODY_BYTES = 64 * 1024;

export function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  headers: OutgoingHttpHeaders,
): void {
  if (res.headersSent) return;
  // Set before the destroyed check, so a request whose client went away is still logged with this status.
  res.statusCode = status;
  if (res.destroyed) return;
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { 'Cache-Control': 'no-store', ...headers, 'Content-Length': bytes.byteLength });
  res.end(bytes);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  send(res, status, JSON.stringify(body), { 'Content-Type': JSON_CONTENT_TYPE, ...headers });
}

export function sendMessage(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { message });
}

export function sendHtml(
  res: ServerResponse,
  status: number,
  body: string,
  headers: OutgoingHttpHeaders = {},
): void {
  send(res, status, body, { 'Content-Type': HTML_CONTENT_TYPE, ...headers });
}

export function redirect(
  res: ServerResponse,
  status: number,
  location: string,
  headers: OutgoingHttpHeaders = {},
): void {
  send(res, status, '', { Location: location, ...headers });
}

export class BodyTooLargeError extends Error {
  constructor() {
    super(`Request body larger than ${MAX_BODY_BYTES} bytes`);
  }
}

/** Reads the whole body as UTF-8, refusing more than `MAX_BODY_BYTES`. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      reject(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Every value of the named cookie (a browser may send the same name twice). */
export function readCookies(req: IncomingMessage, name: string): string[] {
  const header = req.headers.cookie;
  if (header === undefined) return [];
  const values: string[] = [];
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() === name) values.push(pair.slice(separator + 1).trim());
  }
  return values;
}

export interface RequestTarget {
  /** The path exactly as received (raw, undecoded). */
  rawPath: string;
  /** The path as a server would route it: dot segments resolved, still percent-encoded. */
  pathname: string;
  /** Decoded query parameters; the last value wins. */
  query: Record<string, string>;
  searchParams: URLSearchParams;
}

/** Splits `req.url`; `undefined` when it is not a usable origin-form or absolute-form target. */
export function parseTarget(rawTarget: string): RequestTarget | undefined {
  let target = rawTarget;
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(target);
  if (absolute) target = target.slice(absolute[0].length) || '/';
  if (!target.startsWith('/')) return undefined;
  const queryStart = target.indexOf('?');
  const rawPath = queryStart < 0 ? target : target.slice(0, queryStart);
  let url: URL;
  try {
    // Concatenated rather than resolved, so a target such as `//other/x` stays a path on this host.
    url = new URL(`http://sandbox.invalid${target}`);
  } catch {
    return undefined;
  }
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = value;
  return { rawPath, pathname: url.pathname, query, searchParams: url.searchParams };
}

/** Decodes one path segment; `undefined` for malformed percent-encoding. */
export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  return address === '::1' || /^(?:::ffff:)?127(?:\.\d{1,3}){3}$/i.test(address);
}
