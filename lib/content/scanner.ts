import {
  isInsideSkipped,
  nodesBetween,
  pointAt,
  type ScanRoot,
  type TextBlock,
  walkBlocks,
} from './block-text';
import { type ChunkClock, runInChunks } from './chunked-work';
import { type DetectedNumber, type Detector, detectInWindows } from './detect-windows';
import type { EntryStore, NumberEntry } from './entry-store';
import { numberKindOf } from './number-kind';

export interface ScannerOptions {
  detect: Detector;
  store: EntryStore;
  clock: ChunkClock;
  ownHost(): Element | null;
  /** An open shadow root met while walking; the caller observes it and schedules its scan. */
  onShadowRoot(root: ShadowRoot): void;
  /** A custom element without a shadow root yet; it may attach one once upgraded. */
  onCustomElement(element: Element): void;
  /** Resolves when the page is visible; hidden tabs are not scanned (number-detection.md §1). */
  whenVisible(): Promise<void>;
  isStopped(): boolean;
}

interface ScanTask {
  target: ScanRoot;
  root: ScanRoot;
}

/**
 * Finds numbers under scheduled subtrees, one short chunk at a time. Scheduling a subtree that is already
 * waiting does nothing; the queue is drained in order and, once empty, nothing runs until the next
 * schedule (an idle page costs nothing).
 */
export class Scanner {
  private readonly queue = new Map<ScanRoot, ScanTask>();
  private running: Promise<void> | null = null;

  constructor(private readonly options: ScannerOptions) {}

  /** Scans `target` (a block or a whole root) again; `root` is the body or shadow root it belongs to. */
  schedule(target: ScanRoot, root: ScanRoot): void {
    if (this.options.isStopped()) return;
    this.queue.set(target, { target, root });
    if (!this.running) {
      this.running = this.drain().finally(() => {
        this.running = null;
      });
    }
  }

  /** Resolves when every scheduled scan has finished (for callers that must wait, and for tests). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    await this.options.whenVisible();
    const { clock } = this.options;
    const work = this.pendingWork();
    const visibleClock: ChunkClock = {
      ...clock,
      yieldToBrowser: async () => {
        await clock.yieldToBrowser();
        await this.options.whenVisible();
      },
    };
    await runInChunks(work, visibleClock, () => this.options.isStopped());
  }

  private *pendingWork(): Generator<void> {
    for (;;) {
      const next = this.queue.values().next();
      if (next.done) return;
      const task = next.value;
      this.queue.delete(task.target);
      yield* this.scanTask(task);
    }
  }

  private *scanTask({ target, root }: ScanTask): Generator<void> {
    const { store, detect } = this.options;
    if (!target.isConnected && target !== root) return;
    const ownHost = this.options.ownHost();
    if (target !== root && isInsideSkipped(target, root, ownHost)) return;
    const blocks = walkBlocks(target, {
      ownHost,
      onShadowRoot: this.options.onShadowRoot,
      onCustomElement: this.options.onCustomElement,
      onText: (node) => store.clearNode(node),
    });
    for (const block of blocks) {
      for (const matches of detectInWindows(block.text, withLabel(detect, block.label))) {
        for (const match of matches) {
          const entry = entryFor(block, match, root);
          if (entry) store.add(entry);
        }
        yield;
      }
      yield;
    }
  }
}

/**
 * Runs the detector with the block's header label in front, as if written there, so the label counts as
 * context (a `Kundnr` column rejects its numbers, §6); offsets are shifted back and nothing is reported
 * inside the label itself.
 */
export function withLabel(detect: Detector, label: string | undefined): Detector {
  if (!label) return detect;
  const prefix = `${label}: `;
  return (text) =>
    detect(prefix + text)
      .filter((match) => match.start >= prefix.length)
      .map((match) => ({ ...match, start: match.start - prefix.length, end: match.end - prefix.length }));
}

/** The DOM entry for a detector match in a block's text, or null for an empty or out-of-range span. */
export function entryFor(block: TextBlock, match: DetectedNumber, root: ScanRoot): NumberEntry | null {
  const { start, end } = match;
  if (end <= start) return null;
  const startPoint = pointAt(block, start, false);
  const endPoint = pointAt(block, end, true);
  if (!startPoint || !endPoint) return null;
  return {
    number: match.number,
    ...(match.extension ? { extension: match.extension } : {}),
    raw: block.text.slice(start, end),
    kind: numberKindOf(match.number),
    start: startPoint,
    end: endPoint,
    nodes: nodesBetween(block, start, end),
    root,
  };
}
