import type { Token } from 'markdown-it';
import { findLinksBeside, issueUrl, type PlacedLink } from './classify/link.js';

/**
 * Step 3: the document's structure as a flat list of blocks in reading order — headings,
 * paragraphs, list items (with their nesting) and tables — each with its visible text
 * and the issue and pull request links found anywhere in it. markdown-it's tokens are a flat
 * list with open and close marks, walked in one loop, so no document can exhaust the call
 * stack here.
 */
export interface Inline {
  /** Visible text, whitespace collapsed; image alt text included ("![Complete][]" reads "Complete"). */
  text: string;
  /** The same text line by line, as written (for paragraphs; empty elsewhere). */
  lines: string[];
  /** Issue and PR links: link targets, reference-style links, URLs and #N in the text. */
  links: string[];
  /** All of the text is struck through. */
  struck: boolean;
  /** The text of a bold lead-in ("**Kathleen**: is monitoring ready?" → "Kathleen"). */
  strongLead?: string;
  /** All of the text links to anchors in the document: a table of contents entry. */
  anchorsOnly: boolean;
  /** The alt text of its images (badges: "![Complete][]"), and its code spans, when it has any. */
  images?: string[];
  code?: string[];
}

export type Block =
  | { kind: 'heading'; depth: number; content: Inline; line: number }
  | { kind: 'paragraph'; content: Inline; line: number }
  | {
      kind: 'item';
      content: Inline;
      /** true / false for a GFM task list item, null for a plain one. */
      checked: boolean | null;
      /** Index of the enclosing list item's block, if nested. */
      parent?: number;
      /** An item of a numbered list. */
      ordered?: true;
      depth: number;
      line: number;
    }
  | { kind: 'table'; header: Inline[]; rows: { cells: Inline[]; line: number }[]; line: number }
  | { kind: 'code'; line: number };

export interface Structure {
  blocks: Block[];
}

/** What the tokens inside an open container are read as. */
type Container =
  /** The document or a block quote: every block in it is read. */
  | { kind: 'flow' }
  | { kind: 'list'; parentItem?: number; depth: number }
  /** A list item: its first paragraph is its text; its nested lists, block quotes and tables are read too. */
  | { kind: 'item'; index: number; depth: number; hasText: boolean }
  /** A block quote inside a list item: its lists nest under the item, its tables are read. */
  | { kind: 'quote'; parentItem: number; depth: number }
  | { kind: 'skipped' };

const SKIPPED: Container = { kind: 'skipped' };

/** The structure of a document's tokens, in one pass. */
export function readStructure(tokens: readonly Token[]): Structure {
  const blocks: Block[] = [];
  const stack: Container[] = [{ kind: 'flow' }];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const here = stack.at(-1)!;
    if (token.nesting === -1) stack.pop();
    else if (here.kind === 'skipped') {
      if (token.nesting === 1) stack.push(SKIPPED);
    } else if (here.kind === 'flow') i = readFlow(tokens, i, blocks, stack);
    else if (here.kind === 'list') {
      if (token.type === 'list_item_open') stack.push(openItem(token, here, blocks));
      else if (token.nesting === 1) stack.push(SKIPPED);
    } else if (here.kind === 'quote') i = readNested(tokens, i, here, blocks, stack);
    else i = readInItem(tokens, i, here, blocks, stack);
  }
  return { blocks };
}

/** Reads the block that opens at `i` in the document or a block quote; returns the index of its last token read. */
function readFlow(tokens: readonly Token[], i: number, blocks: Block[], stack: Container[]): number {
  const token = tokens[i]!;
  const line = lineOf(token);
  switch (token.type) {
    case 'paragraph_open':
      blocks.push({ kind: 'paragraph', content: inline(tokens[i + 1]!, true), line });
      return i + 2;
    case 'heading_open':
      blocks.push({ kind: 'heading', depth: Number(token.tag.slice(1)), content: inline(tokens[i + 1]!), line });
      return i + 2;
    case 'table_open':
      return readTable(tokens, i, blocks);
    case 'fence':
    case 'code_block':
      blocks.push({ kind: 'code', line });
      return i;
    case 'blockquote_open':
      stack.push({ kind: 'flow' });
      return i;
    case 'bullet_list_open':
    case 'ordered_list_open':
      stack.push({ kind: 'list', depth: 0 });
      return i;
    default:
      if (token.nesting === 1) stack.push(SKIPPED);
      return i;
  }
}

