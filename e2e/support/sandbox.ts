import { createSandbox, type RecordedRequest, type Sandbox } from '@/sandbox/server';
import { E2E_SANDBOX_PORT } from './paths';

/** The sandbox on the port the e2e builds were configured for. */
export function startE2ESandbox(): Promise<Sandbox> {
  return createSandbox({ port: E2E_SANDBOX_PORT });
}

export function dialRequests(sandbox: Sandbox): RecordedRequest[] {
  return sandbox.requests().filter((r) => r.path.startsWith('/dial/'));
}

/** Waits until `predicate` holds, polling the in-process sandbox (not Telavox). */
export async function waitFor(predicate: () => boolean, timeoutMs = 10_000, message = 'condition') {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The dial requests once the first has arrived and a moment has passed: a second dial would follow
 * within milliseconds, so a test can then assert there is exactly one.
 */
export async function settledDials(sandbox: Sandbox): Promise<RecordedRequest[]> {
  await waitFor(() => dialRequests(sandbox).length > 0, 10_000, 'the dial request');
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return dialRequests(sandbox);
}

/** Waits until the sandbox has received no request for `quietMs`: earlier follow-ups have landed. */
export async function waitForQuiet(sandbox: Sandbox, quietMs = 1_000, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let count = sandbox.requests().length;
  let since = Date.now();
  while (Date.now() - since < quietMs) {
    if (Date.now() > deadline) throw new Error('The extension kept sending requests');
    await new Promise((r) => setTimeout(r, 50));
    const now = sandbox.requests().length;
    if (now !== count) {
      count = now;
      since = Date.now();
    }
  }
}
