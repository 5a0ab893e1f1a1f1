import type { CallHistoryOptions, TelavoxBackend } from './backend';
import { DIAL_STRING_PATTERN, type DialString } from './dial-string';
import { InvalidNumberError, TelavoxRejectedError } from './errors';
import { TelavoxHttp, type TelavoxHttpOptions } from './http';
import { parseCallHistory, parseExtension, parseExtensionList } from './schemas';
import type { PathParameter } from './url';

/**
 * The legacy v1 "Home API" (Telavox API reference §5), in session or token mode. Each endpoint has one
 * fixed URL builder; path parameters are validated before they are encoded (§4).
 */

export type V1BackendOptions = TelavoxHttpOptions;

export const EXTENSION_PATTERN = /^(?:me|[0-9]{1,15})$/;
/** The real recording id format is unconfirmed (§4); this admits the plausible ones and nothing path-like. */
export const RECORDING_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The text travels in the URL (§5.5), so it is bounded; ten concatenated SMS are far below this. */
export const MAX_SMS_LENGTH = 1_600;

function extensionParameter(value: string): PathParameter {
  return { value, pattern: EXTENSION_PATTERN, invalid: () => new RangeError('Invalid extension') };
}

function dialStringParameter(value: DialString): PathParameter {
  // The brand can be forged with a cast, so the pattern is checked again here.
  return {
    value,
    pattern: DIAL_STRING_PATTERN,
    invalid: () => new InvalidNumberError(/^[0-9]*$/.test(value) ? 'wrong-length' : 'forbidden-character'),
  };
}

function recordingParameter(value: string): PathParameter {
  return { value, pattern: RECORDING_ID_PATTERN, invalid: () => new RangeError('Invalid recording id') };
}

/** `YYYY-MM-DD` naming a real calendar day, as `/calls` expects (§5.2). */
function assertCalendarDate(value: string, name: string): void {
  const match = CALENDAR_DATE.exec(value);
  const [year, month, day] = (match?.slice(1) ?? []).map(Number);
  const date = match ? new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 0)) : undefined;
  if (
    !date ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() + 1 !== month ||
    date.getUTCDate() !== day
  ) {
    throw new RangeError(`${name} must be a date written YYYY-MM-DD`);
  }
}

function callsQuery(options: CallHistoryOptions): Record<string, string> {
  const query: Record<string, string> = {};
  if (options.fromDate !== undefined) {
    assertCalendarDate(options.fromDate, 'fromDate');
    query.fromDate = options.fromDate;
  }
  if (options.toDate !== undefined) {
    assertCalendarDate(options.toDate, 'toDate');
    query.toDate = options.toDate;
  }
  if (options.withRecordings !== undefined) query.withRecordings = String(options.withRecordings);
  return query;
}

function assertSmsText(message: string): void {
  if (message.trim() === '') throw new RangeError('An SMS needs some text');
  if (message.length > MAX_SMS_LENGTH)
    throw new RangeError(`An SMS is limited to ${MAX_SMS_LENGTH} characters`);
}

export function createV1Backend(options: V1BackendOptions): TelavoxBackend {
  const http = new TelavoxHttp(options);

  return {
    generation: 'v1',
    authMode: http.authMode,

    async whoAmI() {
      return parseExtension(await http.getJson(http.url(['extensions', extensionParameter('me')])));
    },

    async listColleagues() {
      return parseExtensionList(await http.getJson(http.url(['extensions'], { trailingSlash: true })));
    },

    async getColleague(extension) {
      return parseExtension(await http.getJson(http.url(['extensions', extensionParameter(extension)])));
    },

    async callHistory(historyOptions = {}) {
      const url = http.url(['calls'], { query: callsQuery(historyOptions) });
      return parseCallHistory(await http.getJson(url));
    },

    async dial(dialString, { autoAnswer }) {
      // `autoanswer` is always explicit so behaviour does not change when CAPI (default flipped) takes over.
      const url = http.url(['dial', dialStringParameter(dialString)], {
        query: { autoanswer: String(autoAnswer) },
      });
      await http.act('GET', url, 'dial');
    },

    async hangup() {
      try {
        await http.act('POST', http.url(['hangup']), 'hangup');
        return 'ended';
      } catch (error) {
        // One public client treats 400 as "no call to hang up" (§5.4, unconfirmed).
        if (error instanceof TelavoxRejectedError && error.status === 400) return 'no-active-call';
        throw error;
      }
    },

    async sendSms(dialString, message) {
      assertSmsText(message);
      const url = http.url(['sms', dialStringParameter(dialString)], { query: { message } });
      await http.act('GET', url, 'sms');
    },

    async downloadRecording(recordingId) {
      return http.getAudio(http.url(['recordings', recordingParameter(recordingId)]));
    },
  };
}
