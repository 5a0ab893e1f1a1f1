/** Home: sign in, the start page and sign out. Sessions are cookies, as in telavox-api.md §3.1. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { findSession } from '../auth';
import { SESSION_COOKIE_NAME } from '../data';
import { BodyTooLargeError, readBody, redirect, sendHtml, sendMessage } from '../http-util';
import { renderHomePage, renderLoginPage } from '../pages/home';
import { findUserByCredentials, ownEntry, type SandboxState, startSession } from '../state';

export const HOME_PATHS: ReadonlySet<string> = new Set(['/', '/login', '/logout']);

function sessionCookie(value: string, extra = ''): string {
  return `${SESSION_COOKIE_NAME}=${value}; Path=/; HttpOnly; SameSite=Lax${extra}`;
}

async function login(req: IncomingMessage, res: ServerResponse, state: SandboxState): Promise<void> {
  let body: string;
  try {
    body = await readBody(req);
  } catch (error) {
    if (error instanceof BodyTooLargeError) sendMessage(res, 413, 'Request body too large');
    else throw error;
    return;
  }
  const form = new URLSearchParams(body);
  const username = form.get('username') ?? '';
  const user = findUserByCredentials(username.trim(), form.get('password') ?? '');
  if (user === undefined) {
    sendHtml(res, 401, renderLoginPage({ error: 'Fel användarnamn eller lösenord.', username }));
    return;
  }
  const id = startSession(state, user);
  redirect(res, 303, '/', { 'Set-Cookie': sessionCookie(id) });
}

function logout(req: IncomingMessage, res: ServerResponse, state: SandboxState): void {
  req.resume();
  const session = findSession(req, state);
  if (session !== undefined) state.sessions.delete(session.id);
  redirect(res, 303, '/login', { 'Set-Cookie': sessionCookie('', '; Max-Age=0') });
}

export async function handleHomeRequest(
  req: IncomingMessage,
  res: ServerResponse,
  state: SandboxState,
  pathname: string,
): Promise<void> {
  const method = req.method ?? 'GET';
  if (pathname === '/logout' && (method === 'GET' || method === 'POST')) {
    logout(req, res, state);
    return;
  }
  if (pathname === '/login' && method === 'POST') {
    await login(req, res, state);
    return;
  }
  if (method !== 'GET' && method !== 'HEAD') {
    sendMessage(res, 405, 'Method not allowed');
    return;
  }
  if (pathname === '/login') {
    sendHtml(res, 200, renderLoginPage());
    return;
  }
  const session = findSession(req, state);
  if (session === undefined) redirect(res, 302, '/login');
  else sendHtml(res, 200, renderHomePage(session.user, ownEntry(state, session.user)));
}
