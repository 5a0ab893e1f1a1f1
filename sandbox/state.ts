/** The sandbox's mutable state: directory with presence and calls, sessions, and what was dialled. */
import { randomBytes } from 'node:crypto';
import { buildDirectory, USERS } from './data';
import type { DialRecord, Extension, HangupRecord, SandboxUser, SmsRecord } from './types';

export interface SandboxState {
  /** Edit freely in tests; `reset()` restores the sample data. */
  directory: Extension[];
  /** Session id (the cookie value) → username. A user may hold several sessions. */
  sessions: Map<string, string>;
  dials: DialRecord[];
  sms: SmsRecord[];
  hangups: HangupRecord[];
}

export function createState(now: Date = new Date()): SandboxState {
  return { directory: buildDirectory(now), sessions: new Map(), dials: [], sms: [], hangups: [] };
}

/** Restores the sample data in place, so references to `state` held by tests stay valid. */
export function resetState(state: SandboxState, now: Date = new Date()): void {
  state.directory = buildDirectory(now);
  state.sessions.clear();
  state.dials = [];
  state.sms = [];
  state.hangups = [];
}

export function findUserByName(username: string): SandboxUser | undefined {
  return USERS.find((user) => user.username === username);
}

export function findUserByCredentials(username: string, password: string): SandboxUser | undefined {
  const user = findUserByName(username);
  return user !== undefined && user.password === password ? user : undefined;
}

export function findUserByToken(token: string): SandboxUser | undefined {
  return USERS.find((user) => user.bearerToken === token);
}

/** The user's own directory entry (the first one with their extension, as duplicates exist). */
export function ownEntry(state: SandboxState, user: SandboxUser): Extension | undefined {
  return state.directory.find((entry) => entry.extension === user.extension);
}

/** Starts a session and returns its id: 32 random hex characters. */
export function startSession(state: SandboxState, user: SandboxUser): string {
  const id = randomBytes(16).toString('hex');
  state.sessions.set(id, user.username);
  return id;
}
