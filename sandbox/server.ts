/**
 * A local imitation of Telavox Home and the v1 API (telavox-api.md §3, §5, §6) on one loopback origin, for
 * end-to-end tests, the README demo and trying the extension without a Telavox account.
 *
 * Request kinds, decided by the normalised path:
 * - `/__sandbox/…`: the control API (loopback only, never recorded, never faulted);
 * - `/`, `/login`, `/logout`, `/demo…`, `/favicon.ico`: HTML pages (not recorded, not faulted);
 * - everything else is an API request: recorded, and answered by a matching fault if there is one.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveAuth } from './auth';
import { FaultStore } from './faults';
import { parseTarget, type RequestTarget, send, sendMessage } from './http-util';
import { RequestLog } from './request-log';
import { handleApiRequest } from './routes/api';
import { CONTROL_PREFIX, handleControlRequest, type SandboxControls } from './routes/control';
import { handleDemoRequest, isDemoPath } from './routes/demo';
import { HOME_PATHS, handleHomeRequest } from './routes/home';
import { createState, resetState, type SandboxState } from './state';
import type { FaultSpec, RecordedRequest } from './types';

export type { SandboxState } from './state';
export type { CallHistory, Extension, FaultSpec, RecordedRequest } from './types';

export interface SandboxOptions {
  /** 0 (the default) picks any free port. */
  port?: number;
  /** A loopback address; defaults to 127.0.0.1. */
  host?: string;
}

export interface Sandbox extends SandboxControls {
  /** e.g. `http://127.0.0.1:18181`, without a trailing slash. */
  readonly url: string;
  /** Stops listening and closes every connection, keep-alive ones included. */
  close(): Promise<void>;
  /** API requests received so far, oldest first. */
  requests(): RecordedRequest[];
  clearRequests(): void;
  /** Restores the sample data and clears faults, sessions and the request log. */
  reset(): void;
  addFault(fault: FaultSpec): void;
  /** Ends every session, as when Telavox signs the user out everywhere. */
  forceLogout(): void;
  readonly state: SandboxState;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

/** Pending fault delays, so `close()` can end them instead of leaving timers behind. */
class Delays {
  #pending = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.#pending.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      this.#pending.add(entry);
    });
  }

  cancelAll(): void {
    for (const entry of this.#pending) {
      clearTimeout(entry.timer);
      entry.resolve();
    }
    this.#pending.clear();
  }
}

export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK_HOSTS.has(host) && !/^127(?:\.\d{1,3}){3}$/.test(host)) {
    throw new Error(`The sandbox binds loopback addresses only, not ${host}`);
  }
  const state = createState();
  const faults = new FaultStore();
  const log = new RequestLog();
  const delays = new Delays();

  const controls: SandboxControls = {
    state,
    requests: () => log.list(),
    clearRequests: () => log.clear(),
    reset: () => {
      resetState(state);
      faults.clear();
      log.clear();
    },
    addFault: (fault) => faults.add(fault),
    forceLogout: () => state.sessions.clear(),
  };

  async function handleApi(req: IncomingMessage, res: ServerResponse, target: RequestTarget): Promise<void> {
    const auth = resolveAuth(req, state);
    try {
      const fault = faults.take(req.method ?? 'GET', target.pathname);
      if (fault !== undefined && fault.delayMs > 0) await delays.wait(fault.delayMs);
      if (fault?.response !== undefined) {
        req.resume();
        send(res, fault.response.status, fault.response.body, fault.response.headers);
      } else {
        handleApiRequest({ req, res, state, auth, target });
      }
    } catch (error) {
      // Answered here rather than by the outer handler, so the log shows the 500 that was sent.
      console.error('Sandbox error:', error);
      sendMessage(res, 500, 'Internal sandbox error');
    } finally {
      log.record({
        time: new Date().toISOString(),
        method: req.method ?? 'GET',
        path: target.rawPath,
        query: target.query,
        auth: auth.kind,
        ...(auth.user === undefined ? {} : { user: auth.user.username }),
        sessionCookie: auth.sessionCookie,
        status: res.statusCode,
      });
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = parseTarget(req.url ?? '/');
    if (target === undefined) {
      req.resume();
      sendMessage(res, 400, 'Bad request target');
      return;
    }
    const { pathname } = target;
    if (pathname.startsWith(CONTROL_PREFIX)) {
      await handleControlRequest(req, res, controls, pathname);
    } else if (pathname === '/favicon.ico') {
      req.resume();
      send(res, 204, '', {});
    } else if (isDemoPath(pathname)) {
      handleDemoRequest(req, res, pathname, target.query);
    } else if (HOME_PATHS.has(pathname)) {
      await handleHomeRequest(req, res, state, pathname);
    } else {
      await handleApi(req, res, target);
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug must not take the sandbox down: answer 500 and keep serving.
      console.error('Sandbox error:', error);
      if (!res.headersSent) sendMessage(res, 500, 'Internal sandbox error');
      else res.destroy();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.on('clientError', (_error, socket) => {
    // Malformed HTTP (bad request line, oversized headers): answer 400 and drop the connection.
    if (socket.writable)
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${urlHost}:${address.port}`;

  let closing: Promise<void> | undefined;
  return {
    ...controls,
    url,
    state,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        delays.cancelAll();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