function openItem(token: Token, list: { parentItem?: number; depth: number }, blocks: Block[]): Container {
  const meta = token.meta as { checked?: boolean } | null;
  const item: Block = { kind: 'item', content: emptyInline(), checked: meta?.checked ?? null, depth: list.depth, line: lineOf(token) };
  if (list.parentItem !== undefined) item.parent = list.parentItem;
  if (token.markup === '.' || token.markup === ')') item.ordered = true;
  blocks.push(item);
  return { kind: 'item', index: blocks.length - 1, depth: list.depth, hasText: false };
}

/** Inside a list item: its first paragraph, and the lists, block quotes and tables in it. */
function readInItem(tokens: readonly Token[], i: number, item: Extract<Container, { kind: 'item' }>, blocks: Block[], stack: Container[]): number {
  const token = tokens[i]!;
  if (token.type === 'paragraph_open' && !item.hasText) {
    item.hasText = true;
    (blocks[item.index] as Extract<Block, { kind: 'item' }>).content = inline(tokens[i + 1]!);
    return i + 2;
  }
  return readNested(tokens, i, { kind: 'quote', parentItem: item.index, depth: item.depth }, blocks, stack);
}

/**
 * A block inside a list item, or inside a block quote in one: its lists nest under the
 * item, a block quote is read the same way, a table is read whole (every row counts);
 * other blocks are prose or code, not items.
 */
function readNested(tokens: readonly Token[], i: number, within: Extract<Container, { kind: 'quote' }>, blocks: Block[], stack: Container[]): number {
  const token = tokens[i]!;
  if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
    stack.push({ kind: 'list', parentItem: within.parentItem, depth: within.depth + 1 });
  } else if (token.type === 'blockquote_open') stack.push(within);
  else if (token.type === 'table_open') return readTable(tokens, i, blocks);
  else if (token.nesting === 1) stack.push(SKIPPED);
  return i;
}

/** Reads a table from its opening token; returns the index of its closing one. */
function readTable(tokens: readonly Token[], start: number, blocks: Block[]): number {
  const rows: { cells: Inline[]; line: number }[] = [];
  let i = start + 1;
  for (; tokens[i]!.type !== 'table_close'; i++) {
    const token = tokens[i]!;
    if (token.type === 'tr_open') rows.push({ cells: [], line: lineOf(token) });
    else if (token.type === 'inline') rows.at(-1)!.cells.push(inline(token));
  }
  const [head, ...body] = rows;
  blocks.push({ kind: 'table', header: head ? head.cells : [], rows: body, line: lineOf(tokens[start]!) });
  return i;
}

function lineOf(token: Token): number {
  return (token.map?.[0] ?? 0) + 1;
}

function emptyInline(): Inline {
  return { text: '', lines: [], links: [], struck: false, anchorsOnly: false };
}

/** What a walk over inline tokens gathers; the counts are of visible, non-space characters. */
interface InlineWalk {
  text: string;
  /** Text searched for #N and URLs: the visible text minus code and the text of issue links. */
  scan: string;
  /** Issue and PR link targets, with where they stand in `scan`. */
  links: PlacedLink[];
  visible: number;
  struck: number;
  anchored: number;
  /** The alt text of its images and its code spans. */
  images: string[];
  code: string[];
}

/** What the links around a token say of its text. */
interface LinkFrame {
  /** Inside a link to an issue or PR: its text is not searched for more references. */
  linked: boolean;
  anchor: boolean;
}

const OUTSIDE_LINKS: LinkFrame = { linked: false, anchor: false };

