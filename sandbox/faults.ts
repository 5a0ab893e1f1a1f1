/**
 * Injected faults for tests: a matching fault answers an API request instead of the normal handler, so the
 * client's error handling (telavox-api.md §6) can be exercised against a real HTTP server.
 */
import { z } from 'zod';
import { renderLoginPage } from './pages/home';
import type { FaultSpec } from './types';

const MAX_DELAY_MS = 120_000;

export const faultSpecSchema = z.strictObject({
  path: z
    .string()
    .min(1)
    .refine((path) => path === '*' || path.startsWith('/'), {
      message: 'path must be "*" or start with "/"',
    }),
  method: z
    .string()
    .regex(/^[A-Za-z]+$/)
    .optional(),
  status: z.int().min(100).max(599).optional(),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.string().optional(),
  contentType: z.string().optional(),
  delayMs: z.int().min(0).max(MAX_DELAY_MS).optional(),
  times: z.int().min(0).optional(),
  redirectTo: z.string().optional(),
});

/** Validates a fault; throws with a readable message when it is malformed. */
export function parseFaultSpec(input: unknown): FaultSpec {
  const result = faultSpecSchema.safeParse(input);
  if (!result.success) throw new Error(`Invalid fault: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** What a matching fault asks for. */
export interface FaultAction {
  delayMs: number;
  /** Absent for a pure delay: the normal handler answers afterwards. */
  response?: { status: number; headers: Record<string, string>; body: string };
}

interface ActiveFault {
  spec: FaultSpec;
  /** `Infinity` for "until reset". */
  remaining: number;
}

export function faultResponse(spec: FaultSpec): FaultAction['response'] {
  if (spec.redirectTo !== undefined) {
    return {
      status: spec.status ?? 302,
      headers: { Location: spec.redirectTo, ...spec.headers },
      body: spec.body ?? '',
    };
  }
  if (spec.status === undefined && spec.body === undefined) return undefined;
  const status = spec.status ?? 200;
  const contentType = spec.contentType ?? 'application/json; charset=utf-8';
  return {
    status,
    headers: { 'Content-Type': contentType, ...spec.headers },
    body: spec.body ?? defaultBody(status, contentType),
  };
}

/**
 * An HTML fault without a body answers with the sign-in page, like a server whose session expired
 * (telavox-api.md §6 row 11); any other fault without a body answers with a JSON message.
 */
function defaultBody(status: number, contentType: string): string {
  if (contentType.toLowerCase().startsWith('text/html')) return renderLoginPage();
  return JSON.stringify({ message: `Sandbox fault ${status}` });
}

export class FaultStore {
  #faults: ActiveFault[] = [];

  add(spec: FaultSpec): void {
    const valid = parseFaultSpec(spec);
    const times = valid.times ?? 1;
    this.#faults.push({ spec: valid, remaining: times === 0 ? Number.POSITIVE_INFINITY : times });
  }

  clear(): void {
    this.#faults = [];
  }

  /** Finds the first fault for this request (in the order added) and uses up one of its answers. */
  take(method: string, pathname: string): FaultAction | undefined {
    const index = this.#faults.findIndex(({ spec }) => matches(spec, method, pathname));
    const fault = this.#faults[index];
    if (fault === undefined) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults.splice(index, 1);
    return { delayMs: fault.spec.delayMs ?? 0, response: faultResponse(fault.spec) };
  }

  get size(): number {
    return this.#faults.length;
  }
}

function matches(spec: FaultSpec, method: string, pathname: string): boolean {
  if (spec.method !== undefined && spec.method.toUpperCase() !== method.toUpperCase()) return false;
  return spec.path === '*' || pathname.startsWith(spec.path);
}
