/**
 * The control API under `/__sandbox/`, for tests running in another process (e2e browsers, the demo
 * script). Loopback callers only, JSON only, never recorded and never faulted.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, isLoopbackAddress, readBody, sendJson, sendMessage } from '../http-util';
import type { SandboxState } from '../state';
import type { FaultSpec, RecordedRequest } from '../types';

export const CONTROL_PREFIX = '/__sandbox/';

export interface SandboxControls {
  state: SandboxState;
  requests(): RecordedRequest[];
  clearRequests(): void;
  reset(): void;
  addFault(fault: FaultSpec): void;
  forceLogout(): void;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req);
  return JSON.parse(body);
}

async function addFault(req: IncomingMessage, res: ServerResponse, controls: SandboxControls): Promise<void> {
  let spec: unknown;
  try {
    spec = await readJson(req);
  } catch (error) {
    if (error instanceof BodyTooLargeError) sendMessage(res, 413, 'Request body too large');
    else sendMessage(res, 400, 'Body must be a JSON FaultSpec');
    return;
  }
  try {
    controls.addFault(spec as FaultSpec);
  } catch (error) {
    sendMessage(res, 400, error instanceof Error ? error.message : 'Invalid fault');
    return;
  }
  sendMessage(res, 201, 'OK');
}

/** A summary of what the extension made the sandbox do, for assertions from another process. */
function stateSummary(state: SandboxState) {
  return {
    dials: state.dials,
    sms: state.sms,
    hangups: state.hangups,
    activeSessions: state.sessions.size,
    directory: state.directory,
  };
}

export async function handleControlRequest(
  req: IncomingMessage,
  res: ServerResponse,
  controls: SandboxControls,
  pathname: string,
): Promise<void> {
  if (!isLoopbackAddress(req.socket.remoteAddress)) {
    req.resume();
    sendMessage(res, 403, 'The control API answers loopback callers only');
    return;
  }
  const action = `${req.method ?? 'GET'} ${pathname.slice(CONTROL_PREFIX.length)}`;
  if (action === 'POST faults') {
    await addFault(req, res, controls);
    return;
  }
  req.resume();
  switch (action) {
    case 'POST logout':
      controls.forceLogout();
      sendMessage(res, 200, 'OK');
      return;
    case 'POST reset':
      controls.reset();
      sendMessage(res, 200, 'OK');
      return;
    case 'GET requests':
      sendJson(res, 200, controls.requests());
      return;
    case 'DELETE requests':
      controls.clearRequests();
      sendMessage(res, 200, 'OK');
      return;
    case 'GET state':
      sendJson(res, 200, stateSummary(controls.state));
      return;
    default:
      sendMessage(res, 404, 'Not found');
  }
}