/** The text and links of a paragraph, heading or table cell. */
export function inline(token: Token, withLines = false): Inline {
  const children = token.children ?? [];
  const only = children.length === 1 ? children[0]! : undefined;
  // The common case, a line of plain text, without the walk.
  if (only?.type === 'text') return plainLine(only.content, withLines);
  const walk = walkInline(children);
  const strongLead = strongLeadOf(children);
  return {
    ...(walk.images.length > 0 ? { images: walk.images.map(collapse) } : {}),
    ...(walk.code.length > 0 ? { code: walk.code } : {}),
    text: collapse(walk.text),
    lines: withLines ? walk.text.split('\n').map(collapse).filter(Boolean) : [],
    links: findLinksBeside(walk.scan, walk.links),
    struck: walk.visible > 0 && walk.struck === walk.visible,
    ...(strongLead ? { strongLead } : {}),
    anchorsOnly: walk.visible > 0 && walk.anchored === walk.visible,
  };
}

function plainLine(value: string, withLines: boolean): Inline {
  const text = collapse(value);
  return { text, lines: withLines && text ? [text] : [], links: findLinksBeside(value, []), struck: false, anchorsOnly: false };
}

function walkInline(children: readonly Token[]): InlineWalk {
  const walk: InlineWalk = { text: '', scan: '', links: [], visible: 0, struck: 0, anchored: 0, images: [], code: [] };
  const links: LinkFrame[] = [OUTSIDE_LINKS];
  let struck = 0;
  for (const child of children) {
    const piece = pieceOf(child);
    if (piece) {
      addText(walk, piece, links.at(-1)!, struck > 0);
      if (child.type === 'image') walk.images.push(piece.piece);
      else if (child.type === 'code_inline') walk.code.push(piece.piece);
    } else if (child.type === 's_open') struck++;
    else if (child.type === 's_close') struck--;
    else if (child.type === 'link_open') links.push(openLink(walk, child.attrGet('href') ?? '', links.at(-1)!));
    else if (child.type === 'link_close') links.pop();
  }
  return walk;
}

function openLink(walk: InlineWalk, url: string, around: LinkFrame): LinkFrame {
  const issue = issueUrl(url);
  if (issue) walk.links.push({ url: issue, at: walk.scan.length });
  return { linked: around.linked || issue !== undefined, anchor: url.startsWith('#') };
}

/** The text a token shows, and whether it is searched for references (code is not). */
function pieceOf(token: Token): { piece: string; searchable: boolean } | undefined {
  switch (token.type) {
    case 'text':
    case 'text_special':
      return { piece: token.content, searchable: true };
    case 'code_inline':
      return { piece: token.content, searchable: false };
    case 'image':
      return { piece: ` ${altText(token)} `, searchable: true };
    case 'softbreak':
    case 'hardbreak':
      return { piece: '\n', searchable: true };
    case 'html_inline':
      return { piece: /^<br\s*\/?>$/i.test(token.content.trim()) ? '\n' : ' ', searchable: true };
    default:
      return undefined;
  }
}

function addText(walk: InlineWalk, { piece, searchable }: { piece: string; searchable: boolean }, link: LinkFrame, struck: boolean): void {
  walk.text += piece;
  walk.scan += searchable && !link.linked ? piece : ' ';
  const count = piece.replace(/\s+/g, '').length;
  walk.visible += count;
  if (struck) walk.struck += count;
  if (link.anchor) walk.anchored += count;
}

/** An image's alt text as GitHub's parser gives it: the text of what it holds, images within included. */
function altText(image: Token): string {
  let out = '';
  const stack: Token[] = [image];
  while (stack.length > 0) {
    const token = stack.pop()!;
    if (token.type === 'text' || token.type === 'text_special' || token.type === 'code_inline' || token.type === 'html_inline') out += token.content;
    else if (token.type === 'softbreak') out += '\n';
    else if (token.children) for (let i = token.children.length - 1; i >= 0; i--) stack.push(token.children[i]!);
  }
  return out;
}

/** The text of a bold lead-in, after any leading spaces and emoji. */
function strongLeadOf(children: readonly Token[]): string | undefined {
  const first = children.findIndex(
    (child) => child.type !== 'softbreak' && !(child.type === 'text' && /^[\s\p{Extended_Pictographic}\uFE0F]*$/u.test(child.content)),
  );
  if (first < 0 || children[first]!.type !== 'strong_open') return undefined;
  let out = '';
  const level = children[first]!.level;
  for (let i = first + 1; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'strong_close' && child.level === level) break;
    if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline') out += child.content;
    else if (child.type === 'softbreak') out += '\n';
  }
  return collapse(out) || undefined;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
