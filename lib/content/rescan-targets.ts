import { blockContainerOf, type ScanRoot } from './block-text';
import type { RootChanges } from './mutation-batcher';

/**
 * Where to look again after a batch of mutations in one root: the block containers around each change,
 * without containers nested in another one of the list (rescanning the outer block covers them). Text
 * edits (`characterData`) rescan their block only; added or removed children rescan the block of their
 * parent; a changed `href` rescans the link's block.
 */
export function rescanTargets(root: ScanRoot, changes: RootChanges): ScanRoot[] {
  if (changes === 'all') return [root];
  const containers = new Set<ScanRoot>();
  for (const record of changes) {
    const target = record.target;
    if (!isWithin(target, root)) continue;
    containers.add(blockContainerOf(target, root));
  }
  if (containers.has(root)) return [root];
  return [...containers].filter((container) => !hasAncestorIn(container, containers, root));
}

function isWithin(node: Node, root: ScanRoot): boolean {
  return node === root || root.contains(node);
}

function hasAncestorIn(node: ScanRoot, set: ReadonlySet<ScanRoot>, root: ScanRoot): boolean {
  let current = node.parentNode;
  while (current) {
    if (set.has(current as ScanRoot)) return true;
    if (current === root) return false;
    current = current.parentNode;
  }
  return false;
}
