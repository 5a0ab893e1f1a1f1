/**
 * Shapes shared by the sandbox modules. The API shapes mirror the Telavox v1 reference
 * (/work/shared/docs/telavox-api.md §5.1, §5.2); everything else is sandbox bookkeeping.
 */

export interface Profile {
  available: boolean;
  name: string;
  /** `YYYY-MM-DD HH:MM:SS` Swedish local time, or `0000-00-00 00:00:00` for no end time. */
  until: string;
  message: string | null;
}

export interface OngoingCall {
  callerid: string;
  direction: 'in' | 'out';
  linestatus: 'up' | 'down' | 'ringing';
}

/** One item of `GET /extensions/`, exactly as the v1 API returns it. */
export interface Extension {
  extension: string;
  name: string;
  email: string;
  mobile: string;
  /** `null` for resources such as conference rooms. */
  profile: Profile | null;
  calls: OngoingCall[];
  keyWords: string[];
}

/** A person who can sign in to the sandbox's Home. */
export interface SandboxUser {
  username: string;
  password: string;
  /** The user's own entry in the directory. */
  extension: string;
  /** Accepted as `Authorization: Bearer <token>`. */
  bearerToken: string;
  /** `false` makes dial and SMS answer 400, like a seat without click-to-call rights. */
  canDial: boolean;
}

export type CallKind = 'incoming' | 'outgoing' | 'missed';

/** One item of `GET /calls`. Optional fields are missing in some items on purpose (§5.2). */
export interface CallHistoryItem {
  datetime: string;
  datetimeISO?: string;
  number: string;
  numberE164?: string;
  duration: number;
  callId: string | number;
  recordingId?: string;
}

export interface CallHistory {
  incoming: CallHistoryItem[];
  outgoing: CallHistoryItem[];
  missed: CallHistoryItem[];
}

export type AuthKind = 'session' | 'bearer' | 'basic' | 'none';

/** One API request as received. Control requests and HTML pages are not recorded. */
export interface RecordedRequest {
  /** ISO 8601 time the response was sent. */
  time: string;
  method: string;
  /** The path exactly as received: raw, undecoded, dot segments kept. */
  path: string;
  /** Decoded query parameters; the last value wins when a name repeats. */
  query: Record<string, string>;
  /** The credential the request presented (an `Authorization` header wins over a cookie). */
  auth: AuthKind;
  /** The user the credential belongs to, when it was valid. */
  user?: string;
  /** Whether a session cookie was sent at all, valid or not. */
  sessionCookie: boolean;
  status: number;
}

export interface FaultSpec {
  /** A path prefix such as `/extensions/me`, or `*` for every API path. */
  path: string;
  /** Matches any method when absent. */
  method?: string;
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Defaults to `application/json; charset=utf-8`. */
  contentType?: string;
  /** Waits before answering. Without status, body or redirectTo the normal handler answers after the wait. */
  delayMs?: number;
  /** How many requests the fault answers: default 1; 0 = until reset. */
  times?: number;
  /** Answers with a redirect (302 unless `status` says otherwise) to this location. */
  redirectTo?: string;
}

export interface DialRecord {
  time: string;
  user: string;
  number: string;
  /** `null` when the request did not say. */
  autoanswer: boolean | null;
}

export interface SmsRecord {
  time: string;
  user: string;
  number: string;
  message: string;
}

export interface HangupRecord {
  time: string;
  user: string;
  callerid: string;
}
