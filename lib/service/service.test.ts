import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { authStateItem, directoryItem, pendingDialItem } from '@/lib/storage';
import { SignedOutError, TelavoxTimeoutError } from '@/lib/telavox';
import { person, setupService } from './testing/fake-backend';

beforeEach(() => fakeBrowser.reset());

describe('session', () => {
  it('probes /extensions/me once and then answers from storage', async () => {
    const t = setupService();
    const first = await t.service.status('if-stale');
    expect(first.auth).toMatchObject({
      status: 'signed-in',
      mode: 'session',
      me: { name: 'Anna Andersson' },
    });
    expect(t.badge).toHaveBeenLastCalledWith(false);
    t.advance(60_000);
    await t.service.status('if-stale');
    expect(t.api().whoAmI).toHaveBeenCalledTimes(1);
    t.advance(5 * 60_000);
    await t.service.status('if-stale');
    expect(t.api().whoAmI).toHaveBeenCalledTimes(2);
  });

  it('says signed out on a 401, sets the badge and fetches nothing more on its own', async () => {
    const t = setupService();
    await t.service.status('never'); // creates nothing
    const { service } = t;
    await service.session.backend();
    t.api().whoAmI.mockRejectedValueOnce(new SignedOutError());
    const status = await service.status('if-stale');
    expect(status.auth.status).toBe('signed-out');
    expect(t.badge).toHaveBeenLastCalledWith(true);
    expect(await authStateItem.getValue()).toMatchObject({ status: 'signed-out' });
    // Reads while signed out answer the cache and send nothing.
    await service.directory('force');
    await service.history('if-stale');
    expect(t.api().listColleagues).not.toHaveBeenCalled();
    expect(t.api().callHistory).not.toHaveBeenCalled();
  });

  it('reports missing host access instead of probing', async () => {
    const t = setupService({ apiAccess: false });
    expect((await t.service.status('if-stale')).auth.status).toBe('no-permission');
    expect(t.backends).toHaveLength(0);
  });

  it('flips to signed out when any request gets a 401', async () => {
    const t = setupService();
    await t.service.status('if-stale');
    t.api().listColleagues.mockRejectedValueOnce(new SignedOutError());
    const read = await t.service.directory('if-stale');
    expect(read.failure?.kind).toBe('signed-out');
    expect((await authStateItem.getValue()).status).toBe('signed-out');
  });

  it('uses a stored token instead of the session and forgets the old identity', async () => {
    const t = setupService();
    await t.service.status('if-stale');
    await t.service.directory('if-stale');
    expect(await directoryItem.getValue()).not.toBeNull();
    const status = await t.service.saveToken('  secret-token ', false);
    expect(t.backends.at(-1)?.auth).toEqual({ mode: 'token', token: 'secret-token' });
    expect(status).toMatchObject({ hasToken: true, auth: { status: 'signed-in', mode: 'token' } });
    expect(await directoryItem.getValue()).toBeNull();
    await t.service.removeToken();
    expect(t.backends.at(-1)?.auth).toEqual({ mode: 'session' });
  });

  it('opens Home in a tab to sign in, and checks again when a page loads there', async () => {
    const t = setupService();
    await t.service.session.backend();
    t.api().whoAmI.mockRejectedValueOnce(new SignedOutError());
    expect((await t.service.status('if-stale')).auth.status).toBe('signed-out');
    await t.service.signIn();
    expect(t.openTab).toHaveBeenCalledWith('https://home.telavox.se');
    // Another tab loading is none of our business.
    await t.service.onTabLoaded(7);
    expect(t.api().whoAmI).toHaveBeenCalledTimes(1);
    // The login page loads: still signed out, one probe.
    t.api().whoAmI.mockRejectedValueOnce(new SignedOutError());
    await t.service.onTabLoaded(42);
    expect(t.api().whoAmI).toHaveBeenCalledTimes(2);
    // Loads in quick succession do not add probes.
    await t.service.onTabLoaded(42);
    expect(t.api().whoAmI).toHaveBeenCalledTimes(2);
    // The user signed in and Home loads: signed in, and the tab is no longer watched.
    t.advance(5_001);
    await t.service.onTabLoaded(42);
    expect((await authStateItem.getValue()).status).toBe('signed-in');
    t.advance(5_001);
    await t.service.onTabLoaded(42);
    expect(t.api().whoAmI).toHaveBeenCalledTimes(3);
  });
});

