// @vitest-environment node
import { request } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './server';
import { signIn, useSandbox } from './test-support';

const sandbox = useSandbox();

async function getMe(cookie: string): Promise<number> {
  const response = await fetch(`${sandbox().url}/extensions/me`, { headers: { Cookie: cookie } });
  return response.status;
}

describe('Home sign-in', () => {
  it('redirects to the login page when signed out', async () => {
    const response = await fetch(`${sandbox().url}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/login');
  });

  it('shows a login form with the sandbox credentials', async () => {
    const response = await fetch(`${sandbox().url}/login`);
    const body = await response.text();
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(body).toContain('<form method="post" action="/login">');
    expect(body).toContain('name="username"');
    expect(body).toContain('type="password"');
    expect(body).toMatch(/<code>anna<\/code> \/ <code>demo<\/code>/);
  });

  it('refuses wrong credentials with 401 and escapes the echoed username', async () => {
    const response = await fetch(`${sandbox().url}/login`, {
      method: 'POST',
      body: new URLSearchParams({ username: '"><script>alert(1)</script>', password: 'nope' }),
      redirect: 'manual',
    });
    const body = await response.text();
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(body).toContain('Fel användarnamn eller lösenord.');
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('sets an HttpOnly, SameSite=Lax session cookie with 32 hex characters and redirects home', async () => {
    const response = await fetch(`${sandbox().url}/login`, {
      method: 'POST',
      body: new URLSearchParams({ username: 'anna', password: 'demo' }),
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(response.headers.get('set-cookie')).toMatch(
      /^JSESSIONID=[0-9a-f]{32}; Path=\/; HttpOnly; SameSite=Lax$/,
    );
  });

  it('greets the signed-in user by name and extension', async () => {
    const cookie = await signIn(sandbox().url);
    const body = await (await fetch(`${sandbox().url}/`, { headers: { Cookie: cookie } })).text();
    expect(body).toContain('Signed in as Anna Andersson (0812345600)');
    expect(body).toContain('action="/logout"');
  });

  it('lets a user hold several sessions and ends only the one that signs out', async () => {
    const first = await signIn(sandbox().url);
    const second = await signIn(sandbox().url);
    expect(first).not.toBe(second);
    const logout = await fetch(`${sandbox().url}/logout`, {
      method: 'POST',
      headers: { Cookie: first },
      redirect: 'manual',
    });
    expect(logout.status).toBe(303);
    expect(logout.headers.get('location')).toBe('/login');
    expect(await getMe(first)).toBe(401);
    expect(await getMe(second)).toBe(200);
  });

  it('signs out with GET /logout too', async () => {
    const cookie = await signIn(sandbox().url, 'erik');
    const logout = await fetch(`${sandbox().url}/logout`, {
      headers: { Cookie: cookie },
      redirect: 'manual',
    });
    expect(logout.status).toBe(303);
    expect(await getMe(cookie)).toBe(401);
  });

  it('ends every session on a forced logout, in process and over HTTP', async () => {
    const anna = await signIn(sandbox().url);
    sandbox().forceLogout();
    expect(await getMe(anna)).toBe(401);

    const erik = await signIn(sandbox().url, 'erik');
    const response = await fetch(`${sandbox().url}/__sandbox/logout`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await getMe(erik)).toBe(401);
  });

  it('does not record HTML pages or control requests', async () => {
    await signIn(sandbox().url);
    await fetch(`${sandbox().url}/demo`);
    await fetch(`${sandbox().url}/favicon.ico`);
    await fetch(`${sandbox().url}/__sandbox/requests`);
    expect(sandbox().requests()).toEqual([]);
  });
});

describe('robustness', () => {
  it('answers a malformed request line with 400 and keeps serving', async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(sandbox().url).port), '127.0.0.1', () => {
        socket.write('GARBAGE \u0000\u0001 nonsense\r\n\r\n');
      });
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString();
      });
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(`${sandbox().url}/login`)).status).toBe(200);
  });

  it('refuses bodies over 64 kB with 413', async () => {
    const response = await fetch(`${sandbox().url}/login`, {
      method: 'POST',
      body: `username=${'a'.repeat(70 * 1024)}`,
    });
    expect(response.status).toBe(413);
  });

  it('answers 400 for an unusable request target', async () => {
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const { port } = new URL(sandbox().url);
      const req = request({ host: '127.0.0.1', port, path: '*', method: 'OPTIONS' }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(400);
  });
});

describe('lifecycle', () => {
  it('refuses to bind a non-loopback address', async () => {
    await expect(createSandbox({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  it('closes idle keep-alive connections on close()', async () => {
    const own = await createSandbox();
    const { port } = new URL(own.url);
    const socket = connect(Number(port), '127.0.0.1');
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
    socket.write('GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
    await new Promise<void>((resolve) => socket.once('data', () => resolve()));
    await own.close();
    await closed;
    expect(socket.destroyed).toBe(true);
    await expect(fetch(`${own.url}/login`)).rejects.toThrow();
  });
});
