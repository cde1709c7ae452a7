import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { fastParse } from './fast-parse.js';
import { ImportError } from './1-repair.js';

/**
 * Step 2: the Markdown syntax tree (mdast), GitHub-flavoured: tables, task lists,
 * strike-through, autolinks.
 *
 * Documents of the size plans are written at go through the full CommonMark parser. It
 * costs tens of microseconds a line and grows faster than the document when one parse
 * holds thousands of lists, so longer documents are read line by line by `fastParse`,
 * which builds the same nodes in linear time (the tests import every fixture both ways
 * and compare).
 */
export const FULL_PARSE_MAX_LINES = 300;

/** Built once: building the syntax extensions costs more than parsing a small document. */
let options: Parameters<typeof fromMarkdown>[1] | undefined;

/**
 * Parses `text` and hands its syntax tree to `onSection`: whole from the full parser;
 * section by section from the line-by-line reader, so that a large document's tree is
 * never held at once — each section is read and let go before the next is parsed.
 */
export function parseMarkdown(text: string, file: string, reader: 'auto' | 'full' | 'fast', onSection: (tree: Root) => void): void {
  const full = reader === 'full' || (reader === 'auto' && lineCount(text) <= FULL_PARSE_MAX_LINES);
  if (!full) return fastParse(text, onSection);
  options ??= { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
  let tree: Root;
  try {
    tree = fromMarkdown(text, options);
  } catch (error) {
    // Input is bounded by the repair step; should the parser still run out of stack, a sentence, not a trace.
    if (error instanceof RangeError) {
      throw new ImportError({ file, message: 'is nested too deeply to read as Markdown; flatten its block quotes and lists, then import again' });
    }
    throw error;
  }
  onSection(tree);
}

function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0 && lines <= FULL_PARSE_MAX_LINES; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}
