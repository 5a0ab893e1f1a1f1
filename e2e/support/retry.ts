/**
 * Retries a browser launch: on a busy 2-core machine (another suite may be running a browser) a launch
 * now and then times out although nothing is wrong with the code under test.
 */
export async function retryLaunch<T>(launch: () => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      return await launch();
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 2_000 * attempt));
    }
  }
  throw lastError;
}
