import MarkdownIt, { type StateBlock, type StateCore, type Token } from 'markdown-it';
import { ImportError } from './1-repair.js';
import { gfmStrikethrough } from './markdown/strikethrough.js';

/**
 * Step 2: the document's Markdown tokens, GitHub-flavoured, from one parser for every
 * document whatever its length, so that a document means the same padded or not.
 *
 * markdown-it reads the whole document in time close to linear and resolves reference
 * links across it itself (the first definition of a label wins). What GitHub adds that it
 * does not carry is added here: task list items, and strike-through with one tilde as
 * well as two. Footnotes are left to read as the text they are written as.
 */

/**
 * Nesting deeper than this is not parsed by markdown-it: it skips the rest of the
 * container. The repair step refuses documents that nest more than a plan needs long
 * before, but ordered list markers are not all counted there; whatever reaches this depth
 * is refused here rather than dropped.
 */
const MAX_PARSER_NESTING = 1000;

/** Built once: setting the parser up costs more than parsing a small document. */
let parser: MarkdownIt | undefined;

/** What a parse leaves beside its tokens: the first line a container too deep began on. */
interface ParseEnv {
  tooDeepAt?: number;
}

export function parseMarkdown(text: string, file: string): Token[] {
  parser ??= makeParser();
  const env: ParseEnv = {};
  let tokens: Token[];
  try {
    tokens = parser.parse(text, env);
  } catch (error) {
    // Input is bounded by the repair step; should the parser still run out of stack, a sentence, not a trace.
    if (error instanceof RangeError) throw tooDeep(file);
    throw error;
  }
  if (env.tooDeepAt !== undefined) throw tooDeep(file, env.tooDeepAt + 1);
  return tokens;
}

function tooDeep(file: string, line?: number): ImportError {
  const message = 'is nested too deeply to read as Markdown; flatten its block quotes and lists, then import again';
  return new ImportError(line === undefined ? { file, message } : { file, line, column: 1, message });
}

function makeParser(): MarkdownIt {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  // Not in the published option types, but read by both of markdown-it's parsers.
  Object.assign(md.options, { maxNesting: MAX_PARSER_NESTING });
  // Link targets as written, as GitHub's parser reports them: nothing here renders HTML.
  md.normalizeLink = (url) => url;
  md.validateLink = () => true;
  md.use(gfmStrikethrough);
  md.core.ruler.after('block', 'task_items', markTaskItems);
  guardNesting(md);
  return md;
}

/** Notes where markdown-it would skip the lines of a container nested past its limit. */
function guardNesting(md: MarkdownIt): void {
  const block = md.block;
  const tokenize = block.tokenize.bind(block);
  block.tokenize = (state: StateBlock, startLine: number, endLine: number) => {
    if (state.level >= MAX_PARSER_NESTING && state.skipEmptyLines(startLine) < endLine) {
      const env = state.env as ParseEnv;
      env.tooDeepAt ??= startLine;
    }
    tokenize(state, startLine, endLine);
  };
}

/**
 * A GitHub task list item: a list item whose first content is a paragraph that begins
 * with `[ ]`, `[x]` or `[X]` followed by a line end, or by spaces and more text. The box
 * and the character after it are taken out of the paragraph before its inline content is
 * parsed, and the item's token carries `meta.checked`. A setext heading is first content
 * too (its text is not read as the item's).
 */
const TASK_BOX = /^\[([ \t\nxX])\](?:\n|[ \t]+[^])/;

function markTaskItems(state: StateCore): void {
  const { tokens } = state;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.type !== 'list_item_open') continue;
    const first = tokens[i + 1]!;
    const inline = tokens[i + 2]!;
    const content = first.type === 'paragraph_open' || (first.type === 'heading_open' && (first.markup === '=' || first.markup === '-'));
    const box = content && inline.type === 'inline' ? TASK_BOX.exec(inline.content) : null;
    if (!box) continue;
    tokens[i]!.meta = { checked: box[1] === 'x' || box[1] === 'X' };
    if (first.type === 'paragraph_open') inline.content = inline.content.slice(4);
  }
}
