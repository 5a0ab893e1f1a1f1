/** Helpers for the sandbox's own tests: start a sandbox on a free port and sign in over real HTTP. */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { SESSION_COOKIE_NAME } from './data';
import { createSandbox, type Sandbox } from './server';

/** Starts one sandbox for the file and resets it before every test. */
export function useSandbox(): () => Sandbox {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await createSandbox({ port: 0 });
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  beforeEach(() => {
    sandbox?.reset();
  });
  return () => {
    if (sandbox === undefined) throw new Error('The sandbox has not started');
    return sandbox;
  };
}

/** Signs in through the login form and returns the `Cookie` header value for the new session. */
export async function signIn(url: string, username = 'anna', password = 'demo'): Promise<string> {
  const response = await fetch(`${url}/login`, {
    method: 'POST',
    body: new URLSearchParams({ username, password }),
    redirect: 'manual',
  });
  const setCookie = response.headers.get('set-cookie') ?? '';
  const match = new RegExp(`${SESSION_COOKIE_NAME}=([0-9a-f]{32})`).exec(setCookie);
  if (response.status !== 303 || match === null)
    throw new Error(`Sign-in failed: ${response.status} ${setCookie}`);
  return `${SESSION_COOKIE_NAME}=${match[1]}`;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
