import type { CountryCode } from 'libphonenumber-js';
import type { DialOutcome } from '@/lib/model';
import { lastDialItem, pendingDialItem, readValid, storageSchemas } from '@/lib/storage';
import { describeFailure, toDialString } from '@/lib/telavox';
import type { ServiceDeps } from './context';
import type { DirectoryService } from './directory';
import { previewNumber } from './numbers';
import type { SessionService } from './session';

/** Guards from telavox-api.md §5.3: one dial in flight, a 3 s cooldown, a repeat within 10 s asks again. */
export const DIAL_COOLDOWN = 3_000;
export const REPEAT_WINDOW = 10_000;
/** A pending dial older than this is considered finished (its outcome unknown). */
export const PENDING_DIAL_MAX_AGE = 60_000;

export interface DialRequest {
  raw: string;
  confirmRepeat: boolean;
  confirmPremium: boolean;
  autoAnswer: boolean;
  defaultCountry: CountryCode;
}

/** Failure kinds after which the PBX may already be ringing: the user must check the phone. */
const OUTCOME_UNKNOWN = new Set(['timeout', 'offline', 'server-error', 'unexpected', 'unknown']);

export function createDialer(deps: ServiceDeps, session: SessionService, directory: DirectoryService) {
  let dialing = false;

  /**
   * Places one click-to-call. It is only ever called for an explicit user action on an extension-owned
   * surface (popup, confirmation window, the browser's own context menu or shortcut), and is never retried.
   */
  async function dial(request: DialRequest): Promise<DialOutcome> {
    const preview = await previewNumber(request.raw, request.defaultCountry, directory);
    if (!preview.ok) return { status: 'refused', reason: preview.reason };
    const { parsed } = preview;
    if (parsed.kind === 'premium' && !request.confirmPremium) {
      return { status: 'needs-premium-confirmation', display: parsed.display };
    }

    const now = deps.now();
    const pending = await readValid(pendingDialItem, storageSchemas.pendingDial);
    // A pending record survives a worker restart, so a dial whose outcome we never saw is not re-sent.
    if (dialing || (pending && now - pending.startedAt < PENDING_DIAL_MAX_AGE)) return { status: 'busy' };
    const last = await readValid(lastDialItem, storageSchemas.pendingDial);
    if (last && now - last.startedAt < DIAL_COOLDOWN) return { status: 'busy' };
    if (last && last.e164 === parsed.e164 && now - last.startedAt < REPEAT_WINDOW && !request.confirmRepeat) {
      return { status: 'needs-repeat-confirmation', display: parsed.display };
    }

    const record = { id: crypto.randomUUID(), e164: parsed.e164, startedAt: now };
    dialing = true;
    await pendingDialItem.setValue(record);
    try {
      await session.call((api) =>
        api.dial(toDialString(parsed.dialString), { autoAnswer: request.autoAnswer }),
      );
      return { status: 'calling', e164: parsed.e164, display: parsed.display };
    } catch (error) {
      const failure = describeFailure(error);
      return { status: 'failed', failure, outcomeUnknown: OUTCOME_UNKNOWN.has(failure.kind) };
    } finally {
      dialing = false;
      await lastDialItem.setValue(record);
      await pendingDialItem.setValue(null);
    }
  }

  /**
   * Ends the current call. Telavox's hangup has no call id, so the own call state is re-read first and
   * nothing is sent when no call is active (§5.4).
   */
  async function hangup() {
    try {
      const me = await session.call((api) => api.whoAmI());
      if (me.calls.length === 0) return { ok: true as const, data: 'no-active-call' as const };
      const result = await session.call((api) => api.hangup());
      return { ok: true as const, data: result };
    } catch (error) {
      return { ok: false as const, failure: describeFailure(error) };
    }
  }

  return { dial, hangup };
}
