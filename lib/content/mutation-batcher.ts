import type { ScanRoot } from './block-text';

/**
 * Collects mutation records and hands them over in batches: after `quietMs` without new records, and
 * never later than `maxWaitMs` after the first one (number-detection.md §8 "Mutations": 100–200 ms of
 * quiet, at most 1 s late). A root with more than `fullRescanAbove` records in one batch is reported as
 * `'all'` (rescan that whole root) and its further records are not kept, so a mutation storm costs no
 * memory.
 */

export type RootChanges = MutationRecord[] | 'all';
export type MutationBatch = Map<ScanRoot, RootChanges>;

export interface BatchTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface BatchOptions {
  quietMs: number;
  maxWaitMs: number;
  fullRescanAbove: number;
}

export const DEFAULT_BATCH_OPTIONS: BatchOptions = { quietMs: 150, maxWaitMs: 1000, fullRescanAbove: 1000 };

export class MutationBatcher {
  private pending: MutationBatch = new Map();
  private firstAt = 0;
  private timer: unknown = null;

  constructor(
    private readonly onBatch: (batch: MutationBatch) => void,
    private readonly timers: BatchTimers,
    private readonly options: BatchOptions = DEFAULT_BATCH_OPTIONS,
  ) {}

  add(root: ScanRoot, records: readonly MutationRecord[]): void {
    if (records.length === 0) return;
    const now = this.timers.now();
    if (this.pending.size === 0) this.firstAt = now;
    const known = this.pending.get(root);
    if (known !== 'all') {
      const merged = known ? known.concat(records) : [...records];
      this.pending.set(root, merged.length > this.options.fullRescanAbove ? 'all' : merged);
    }
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    const untilDeadline = this.firstAt + this.options.maxWaitMs - now;
    this.timer = this.timers.setTimeout(
      () => this.flush(),
      Math.max(0, Math.min(this.options.quietMs, untilDeadline)),
    );
  }

  /** Hands over what is pending now (also used when the page is about to go away). */
  flush(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    this.onBatch(batch);
  }

  cancel(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.pending = new Map();
  }
}
