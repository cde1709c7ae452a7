import type { Root, RootContent } from 'mdast';

/**
 * Where a document may be cut into parts that the parser reads as it reads the whole:
 * before a line, at its first column, that starts an ATX heading or a bullet list item.
 * Such a line closes every block open before it — unless something swallows it (a fence
 * or an HTML block left open, a paragraph that takes it as text), which only parsing the
 * text before it tells. So a cut is tried, not assumed: the part is parsed with the line
 * after it, and the cut holds only when that line came out as a heading, or an item of a
 * list, at the top of the tree; otherwise the part grows and is parsed again.
 *
 * After a heading nothing is open; after a top-level item only its list, which the next
 * part starts anew — the same items, in two lists instead of one, which the structure
 * step reads alike.
 */

/** The lines of a text: where each begins. A text ending in a line break ends with an empty line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The lines (after the first) that may begin a part. */
export function cutCandidates(text: string, starts: readonly number[]): number[] {
  const cuts: number[] = [];
  for (let line = 1; line < starts.length; line++) if (mayCutBefore(text, starts[line]!)) cuts.push(line);
  return cuts;
}

function mayCutBefore(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  const after = text.charCodeAt(at + 1);
  // "- ", "* ", "+ " (or a tab after the marker): a bullet item.
  if (first === 45 || first === 42 || first === 43) return after === 32 || after === 9;
  if (first !== 35) return false;
  let hashes = 1;
  while (hashes < 7 && text.charCodeAt(at + hashes) === 35) hashes++;
  const next = text.charCodeAt(at + hashes);
  return hashes <= 6 && (next === 32 || next === 9 || next === 10 || Number.isNaN(next));
}

/** The first candidate at or after `line`, or `end` when none is. */
export function firstCutFrom(cuts: readonly number[], line: number, end: number): number {
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cuts[middle]! < line) low = middle + 1;
    else high = middle;
  }
  return low < cuts.length ? cuts[low]! : end;
}

/**
 * Whether the last top-level node of a part parsed with the line after it is that line,
 * begun as a heading or a list item at `line` (1-based, in the parsed text); if so, it
 * is taken out of the tree, which then holds the part alone.
 */
export function removeNextLine(tree: Root, line: number): boolean {
  const last = tree.children.at(-1);
  if (last?.type === 'heading' && startsAt(last, line)) {
    tree.children.pop();
    return true;
  }
  if (last?.type !== 'list' || !startsAt(last.children.at(-1), line)) return false;
  if (last.children.length === 1) tree.children.pop();
  else last.children.pop();
  return true;
}

function startsAt(node: RootContent | undefined, line: number): boolean {
  return node?.position?.start.line === line && node.position.start.column === 1;
}

/**
 * Where the fence that swallowed the cut closes, by the CommonMark rule (the same
 * character, at least as many, nothing after but spaces), so that the next try reaches
 * past it at once rather than by doubling the part. A guess that the next parse checks.
 */
export function fenceEnd(text: string, starts: readonly number[], opener: number, from: number): number | undefined {
  const line = (index: number) => text.slice(starts[index], index + 1 < starts.length ? starts[index + 1]! - 1 : text.length);
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line(opener));
  if (!fence) return undefined;
  const closing = new RegExp(`^ {0,3}${fence[1]![0] === '`' ? '`' : '~'}{${fence[1]!.length},}[ \\t]*$`);
  for (let index = from; index < starts.length; index++) if (closing.test(line(index))) return index;
  return starts.length;
}
