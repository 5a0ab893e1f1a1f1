/**
 * A counting semaphore: at most `limit` holders at once (Telavox API reference §4 Concurrency).
 * Urgent waiters (user actions such as a dial) are served before queued background reads.
 */
export class ConcurrencyLimit {
  private active = 0;
  private readonly urgent: Array<() => void> = [];
  private readonly normal: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  get inUse(): number {
    return this.active;
  }

  /** Resolves once a slot is held; rejects with the signal's reason if it aborts while queued. */
  acquire(options: { urgent?: boolean; signal?: AbortSignal } = {}): Promise<void> {
    const { urgent = false, signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.active < this.limit) {
      this.active++;
      return Promise.resolve();
    }
    const queue = urgent ? this.urgent : this.normal;
    return new Promise<void>((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        const index = queue.indexOf(grant);
        if (index >= 0) queue.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(grant);
    });
  }

  /** Hands the slot to the next waiter, or frees it. */
  release(): void {
    const next = this.urgent.shift() ?? this.normal.shift();
    if (next) next();
    else this.active--;
  }
}
