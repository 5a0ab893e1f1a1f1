// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CallHistory, Extension } from './server';
import { bearer, signIn, useSandbox } from './test-support';

const sandbox = useSandbox();
const ANNA = bearer('sandbox-token-anna');
const ERIK = bearer('sandbox-token-erik');

function api(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${sandbox().url}${path}`, { redirect: 'manual', ...init });
}

describe('authentication', () => {
  it('answers 401 JSON without credentials', async () => {
    const response = await api('/extensions/me');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ message: 'Unauthorized' });
    expect(sandbox().requests()[0]).toMatchObject({ auth: 'none', sessionCookie: false, status: 401 });
  });

  it('refuses HTTP Basic even with the right password', async () => {
    const response = await api('/extensions/me', {
      headers: { Authorization: `Basic ${Buffer.from('anna:demo').toString('base64')}` },
    });
    expect(response.status).toBe(401);
    expect(sandbox().requests()[0]).toMatchObject({ auth: 'basic', status: 401 });
    expect(sandbox().requests()[0]?.user).toBeUndefined();
  });

  it('refuses an unknown Bearer token and an unknown session', async () => {
    expect((await api('/extensions/me', { headers: bearer('sandbox-token-nobody') })).status).toBe(401);
    const stale = await api('/extensions/me', { headers: { Cookie: `JSESSIONID=${'0'.repeat(32)}` } });
    expect(stale.status).toBe(401);
    expect(sandbox().requests()[1]).toMatchObject({ auth: 'session', sessionCookie: true, status: 401 });
  });

  it('identifies each user by token and by session', async () => {
    const byToken = (await (await api('/extensions/me', { headers: ERIK })).json()) as Extension;
    expect(byToken.name).toBe('Erik Lindqvist');
    const cookie = await signIn(sandbox().url);
    const bySession = (await (
      await api('/extensions/me', { headers: { Cookie: cookie } })
    ).json()) as Extension;
    expect(bySession).toMatchObject({ extension: '0812345600', name: 'Anna Andersson' });
    expect(
      sandbox()
        .requests()
        .map(({ auth, user }) => [auth, user]),
    ).toEqual([
      ['bearer', 'erik'],
      ['session', 'anna'],
    ]);
  });
});

describe('GET /extensions/', () => {
  it('returns the directory in the v1 shape', async () => {
    const directory = (await (await api('/extensions/', { headers: ANNA })).json()) as Extension[];
    expect(directory.length).toBeGreaterThanOrEqual(14);
    for (const entry of directory) {
      expect(Object.keys(entry).sort()).toEqual(
        ['calls', 'email', 'extension', 'keyWords', 'mobile', 'name', 'profile'].sort(),
      );
      expect(entry.extension).toMatch(/^08123456\d\d$/);
      expect(entry.mobile).toMatch(/^(?:07017406(?:0[5-9]|[1-9]\d))?$/);
      if (entry.profile !== null) {
        expect(Object.keys(entry.profile).sort()).toEqual(['available', 'message', 'name', 'until']);
        expect(entry.profile.until).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      }
    }
    const extensions = directory.map((entry) => entry.extension);
    expect(new Set(extensions).size).toBeLessThan(extensions.length);
    expect(directory.find((entry) => entry.name === 'Konferensrum Stora')?.profile).toBeNull();
    expect(
      directory.some((entry) => entry.email === '' && entry.mobile === '' && entry.profile !== null),
    ).toBe(true);
    expect(directory.filter((entry) => entry.calls.length > 0).length).toBeGreaterThanOrEqual(2);
    expect(directory.find((entry) => entry.mobile === '0701740623')?.name).toBe('Sara Lindberg');
    const presence = new Set(directory.map((entry) => entry.profile?.name));
    for (const name of ['Tillgänglig', 'Upptagen', 'Lunch', 'Semester', 'Möte'])
      expect(presence).toContain(name);
    const holiday = directory.find((entry) => entry.profile?.name === 'Semester');
    expect(holiday?.profile?.message).toBeTruthy();
    expect(holiday?.profile?.until).not.toBe('0000-00-00 00:00:00');
  });

  it('answers GET /extensions/{ext} with one object, and 404 for an unknown one', async () => {
    const found = await api('/extensions/0812345602', { headers: ANNA });
    expect(((await found.json()) as Extension).name).toBe('Sara Lindberg');
    const missing = await api('/extensions/0899999999', { headers: ANNA });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: 'Not found' });
  });

  it('lets tests change presence through state', async () => {
    const entry = sandbox().state.directory.find((candidate) => candidate.extension === '0812345600');
    if (entry?.profile) entry.profile.name = 'Ledig';
    const me = (await (await api('/extensions/me', { headers: ANNA })).json()) as Extension;
    expect(me.profile?.name).toBe('Ledig');
    sandbox().reset();
    const again = (await (await api('/extensions/me', { headers: ANNA })).json()) as Extension;
    expect(again.profile?.name).toBe('Tillgänglig');
  });
});

describe('GET /dial/{number}', () => {
  it('starts a call that shows on the caller in /extensions/me and in the directory', async () => {
    const response = await api('/dial/0046701740623?autoanswer=false', { headers: ANNA });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ message: 'OK' });
    const expected = [{ callerid: '0046701740623', direction: 'out', linestatus: 'up' }];
    const me = (await (await api('/extensions/me', { headers: ANNA })).json()) as Extension;
    expect(me.calls).toEqual(expected);
    const directory = (await (await api('/extensions/', { headers: ANNA })).json()) as Extension[];
    expect(directory.find((entry) => entry.extension === '0812345600')?.calls).toEqual(expected);
    expect(sandbox().state.dials).toMatchObject([
      { user: 'anna', number: '0046701740623', autoanswer: false },
    ]);
  });

  it.each([
    ['letters', '/dial/0701ABC623'],
    ['a plus sign', '/dial/+46701740623'],
    ['an encoded plus sign', '/dial/%2B46701740623'],
    ['an encoded slash', '/dial/..%2Fhangup'],
    ['spaces', '/dial/070%20174'],
    ['one digit', '/dial/1'],
    ['18 digits', `/dial/${'1'.repeat(18)}`],
    ['nothing', '/dial/'],
    ['malformed encoding', '/dial/%E0%A4%A'],
  ])('refuses %s with 400 "Invalid number"', async (_, path) => {
    const response = await api(`${path}?autoanswer=false`, { headers: ANNA });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ message: 'Invalid number' });
    expect(sandbox().state.dials).toEqual([]);
  });

  it('accepts 2 and 17 digits', async () => {
    expect((await api('/dial/12?autoanswer=true', { headers: ANNA })).status).toBe(200);
    expect((await api(`/dial/${'1'.repeat(17)}?autoanswer=true`, { headers: ANNA })).status).toBe(200);
  });

  it('refuses a user without click-to-call rights', async () => {
    const response = await api('/dial/0701740623?autoanswer=false', { headers: ERIK });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ message: 'This user does not have access to this feature' });
    const erik = (await (await api('/extensions/me', { headers: ERIK })).json()) as Extension;
    expect(erik.calls).toEqual([]);
  });

  it('records the raw path, so path tricks stay visible', async () => {
    await api('/dial/..%2F..%2Fhangup?autoanswer=false', { headers: ANNA });
    expect(sandbox().requests()[0]).toMatchObject({
      method: 'GET',
      path: '/dial/..%2F..%2Fhangup',
      query: { autoanswer: 'false' },
      status: 400,
    });
  });
});

describe('POST /hangup', () => {
  it('answers 400 without a call, and clears an active call', async () => {
    const none = await api('/hangup', { method: 'POST', headers: ANNA });
    expect(none.status).toBe(400);
    expect(await none.json()).toEqual({ message: 'No active call' });

    await api('/dial/0701740641?autoanswer=false', { headers: ANNA });
    const done = await api('/hangup', { method: 'POST', headers: ANNA });
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ message: 'OK' });
    const me = (await (await api('/extensions/me', { headers: ANNA })).json()) as Extension;
    expect(me.calls).toEqual([]);
    expect(sandbox().state.hangups).toMatchObject([{ user: 'anna', callerid: '0701740641' }]);
  });

  it('is POST only', async () => {
    const response = await api('/hangup', { headers: ANNA });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('other endpoints', () => {
  it('records an SMS and validates its number', async () => {
    const sent = await api(`/sms/0701740623?message=${encodeURIComponent('Hej från sandlådan')}`, {
      headers: ANNA,
    });
    expect(await sent.json()).toEqual({ message: 'OK' });
    expect(sandbox().state.sms).toMatchObject([{ number: '0701740623', message: 'Hej från sandlådan' }]);
    expect((await api('/sms/..%2Fdial?message=x', { headers: ANNA })).status).toBe(400);
  });

  it('serves known recordings as audio/mpeg and 404 for others', async () => {
    const found = await api('/recordings/5501001', { headers: ANNA });
    expect(found.headers.get('content-type')).toBe('audio/mpeg');
    const bytes = new Uint8Array(await found.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfb]);
    expect((await api('/recordings/0', { headers: ANNA })).status).toBe(404);
  });

  it('answers unknown paths with 404 JSON and records them', async () => {
    const response = await api('/auth/login?username=anna&password=demo');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: 'Not found' });
    expect(sandbox().requests()[0]).toMatchObject({ path: '/auth/login', status: 404 });
  });
});

describe('GET /calls', () => {
  it('returns the three lists in the v1 shape, recordings only on request', async () => {
    const plain = (await (await api('/calls', { headers: ANNA })).json()) as CallHistory;
    const all = [...plain.incoming, ...plain.outgoing, ...plain.missed];
    expect(all.length).toBeGreaterThanOrEqual(18);
    expect(all.length).toBeLessThanOrEqual(30);
    expect(all.some((item) => 'recordingId' in item)).toBe(false);
    for (const item of plain.missed) expect(item.duration).toBe(0);

    const withRecordings = (await (
      await api('/calls?withRecordings=true', { headers: ANNA })
    ).json()) as CallHistory;
    const ids = [...withRecordings.incoming, ...withRecordings.outgoing].map((item) => item.recordingId);
    expect(ids).toContain('0');
    expect(ids).toContain('5501001');
  });

  it('filters on fromDate and toDate', async () => {
    const history = (await (
      await api('/calls?fromDate=2000-01-01&toDate=2000-01-02', { headers: ANNA })
    ).json()) as CallHistory;
    expect(history).toEqual({ incoming: [], outgoing: [], missed: [] });
    expect((await api('/calls?fromDate=15-03-2024', { headers: ANNA })).status).toBe(400);
  });
});
