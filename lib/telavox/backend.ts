import type { DialString } from './dial-string';
import type { CallRecord, TelavoxExtension, ValidatedList } from './schemas';

export interface CallHistoryOptions {
  /** `YYYY-MM-DD`. */
  fromDate?: string;
  /** `YYYY-MM-DD`. */
  toDate?: string;
  withRecordings?: boolean;
}

/**
 * What the extension needs from Telavox, whichever API generation serves it (Telavox API reference
 * §7.3): v1 is legacy, so nothing outside `lib/telavox/` names a v1 path or shape. Every method throws
 * one of the `TelavoxError` classes of `./errors` on failure.
 */
export interface TelavoxBackend {
  readonly generation: 'v1' | 'capi';
  readonly authMode: 'session' | 'token';
  /** The signed-in user; also the sign-in probe (§3.1). */
  whoAmI(): Promise<TelavoxExtension>;
  listColleagues(): Promise<ValidatedList<TelavoxExtension>>;
  getColleague(extension: string): Promise<TelavoxExtension>;
  /** Merged incoming, outgoing and missed calls, newest first. */
  callHistory(options?: CallHistoryOptions): Promise<ValidatedList<CallRecord>>;
  /** Rings the user's own phone, then calls the number. Sent once, never retried (§5.3). */
  dial(dialString: DialString, options: { autoAnswer: boolean }): Promise<void>;
  /** Ends the user's current call. Sent once, never retried (§5.4). */
  hangup(): Promise<'ended' | 'no-active-call'>;
  sendSms(dialString: DialString, message: string): Promise<void>;
  downloadRecording(recordingId: string): Promise<Blob>;
}
