/** Waits until an asynchronous check (usually a question to the browser) holds; a throwing check counts as false. */
export async function waitForAsync(predicate: () => Promise<boolean>, message: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
