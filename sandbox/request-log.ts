/** The log of API requests that tests inspect through `requests()` or `GET /__sandbox/requests`. */
import type { RecordedRequest } from './types';

/** Oldest entries are dropped past this many, so a long-running sandbox stays small. */
const MAX_ENTRIES = 10_000;

export class RequestLog {
  #entries: RecordedRequest[] = [];

  record(entry: RecordedRequest): void {
    this.#entries.push(entry);
    if (this.#entries.length > MAX_ENTRIES) this.#entries.splice(0, this.#entries.length - MAX_ENTRIES);
  }

  /** Copies, oldest first, so callers cannot change the log. */
  list(): RecordedRequest[] {
    return this.#entries.map((entry) => ({ ...entry, query: { ...entry.query } }));
  }

  clear(): void {
    this.#entries = [];
  }
}
