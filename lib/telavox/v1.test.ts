// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { type DialString, toDialString } from './dial-string';
import {
  InvalidNumberError,
  NotFoundError,
  ServerError,
  SignedOutError,
  TelavoxRejectedError,
  TelavoxTimeoutError,
  TokenRejectedError,
  UnexpectedResponseError,
} from './errors';
import type { TelavoxAuth } from './http';
import {
  createFakeTransport,
  createManualClock,
  jsonResponse,
  type ScriptedStep,
} from './testing/fake-transport';
import { createV1Backend } from './v1';

const TOKEN = 'tvx-personal-token-0123456789';

const anna = {
  extension: '0812345600',
  name: 'Anna Andersson',
  email: 'anna@example.se',
  mobile: '0701740623',
  profile: { available: true, name: 'Tillgänglig', until: '0000-00-00 00:00:00', message: null },
  calls: [{ callerid: '0701740641', direction: 'in', linestatus: 'up' }],
  keyWords: ['support', 'stockholm'],
};

function setup(auth: TelavoxAuth, ...steps: ScriptedStep[]) {
  const transport = createFakeTransport(...steps);
  const clock = createManualClock();
  const backend = createV1Backend({
    baseUrl: 'https://api.telavox.se',
    auth,
    fetch: transport.fetch,
    sleep: clock.sleep,
    now: clock.now,
    random: () => 0,
  });
  return { backend, transport, clock };
}

const session = (...steps: ScriptedStep[]) => setup({ mode: 'session' }, ...steps);
const token = (...steps: ScriptedStep[]) => setup({ mode: 'token', token: TOKEN }, ...steps);
const okMessage = () => jsonResponse({ message: 'OK' });

describe('createV1Backend', () => {
  it('reports its generation and sign-in mode', () => {
    expect(session().backend).toMatchObject({ generation: 'v1', authMode: 'session' });
    expect(token().backend).toMatchObject({ generation: 'v1', authMode: 'token' });
  });
});