describe('caches', () => {
  it('serves the directory from storage while fresh and debounces forced refreshes', async () => {
    const t = setupService();
    await t.service.status('if-stale');
    const first = await t.service.directory('if-stale');
    expect(first.snapshot?.items.map((p) => p.name)).toEqual(['Anna Andersson', 'Erik Svensson']);
    await t.service.directory('if-stale');
    await t.service.directory('force');
    expect(t.api().listColleagues).toHaveBeenCalledTimes(1);
    t.advance(5_001);
    await t.service.directory('force');
    expect(t.api().listColleagues).toHaveBeenCalledTimes(2);
  });

  it('keeps the last snapshot when a refresh fails', async () => {
    const t = setupService();
    await t.service.status('if-stale');
    await t.service.directory('if-stale');
    t.advance(6 * 60_000);
    await t.service.status('if-stale');
    t.api().listColleagues.mockRejectedValueOnce(new TelavoxTimeoutError());
    const read = await t.service.directory('if-stale');
    expect(read.failure?.kind).toBe('timeout');
    expect(read.snapshot?.items).toHaveLength(2);
  });

  it('looks a number up in the cached directory', async () => {
    const t = setupService();
    await t.service.status('if-stale');
    await t.service.directory('if-stale');
    const found = await t.service.lookup('+46701740641');
    expect(found.colleague?.name).toBe('Erik Svensson');
    expect((await t.service.lookup('+46701740699')).colleague).toBeNull();
  });
});

describe('dialling', () => {
  const request = { raw: '070-174 06 23', confirmRepeat: false, confirmPremium: false };

  it('dials the digits-only international form once, with autoanswer sent explicitly', async () => {
    const t = setupService();
    await t.service.status('if-stale');
    const outcome = await t.service.dial(request);
    expect(outcome).toEqual({ status: 'calling', e164: '+46701740623', display: '070-174 06 23' });
    expect(t.api().dial).toHaveBeenCalledExactlyOnceWith('0046701740623', { autoAnswer: false });
    expect(await pendingDialItem.getValue()).toBeNull();
  });

  it('enforces the cooldown and asks again before repeating a number', async () => {
    const t = setupService();
    await t.service.status('if-stale');
    await t.service.dial(request);
    expect(await t.service.dial({ ...request, raw: '08-618 24 90' })).toEqual({ status: 'busy' });
    t.advance(3_001);
    expect((await t.service.dial(request)).status).toBe('needs-repeat-confirmation');
    expect(t.api().dial).toHaveBeenCalledTimes(1);
    expect((await t.service.dial({ ...request, confirmRepeat: true })).status).toBe('calling');
    expect(t.api().dial).toHaveBeenCalledTimes(2);
  });

  it('refuses emergency numbers and asks before premium rate, without sending anything', async () => {
    const t = setupService();
    await t.service.status('if-stale');
    expect(await t.service.dial({ ...request, raw: '112' })).toEqual({
      status: 'refused',
      reason: 'emergency',
    });
    expect((await t.service.dial({ ...request, raw: '0900-123 45 67' })).status).toBe(
      'needs-premium-confirmation',
    );
    expect(await t.service.dial({ ...request, raw: '../hangup' })).toMatchObject({ status: 'refused' });
    expect(t.api().dial).not.toHaveBeenCalled();
  });

  it('never retries a dial whose outcome is unknown', async () => {
    const t = setupService();
    await t.service.status('if-stale');
    t.api().dial.mockRejectedValueOnce(new TelavoxTimeoutError());
    const outcome = await t.service.dial(request);
    expect(outcome).toMatchObject({ status: 'failed', outcomeUnknown: true, failure: { kind: 'timeout' } });
    expect(t.api().dial).toHaveBeenCalledTimes(1);
  });

  it('does not send a dial while an earlier one may still be pending after a restart', async () => {
    const t = setupService();
    await t.service.status('if-stale');
    await pendingDialItem.setValue({ id: 'x', e164: '+4686182490', startedAt: 1_700_000_000_000 - 1_000 });
    expect(await t.service.dial(request)).toEqual({ status: 'busy' });
    expect(t.api().dial).not.toHaveBeenCalled();
  });
});

describe('hang up', () => {
  it('re-reads the call state and sends nothing when there is no call', async () => {
    const t = setupService();
    await t.service.status('if-stale');
    expect(await t.service.hangup()).toEqual({ ok: true, data: 'no-active-call' });
    expect(t.api().hangup).not.toHaveBeenCalled();
    t.api().whoAmI.mockResolvedValueOnce(
      person({ calls: [{ callerid: '0701740641', direction: 'out', linestatus: 'up' }] }),
    );
    expect(await t.service.hangup()).toEqual({ ok: true, data: 'ended' });
    expect(t.api().hangup).toHaveBeenCalledTimes(1);
  });
});
