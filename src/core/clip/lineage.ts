import type { Store } from '../ports/store.ts';
import type { Clip } from './clip.ts';

/** One clip in a remix tree, with its votes and what was made from it. */
export interface LineageNode {
  clip: Clip;
  votes: number;
  children: LineageNode[];
  /** Every clip below this one, however deep (remixes of remixes). */
  descendants: number;
}

/** A clip's family: where it came from, and everything made from it. */
export interface Lineage {
  /** The clips it descends from, the original first. */
  ancestors: Clip[];
  tree: LineageNode;
  /** True when the tree was cut at `maxNodes` (a very popular clip). */
  truncated: boolean;
}

/**
 * Walk a clip's remix lineage: up to the original, and down breadth-first through remixes,
 * re-rolls and edits. Bounded, so a prompt remixed thousands of times answers quickly; deleted
 * clips stay in the tree (their children still credit them) and the renderer hides their text.
 */
export async function lineageOf(store: Store, root: Clip, maxNodes = 60): Promise<Lineage> {
  const ancestors: Clip[] = [];
  const seen = new Set([root.id]);
  for (let parentId = root.parentId; parentId && !seen.has(parentId); ) {
    seen.add(parentId);
    const parent = await store.clips.get(parentId);
    if (!parent) break;
    ancestors.unshift(parent);
    parentId = parent.parentId;
  }

  const tree: LineageNode = {
    clip: root,
    votes: await store.votes.count(root.id),
    children: [],
    descendants: 0,
  };
  let nodes = 1;
  let truncated = false;
  const queue: LineageNode[] = [tree];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const id of await store.clips.children(node.clip.id)) {
      if (nodes >= maxNodes) {
        truncated = true;
        break;
      }
      const clip = await store.clips.get(id);
      if (!clip || seen.has(id)) continue;
      seen.add(id);
      const child: LineageNode = { clip, votes: await store.votes.count(id), children: [], descendants: 0 };
      node.children.push(child);
      queue.push(child);
      nodes++;
    }
  }
  countDescendants(tree);
  return { ancestors, tree, truncated };
}

function countDescendants(node: LineageNode): number {
  node.descendants = node.children.reduce((sum, child) => sum + 1 + countDescendants(child), 0);
  return node.descendants;
}
