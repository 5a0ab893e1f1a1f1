// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseFaultSpec } from './faults';
import { bearer, useSandbox } from './test-support';

const sandbox = useSandbox();
const ANNA = bearer('sandbox-token-anna');

function me(init: RequestInit = {}): Promise<Response> {
  return fetch(`${sandbox().url}/extensions/me`, { headers: ANNA, redirect: 'manual', ...init });
}

describe('faults', () => {
  it('answers once by default, then the normal handler answers again', async () => {
    sandbox().addFault({ path: '/extensions/me', status: 503, headers: { 'Retry-After': '120' } });
    const faulted = await me();
    expect(faulted.status).toBe(503);
    expect(faulted.headers.get('retry-after')).toBe('120');
    expect(faulted.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await me()).status).toBe(200);
    expect(
      sandbox()
        .requests()
        .map((entry) => entry.status),
    ).toEqual([503, 200]);
  });

  it('answers the given number of times, or until reset with times 0', async () => {
    sandbox().addFault({ path: '/extensions/', status: 429, times: 2 });
    expect((await me()).status).toBe(429);
    expect((await me()).status).toBe(429);
    expect((await me()).status).toBe(200);

    sandbox().addFault({ path: '*', status: 500, times: 0 });
    for (let i = 0; i < 3; i += 1) expect((await me()).status).toBe(500);
    sandbox().reset();
    expect((await me()).status).toBe(200);
  });

  it('matches by path prefix and method', async () => {
    sandbox().addFault({ path: '/dial', method: 'post', status: 403 });
    const dial = await fetch(`${sandbox().url}/dial/0701740623?autoanswer=false`, { headers: ANNA });
    expect(dial.status).toBe(200);
    expect((await me()).status).toBe(200);
  });

  it('serves an HTML login page with status 200 where JSON was expected', async () => {
    sandbox().addFault({ path: '/extensions/me', status: 200, contentType: 'text/html; charset=utf-8' });
    const response = await me();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<form method="post" action="/login">');
  });

  it('serves malformed JSON and JSON of the wrong shape as given', async () => {
    sandbox().addFault({ path: '/extensions/me', status: 200, body: '{"extension":' });
    sandbox().addFault({ path: '/extensions/me', status: 200, body: '[{"unexpected":true}]' });
    await expect((await me()).json()).rejects.toThrow(SyntaxError);
    expect(await (await me()).json()).toEqual([{ unexpected: true }]);
  });

  it('redirects to the login page', async () => {
    sandbox().addFault({ path: '/calls', redirectTo: '/login' });
    const response = await fetch(`${sandbox().url}/calls`, { headers: ANNA, redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/login');
    expect(sandbox().requests()[0]).toMatchObject({ path: '/calls', status: 302, user: 'anna' });
  });

  it('delays the normal answer long enough to trip a client timeout', async () => {
    sandbox().addFault({ path: '/extensions/me', delayMs: 400 });
    await expect(me({ signal: AbortSignal.timeout(100) })).rejects.toThrow();
    sandbox().addFault({ path: '/extensions/me', delayMs: 150 });
    const started = Date.now();
    const slow = await me();
    expect(slow.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('accepts faults over HTTP and rejects malformed ones', async () => {
    const control = `${sandbox().url}/__sandbox/faults`;
    const created = await fetch(control, {
      method: 'POST',
      body: JSON.stringify({ path: '/extensions/me', status: 401, body: '{"message":"Unauthorized"}' }),
    });
    expect(created.status).toBe(201);
    expect((await me()).status).toBe(401);

    const invalid = await fetch(control, {
      method: 'POST',
      body: JSON.stringify({ path: 'extensions', status: 99 }),
    });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { message: string }).message).toMatch(/Invalid fault/);
    const notJson = await fetch(control, { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('rejects unknown fields and out-of-range values', () => {
    expect(() => parseFaultSpec({ path: '/calls', stauts: 500 })).toThrow(/Invalid fault/);
    expect(() => parseFaultSpec({ path: '/calls', delayMs: -1 })).toThrow(/Invalid fault/);
    expect(parseFaultSpec({ path: '*', status: 503 })).toEqual({ path: '*', status: 503 });
  });
});

describe('control API', () => {
  it('lists, clears and resets over HTTP', async () => {
    await me();
    const listed = (await (await fetch(`${sandbox().url}/__sandbox/requests`)).json()) as unknown[];
    expect(listed).toHaveLength(1);
    expect((await fetch(`${sandbox().url}/__sandbox/requests`, { method: 'DELETE' })).status).toBe(200);
    expect(sandbox().requests()).toEqual([]);

    await fetch(`${sandbox().url}/dial/0701740623?autoanswer=true`, { headers: ANNA });
    const state = (await (await fetch(`${sandbox().url}/__sandbox/state`)).json()) as { dials: unknown[] };
    expect(state.dials).toHaveLength(1);
    expect((await fetch(`${sandbox().url}/__sandbox/reset`, { method: 'POST' })).status).toBe(200);
    expect(sandbox().state.dials).toEqual([]);
    expect(sandbox().requests()).toEqual([]);
  });

  it('answers 404 for unknown control actions', async () => {
    expect((await fetch(`${sandbox().url}/__sandbox/faults`)).status).toBe(404);
  });
});