describe('whoAmI', () => {
  it('reads /extensions/me and normalises it', async () => {
    const { backend, transport } = session(() => jsonResponse(anna));
    const me = await backend.whoAmI();
    expect(me.name).toBe('Anna Andersson');
    expect(me.profile?.until).toBeNull();
    expect(transport.requests[0]?.url).toBe('https://api.telavox.se/extensions/me');
    expect(transport.requests[0]?.init.method).toBe('GET');
  });

  it('fails as unexpected on valid JSON of the wrong shape', async () => {
    const { backend } = session(() => jsonResponse({ message: 'OK' }));
    await expect(backend.whoAmI()).rejects.toBeInstanceOf(UnexpectedResponseError);
  });

  it('fails as signed out when the session is gone', async () => {
    const { backend } = session(() => new Response(null, { status: 401 }));
    await expect(backend.whoAmI()).rejects.toBeInstanceOf(SignedOutError);
  });

  it('fails as token invalid when the token is refused', async () => {
    const { backend, transport } = token(() => new Response(null, { status: 401 }));
    await expect(backend.whoAmI()).rejects.toBeInstanceOf(TokenRejectedError);
    expect(transport.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(transport.requests[0]?.init.credentials).toBe('omit');
  });
});

describe('listColleagues', () => {
  it('reads /extensions/ and drops and counts a bad item', async () => {
    const { backend, transport } = session(() =>
      jsonResponse([anna, { name: 'Broken' }, { extension: '0812345699', name: 'Rum', profile: null }]),
    );
    const result = await backend.listColleagues();
    expect(transport.requests[0]?.url).toBe('https://api.telavox.se/extensions/');
    expect(result.dropped).toBe(1);
    expect(result.items.map((item) => item.extension)).toEqual(['0812345600', '0812345699']);
  });

  it('retries a failing read, at most 3 attempts', async () => {
    const failing = () => new Response(null, { status: 500 });
    const { backend, transport } = session(failing, failing, failing, () => jsonResponse([anna]));
    await expect(backend.listColleagues()).rejects.toBeInstanceOf(ServerError);
    expect(transport.requests).toHaveLength(3);
  });
});

describe('getColleague', () => {
  it('reads /extensions/{extension}', async () => {
    const { backend, transport } = session(() => jsonResponse(anna));
    await backend.getColleague('0812345600');
    expect(transport.requests[0]?.url).toBe('https://api.telavox.se/extensions/0812345600');
  });

  it('maps 404 to not found', async () => {
    const { backend } = session(() => new Response(null, { status: 404 }));
    await expect(backend.getColleague('0812345601')).rejects.toBeInstanceOf(NotFoundError);
  });

  it.each(['../hangup', '08-123', '', '1234567890123456', 'me/../dial', '%2e%2e', 'ME'])(
    'refuses %j without a request',
    async (extension) => {
      const { backend, transport } = session(() => jsonResponse(anna));
      await expect(backend.getColleague(extension)).rejects.toBeInstanceOf(RangeError);
      expect(transport.requests).toHaveLength(0);
    },
  );
});

describe('callHistory', () => {
  const history = {
    incoming: [{ datetime: '2024-03-15 14:32:11', number: '0701740623', duration: 73, callId: 8812734 }],
    outgoing: [{ datetime: '2024-03-15 15:00:00', number: '0317124056', duration: 10, recordingId: 'r-1' }],
    missed: [{ datetime: '2024-03-15 09:02:40', number: '0317124056', duration: 0 }],
  };

  it('reads /calls without parameters by default, merged newest first', async () => {
    const { backend, transport } = session(() => jsonResponse(history));
    const result = await backend.callHistory();
    expect(transport.requests[0]?.url).toBe('https://api.telavox.se/calls');
    expect(result.items.map((record) => record.kind)).toEqual(['outgoing', 'incoming', 'missed']);
    expect(result.items[1]?.callId).toBe('8812734');
  });

  it('sends fromDate, toDate and withRecordings', async () => {
    const { backend, transport } = session(() => jsonResponse(history));
    await backend.callHistory({ fromDate: '2024-02-29', toDate: '2024-03-15', withRecordings: true });
    expect(transport.requests[0]?.url).toBe(
      'https://api.telavox.se/calls?fromDate=2024-02-29&toDate=2024-03-15&withRecordings=true',
    );
  });

  it.each([
    { fromDate: '2024-3-1' },
    { fromDate: '2023-02-29' },
    { toDate: '2024-13-01' },
    { toDate: '2024-03-15&x=1' },
    { fromDate: '15/03/2024' },
  ])('refuses the invalid date in %j without a request', async (options) => {
    const { backend, transport } = session(() => jsonResponse(history));
    await expect(backend.callHistory(options)).rejects.toBeInstanceOf(RangeError);
    expect(transport.requests).toHaveLength(0);
  });
});

describe('dial', () => {
  it('sends GET /dial/{dialString} with autoanswer always explicit', async () => {
    const { backend, transport } = session(okMessage, okMessage);
    await backend.dial(toDialString('+46 70 174 06 23'), { autoAnswer: false });
    await backend.dial(toDialString('0701740623'), { autoAnswer: true });
    expect(transport.requests.map((request) => request.url)).toEqual([
      'https://api.telavox.se/dial/0046701740623?autoanswer=false',
      'https://api.telavox.se/dial/0701740623?autoanswer=true',
    ]);
    expect(transport.requests[0]?.init).toMatchObject({
      method: 'GET',
      credentials: 'include',
      redirect: 'manual',
      cache: 'no-store',
    });
  });

  it('succeeds on any 2xx, whatever the body', async () => {
    const { backend } = token(
      () => jsonResponse({ status: 'queued' }),
      () => new Response(null, { status: 202 }),
    );
    await expect(backend.dial(toDialString('0701740623'), { autoAnswer: false })).resolves.toBeUndefined();
    await expect(backend.dial(toDialString('0701740623'), { autoAnswer: false })).resolves.toBeUndefined();
  });

  it('is never retried: one request on 5xx or timeout', async () => {
    const { backend, transport } = session(
      () => new Response(null, { status: 502 }),
      () => {
        throw new DOMException('The operation timed out.', 'TimeoutError');
      },
      okMessage,
    );
    await expect(backend.dial(toDialString('0701740623'), { autoAnswer: false })).rejects.toBeInstanceOf(
      ServerError,
    );
    expect(transport.requests).toHaveLength(1);
    await expect(backend.dial(toDialString('0701740623'), { autoAnswer: false })).rejects.toBeInstanceOf(
      TelavoxTimeoutError,
    );
    expect(transport.requests).toHaveLength(2);
  });

  it('shows the seat-rights message from a 400', async () => {
    const { backend } = session(() =>
      jsonResponse({ message: 'this user does not have access to this feature' }, { status: 400 }),
    );
    const error = await backend
      .dial(toDialString('0701740623'), { autoAnswer: false })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(TelavoxRejectedError);
    expect((error as TelavoxRejectedError).telavoxMessage).toBe(
      'this user does not have access to this feature',
    );
  });

  it.each(['../hangup', '0701740623/../../hangup', '070%2F174', '12', '+46701740623'])(
    'refuses a forged dial string %j without a request',
    async (forged) => {
      const { backend, transport } = session(okMessage);
      await expect(backend.dial(forged as DialString, { autoAnswer: false })).rejects.toBeInstanceOf(
        InvalidNumberError,
      );
      expect(transport.requests).toHaveLength(0);
    },
  );

  it('never puts the token in the URL', async () => {
    const { backend, transport } = token(okMessage);
    await backend.dial(toDialString('0701740623'), { autoAnswer: false });
    expect(transport.requests[0]?.url).not.toContain(TOKEN);
    expect(transport.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });
});

describe('hangup', () => {
  it('sends POST /hangup and reports ended on 2xx', async () => {
    const { backend, transport } = session(okMessage);
    await expect(backend.hangup()).resolves.toBe('ended');
    expect(transport.requests[0]?.url).toBe('https://api.telavox.se/hangup');
    expect(transport.requests[0]?.init.method).toBe('POST');
  });

  it('reports no active call on 400', async () => {
    const { backend } = session(() => jsonResponse({ message: 'No active call' }, { status: 400 }));
    await expect(backend.hangup()).resolves.toBe('no-active-call');
  });

  it('passes other failures on, and is never retried', async () => {
    const { backend, transport } = session(
      () => new Response(null, { status: 500 }),
      () => new Response(null, { status: 409 }),
      okMessage,
    );
    await expect(backend.hangup()).rejects.toBeInstanceOf(ServerError);
    await expect(backend.hangup()).rejects.toBeInstanceOf(TelavoxRejectedError);
    expect(transport.requests).toHaveLength(2);
  });
});

describe('sendSms', () => {
  it('sends GET /sms/{dialString}?message= with the text encoded', async () => {
    const { backend, transport } = session(okMessage);
    await backend.sendSms(toDialString('0701740623'), 'Hej! Ring mig & kl 15?');
    const url = new URL(transport.requests[0]?.url ?? '');
    expect(url.pathname).toBe('/sms/0701740623');
    expect(url.searchParams.get('message')).toBe('Hej! Ring mig & kl 15?');
    expect([...url.searchParams.keys()]).toEqual(['message']);
  });

  it('is never retried', async () => {
    const { backend, transport } = session(() => new Response(null, { status: 503 }), okMessage);
    await expect(backend.sendSms(toDialString('0701740623'), 'Hej')).rejects.toBeInstanceOf(ServerError);
    expect(transport.requests).toHaveLength(1);
  });

  it('refuses an empty or over-long text without a request', async () => {
    const { backend, transport } = session(okMessage);
    await expect(backend.sendSms(toDialString('0701740623'), '  ')).rejects.toBeInstanceOf(RangeError);
    await expect(backend.sendSms(toDialString('0701740623'), 'x'.repeat(1_601))).rejects.toBeInstanceOf(
      RangeError,
    );
    expect(transport.requests).toHaveLength(0);
  });
});

describe('downloadRecording', () => {
  it('reads /recordings/{id} as audio/mpeg', async () => {
    const { backend, transport } = session(
      () => new Response(new Uint8Array([0xff, 0xfb]), { headers: { 'Content-Type': 'audio/mpeg' } }),
    );
    const blob = await backend.downloadRecording('rec_2024-03-15_01');
    expect(blob.size).toBe(2);
    expect(transport.requests[0]?.url).toBe('https://api.telavox.se/recordings/rec_2024-03-15_01');
    expect(transport.requests[0]?.headers.accept).toBe('audio/mpeg');
  });

  it.each(['../hangup', 'a/b', 'a.mp3', '', 'x'.repeat(65)])(
    'refuses the id %j without a request',
    async (id) => {
      const { backend, transport } = session();
      await expect(backend.downloadRecording(id)).rejects.toBeInstanceOf(RangeError);
      expect(transport.requests).toHaveLength(0);
    },
  );
});

describe('a base URL with a path (the local sandbox)', () => {
  it('keeps every request under the base path', async () => {
    const transport = createFakeTransport(() => jsonResponse(anna), okMessage);
    const backend = createV1Backend({
      baseUrl: 'http://127.0.0.1:8787/telavox/',
      auth: { mode: 'session' },
      fetch: transport.fetch,
    });
    await backend.whoAmI();
    await backend.hangup();
    expect(transport.requests.map((request) => request.url)).toEqual([
      'http://127.0.0.1:8787/telavox/extensions/me',
      'http://127.0.0.1:8787/telavox/hangup',
    ]);
  });
});
