/**
 * The v1 API (telavox-api.md §5): paths, shapes and messages as the reference describes them. Every handler
 * acts as the authenticated user and sees only that user's data.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestAuth } from '../auth';
import { buildCallHistory, isCallHistoryDate } from '../call-history';
import { RECORDINGS } from '../data';
import { decodeSegment, type RequestTarget, send, sendJson, sendMessage } from '../http-util';
import { ownEntry, type SandboxState } from '../state';
import type { SandboxUser } from '../types';

export interface ApiContext {
  req: IncomingMessage;
  res: ServerResponse;
  state: SandboxState;
  auth: RequestAuth;
  target: RequestTarget;
}

interface AuthedContext extends ApiContext {
  user: SandboxUser;
  /** The decoded `:param` segment, or `undefined` when its percent-encoding is malformed. */
  param: string | undefined;
}

interface ApiRoute {
  method: string;
  /** Path segments after the leading `/`; `:param` matches any one segment. */
  segments: readonly string[];
  handle(ctx: AuthedContext): void;
}

/** Dial strings are ASCII digits only (telavox-api.md §10, step 6). */
const DIAL_STRING = /^[0-9]{2,17}$/;
const NO_FEATURE = 'This user does not have access to this feature';

function listExtensions({ res, state }: AuthedContext): void {
  sendJson(res, 200, state.directory);
}

function getExtension({ res, state, user, param }: AuthedContext): void {
  const entry =
    param === 'me'
      ? ownEntry(state, user)
      : state.directory.find((candidate) => candidate.extension === param);
  if (entry === undefined) sendMessage(res, 404, 'Not found');
  else sendJson(res, 200, entry);
}

function listCalls({ res, target }: AuthedContext): void {
  const { fromDate, toDate, withRecordings } = target.query;
  for (const date of [fromDate, toDate]) {
    if (date !== undefined && date !== '' && !isCallHistoryDate(date)) {
      sendMessage(res, 400, 'Invalid date, expected YYYY-MM-DD');
      return;
    }
  }
  const history = buildCallHistory(new Date(), {
    fromDate: fromDate || undefined,
    toDate: toDate || undefined,
    withRecordings: withRecordings === 'true',
  });
  sendJson(res, 200, history);
}

function parseAutoanswer(value: string | undefined): boolean | null | 'invalid' {
  if (value === undefined) return null;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return 'invalid';
}

function dial({ res, state, user, param, target }: AuthedContext): void {
  if (param === undefined || !DIAL_STRING.test(param)) {
    sendMessage(res, 400, 'Invalid number');
    return;
  }
  const autoanswer = parseAutoanswer(target.query.autoanswer);
  if (autoanswer === 'invalid') {
    sendMessage(res, 400, 'Invalid value for autoanswer');
    return;
  }
  if (!user.canDial) {
    sendMessage(res, 400, NO_FEATURE);
    return;
  }
  // Telavox rings the user's own phone first, then the number: the user's line shows one outgoing call.
  const entry = ownEntry(state, user);
  if (entry !== undefined) entry.calls = [{ callerid: param, direction: 'out', linestatus: 'up' }];
  state.dials.push({ time: new Date().toISOString(), user: user.username, number: param, autoanswer });
  sendMessage(res, 200, 'OK');
}

function hangup({ res, state, user }: AuthedContext): void {
  const entry = ownEntry(state, user);
  const active = entry?.calls[0];
  if (entry === undefined || active === undefined) {
    sendMessage(res, 400, 'No active call');
    return;
  }
  entry.calls = [];
  state.hangups.push({ time: new Date().toISOString(), user: user.username, callerid: active.callerid });
  sendMessage(res, 200, 'OK');
}

function sendSms({ res, state, user, param, target }: AuthedContext): void {
  if (param === undefined || !DIAL_STRING.test(param)) {
    sendMessage(res, 400, 'Invalid number');
    return;
  }
  const message = target.query.message;
  if (message === undefined || message === '') {
    sendMessage(res, 400, "Message couldn't be sent for unknown reason");
    return;
  }
  if (!user.canDial) {
    sendMessage(res, 400, NO_FEATURE);
    return;
  }
  state.sms.push({ time: new Date().toISOString(), user: user.username, number: param, message });
  sendMessage(res, 200, 'OK');
}

function getRecording({ res, param }: AuthedContext): void {
  const audio = param === undefined ? undefined : RECORDINGS.get(param);
  if (audio === undefined) sendMessage(res, 404, 'Not found');
  else send(res, 200, audio, { 'Content-Type': 'audio/mpeg' });
}

const ROUTES: readonly ApiRoute[] = [
  { method: 'GET', segments: ['extensions', ''], handle: listExtensions },
  { method: 'GET', segments: ['extensions'], handle: listExtensions },
  { method: 'GET', segments: ['extensions', ':param'], handle: getExtension },
  { method: 'GET', segments: ['calls'], handle: listCalls },
  { method: 'GET', segments: ['calls', ''], handle: listCalls },
  { method: 'GET', segments: ['dial', ':param'], handle: dial },
  { method: 'POST', segments: ['hangup'], handle: hangup },
  { method: 'GET', segments: ['sms', ':param'], handle: sendSms },
  { method: 'GET', segments: ['recordings', ':param'], handle: getRecording },
];

interface RouteMatch {
  route: ApiRoute;
  rawParam?: string;
}

function matchPath(pathname: string): RouteMatch[] {
  const segments = pathname.slice(1).split('/');
  const found: RouteMatch[] = [];
  for (const route of ROUTES) {
    if (route.segments.length !== segments.length) continue;
    let rawParam: string | undefined;
    const fits = route.segments.every((expected, index) => {
      const actual = segments[index] ?? '';
      if (expected !== ':param') return expected === actual;
      rawParam = actual;
      return true;
    });
    if (fits) found.push({ route, rawParam });
  }
  return found;
}

/** Answers one API request. The caller has already applied faults and will record the request. */
export function handleApiRequest(ctx: ApiContext): void {
  const { req, res, auth, target } = ctx;
  req.resume(); // No v1 endpoint reads a body; drain it so keep-alive connections stay usable.
  const candidates = matchPath(target.pathname);
  if (candidates.length === 0) {
    sendMessage(res, 404, 'Not found');
    return;
  }
  const method = req.method ?? 'GET';
  const match = candidates.find(({ route }) => route.method === method);
  if (match === undefined) {
    const allowed = [...new Set(candidates.map(({ route }) => route.method))].join(', ');
    sendJson(res, 405, { message: 'Method not allowed' }, { Allow: allowed });
    return;
  }
  if (auth.user === undefined) {
    sendMessage(res, 401, 'Unauthorized');
    return;
  }
  const param = match.rawParam === undefined ? undefined : decodeSegment(match.rawParam);
  match.route.handle({ ...ctx, user: auth.user, param });
}
