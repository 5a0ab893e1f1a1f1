/**
 * Who is asking. v1 accepts a session cookie or a Bearer token (telavox-api.md §3). The sandbox refuses HTTP
 * Basic, which real v1 accepted, because the extension must never send it (§3.3): a 401 makes such a bug loud.
 */
import type { IncomingMessage } from 'node:http';
import { SESSION_COOKIE_NAME } from './data';
import { readCookies } from './http-util';
import { findUserByName, findUserByToken, type SandboxState } from './state';
import type { AuthKind, SandboxUser } from './types';

export interface RequestAuth {
  /** The credential presented; an `Authorization` header wins over a cookie. */
  kind: AuthKind;
  /** Set only when the credential is valid. */
  user?: SandboxUser;
  /** Whether a session cookie was sent at all, valid or not. */
  sessionCookie: boolean;
  /** The valid session the request belongs to, if any. */
  sessionId?: string;
}

/** The first session id among the request's cookies that is still active. */
export function findSession(
  req: IncomingMessage,
  state: SandboxState,
): { id: string; user: SandboxUser } | undefined {
  for (const id of readCookies(req, SESSION_COOKIE_NAME)) {
    const username = state.sessions.get(id);
    const user = username === undefined ? undefined : findUserByName(username);
    if (user !== undefined) return { id, user };
  }
  return undefined;
}

export function resolveAuth(req: IncomingMessage, state: SandboxState): RequestAuth {
  const sessionCookie = readCookies(req, SESSION_COOKIE_NAME).length > 0;
  const header = req.headers.authorization;
  if (header !== undefined) {
    const [scheme = '', ...rest] = header.trim().split(/\s+/);
    const credential = rest.join(' ');
    switch (scheme.toLowerCase()) {
      case 'bearer':
        return { kind: 'bearer', user: findUserByToken(credential), sessionCookie };
      case 'basic':
        return { kind: 'basic', sessionCookie };
      default:
        return { kind: 'none', sessionCookie };
    }
  }
  const session = findSession(req, state);
  if (session !== undefined)
    return { kind: 'session', user: session.user, sessionCookie, sessionId: session.id };
  return { kind: sessionCookie ? 'session' : 'none', sessionCookie };
}
