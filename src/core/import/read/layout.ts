import type { Block } from '../3-structure.js';
import { splitMarker } from '../classify/status.js';

/**
 * What the reader needs to know of the document ahead of where it is, found in one pass
 * each before it reads: which sections hold a checked item, and which lists mix items
 * with and without checkboxes.
 */

/** The headings whose sections (up to the next heading of the same or a higher level) hold a checked item. */
export function filledSections(blocks: readonly Block[]): Set<number> {
  const filled = new Set<number>();
  const open: { index: number; depth: number }[] = [];
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'heading') {
      while (open.length > 0 && open.at(-1)!.depth >= block.depth) open.pop();
      open.push({ index, depth: block.depth });
    } else if (block.kind === 'item' && block.checked === true) {
      for (const heading of open) filled.add(heading.index);
    }
  }
  return filled;
}

/**
 * For each item: whether an item of its own list (the same parent, no other block between)
 * has a checkbox — plain bullets beside checkbox items are items too.
 */
export function boxedLists(blocks: readonly Block[]): boolean[] {
  const boxed = new Array<boolean>(blocks.length).fill(false);
  let runs = new Map<string, { members: number[]; boxed: boolean }>();
  const flush = () => {
    for (const run of runs.values()) if (run.boxed) for (const member of run.members) boxed[member] = true;
    runs = new Map();
  };
  for (const [index, block] of blocks.entries()) {
    if (block.kind !== 'item') {
      flush();
      continue;
    }
    // A numbered list and a bullet list next to each other are two lists, as CommonMark reads them.
    const key = `${block.parent ?? -1}:${block.ordered ? 1 : 0}`;
    let run = runs.get(key);
    if (!run) runs.set(key, (run = { members: [], boxed: false }));
    run.members.push(index);
    if (block.checked !== null) run.boxed = true;
  }
  flush();
  return boxed;
}

/** For each item: whether an item under it carries a status marker, found in one backward pass. */
export function markedParents(blocks: readonly Block[]): boolean[] {
  const marked = new Array<boolean>(blocks.length).fill(false);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.kind !== 'item' || block.parent === undefined || marked[block.parent]) continue;
    if (marked[i] || hasMarker(block.checked, block.content.text)) marked[block.parent] = true;
  }
  return marked;
}

export function hasMarker(checked: boolean | null, text: string): boolean {
  return checked !== null || /^\s*\[( |x|X|~|-|\/)\]/.test(text) || splitMarker(text).status !== undefined;
}
