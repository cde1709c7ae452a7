import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { ImportError } from './1-repair.js';
import { cutCandidates, fenceEnd, firstCutFrom, lineStarts, removeNextLine } from './parse/parts.js';
import { DocumentDefinitions, labelsIn, removeStandIns, scanLabels, type StandIns } from './parse/references.js';

/**
 * Step 2: the Markdown syntax tree (mdast), GitHub-flavoured (tables, task lists,
 * strike-through, autolinks, footnotes), from one parser for every document whatever its
 * length, so that a document means the same padded or not.
 *
 * The parser's cost per line grows with the size of what it parses at once, and its
 * memory with the whole tree, so a document is parsed in parts of a few hundred lines cut
 * where the parser itself shows that nothing open crosses the cut (parse/parts.ts), each
 * part seeing the reference definitions of the others (parse/references.ts). Each part's
 * tree is handed on and let go before the next is parsed. Whatever the parts cannot be
 * trusted to read as the whole does, the whole document is parsed at once.
 */
export interface ParsedPart {
  tree: Root;
  /** Added to a line of the tree, gives the line in the document. */
  lineOffset: number;
  /** The target of a reference definition anywhere in the document, the first of a label. */
  definition(identifier: string): string | undefined;
}

/** Lines a part holds at least: it ends at the first heading or top-level list item after them. */
export const PART_LINES = 200;

/**
 * Parses `text` part by part, in document order, into the reader `begin` returns. Should
 * a part turn out not to read as the whole would after parts were read, `begin` is
 * called again for a fresh reader of the whole document parsed at once.
 */
export function parseMarkdown(text: string, file: string, begin: () => (part: ParsedPart) => void, partLines = PART_LINES): void {
  try {
    new PartParser(text, file, partLines).run(begin());
  } catch (error) {
    if (!(error instanceof Doubt)) throw error;
    const tree = parse(text, file);
    const definitions = new DocumentDefinitions();
    definitions.collect(tree);
    begin()({ tree, lineOffset: 0, definition: (identifier) => definitions.url(identifier) });
  }
}

/** A part did not come out as the whole document reads it: the whole is parsed instead. */
class Doubt extends Error {}

/** Built once: building the syntax extensions costs more than parsing a small document. */
let options: Parameters<typeof fromMarkdown>[1] | undefined;

function parse(text: string, file: string): Root {
  options ??= { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
  try {
    return fromMarkdown(text, options);
  } catch (error) {
    // Input is bounded by the repair step; should the parser still run out of stack, a sentence, not a trace.
    if (error instanceof RangeError) {
      throw new ImportError({ file, message: 'is nested too deeply to read as Markdown; flatten its block quotes and lists, then import again' });
    }
    throw error;
  }
}

const NO_STAND_INS: StandIns = { text: '', lines: 0, expected: [] };

/** The outcome of parsing a part: its tree, or the line a fence that crossed the cut opens on. */
type Attempt = { part: ParsedPart } | { fenceAt: number | undefined };

class PartParser {
  private readonly starts: number[];
  private readonly cuts: number[];
  private readonly definitions = new DocumentDefinitions();
  /** Labels that something in the document may define. */
  private candidates = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly partLines: number,
  ) {
    this.starts = lineStarts(text);
    this.cuts = cutCandidates(text, this.starts);
  }

  run(onPart: (part: ParsedPart) => void): void {
    const plan = this.definitionPlan();
    // A part that uses a label a later part defines needs every definition first: a pass to gather them.
    if (plan === 'gather first') this.walk(false, (part) => this.definitions.collect(part.tree));
    this.walk(plan !== 'none', (part) => {
      if (plan === 'as they come') this.definitions.collect(part.tree, (key) => this.refuseUnforeseen(key));
      onPart(part);
    });
  }

  /** No `]:` anywhere: no definitions at all, the common case, read in one pass. */
  private definitionPlan(): 'none' | 'as they come' | 'gather first' {
    if (!this.text.includes(']:')) return 'none';
    const firstUse = new Map<string, number>();
    const lastDefinition = new Map<string, number>();
    scanLabels(this.text, 0, this.text.length, (key, at, colon) => {
      if (!firstUse.has(key)) firstUse.set(key, at);
      if (colon) lastDefinition.set(key, at);
    });
    this.candidates = new Set(lastDefinition.keys());
    const partOf = this.firstParts();
    for (const [key, at] of lastDefinition) if (partOf(firstUse.get(key)!) < partOf(at)) return 'gather first';
    return 'as they come';
  }

  /** A definition the scan did not foresee: the plan may be wrong, so the whole is parsed. */
  private refuseUnforeseen(key: string): void {
    if (!this.candidates.has(key)) throw new Doubt();
  }

  /** The part (as first cut, before any grows) that holds a character of the text. */
  private firstParts(): (at: number) => number {
    const bounds = [0];
    while (bounds.at(-1)! < this.starts.length) bounds.push(firstCutFrom(this.cuts, bounds.at(-1)! + this.partLines, this.starts.length));
    return (at) => {
      const line = lastAtMost(this.starts, at);
      return lastAtMost(bounds, line);
    };
  }

  /** Parses the document part by part; a cut that does not hold is moved past the fence that crossed it, or the part doubled. */
  private walk(standIns: boolean, onPart: (part: ParsedPart) => void): void {
    const end = this.starts.length;
    for (let from = 0; from < end;) {
      let to = firstCutFrom(this.cuts, from + this.partLines, end);
      let guessed = false;
      for (;;) {
        const attempt = this.parsePart(from, to, standIns);
        if ('part' in attempt) {
          onPart(attempt.part);
          break;
        }
        const closed = guessed || attempt.fenceAt === undefined ? undefined : fenceEnd(this.text, this.starts, attempt.fenceAt, to);
        guessed = true;
        to = closed !== undefined && closed >= to ? firstCutFrom(this.cuts, closed + 1, end) : firstCutFrom(this.cuts, from + 2 * (to - from), end);
      }
      from = to;
    }
  }

  /** Parses lines [from, to) with the line after them, which must come out as what begins the next part. */
  private parsePart(from: number, to: number, withStandIns: boolean): Attempt {
    const { text, starts } = this;
    const end = starts.length;
    const begin = starts[from]!;
    const stop = to < end ? starts[to]! : text.length;
    const next = to + 1 < end ? starts[to + 1]! : text.length;
    const standIns = withStandIns && this.definitions.size > 0 ? this.definitions.standInsFor(labelsIn(text, begin, stop)) : NO_STAND_INS;
    const tree = parse(standIns.text + text.slice(begin, to < end ? next : stop), this.file);
    if (!removeStandIns(tree, standIns)) throw new Doubt();
    const lineOffset = from - standIns.lines;
    if (to < end && !removeNextLine(tree, to - from + 1 + standIns.lines)) {
      const last = tree.children.at(-1);
      return { fenceAt: last?.type === 'code' && last.position ? last.position.start.line - 1 + lineOffset : undefined };
    }
    return { part: { tree, lineOffset, definition: (identifier) => this.definitions.url(identifier) } };
  }
}

/** The index of the last value at most `value` in an ascending list that starts at or below it. */
function lastAtMost(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (values[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}
