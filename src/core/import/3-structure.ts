import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { findLinks, issueUrl } from './classify/link.js';
import { DocumentDefinitions } from './parse/references.js';

/**
 * Step 3: the document's structure as a flat list of blocks in reading order — headings,
 * paragraphs, list items (with their nesting) and tables — each with its visible text
 * and the issue and pull request links found anywhere in it. Walks the tree with an
 * explicit stack, so no document can exhaust the call stack here.
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
      depth: number;
      line: number;
    }
  | { kind: 'table'; header: Inline[]; rows: { cells: Inline[]; line: number }[]; line: number }
  | { kind: 'code'; line: number };

export interface Structure {
  blocks: Block[];
}

interface Frame {
  node: RootContent | Root;
  parentItem?: number;
  depth: number;
}

/** Where a tree stands in its document: the part of it the parse step handed on. */
export interface TreePlace {
  /** Added to a line of the tree, gives the line in the document. */
  lineOffset: number;
  /** The target of a reference definition anywhere in the document. */
  definition(identifier: string): string | undefined;
}

/** The structure of a tree; without `place`, the tree is the whole document. */
export function readStructure(tree: Root, place: TreePlace = wholeDocument(tree)): Structure {
  const definitions = (identifier: string) => place.definition(identifier);
  const blocks: Block[] = [];
  const stack: Frame[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, parentItem, depth } = stack.pop()!;
    const line = (node.position?.start.line ?? 0) + place.lineOffset;
    switch (node.type) {
      case 'heading':
        blocks.push({ kind: 'heading', depth: node.depth, content: inline(node, definitions), line });
        break;
      case 'paragraph':
        blocks.push({ kind: 'paragraph', content: inline(node, definitions, true), line });
        break;
      case 'table': {
        const [head, ...rows] = node.children;
        blocks.push({
          kind: 'table',
          header: head ? head.children.map((cell) => inline(cell, definitions)) : [],
          rows: rows.map((row) => ({
            cells: row.children.map((cell) => inline(cell, definitions)),
            line: row.position ? row.position.start.line + place.lineOffset : line,
          })),
          line,
        });
        break;
      }
      case 'code':
        blocks.push({ kind: 'code', line });
        break;
      case 'listItem': {
        const paragraph = node.children.find((child) => child.type === 'paragraph');
        const index = blocks.length;
        const item: Block = {
          kind: 'item',
          content: paragraph ? inline(paragraph, definitions) : emptyInline(),
          checked: node.checked ?? null,
          depth,
          line,
        };
        if (parentItem !== undefined) item.parent = parentItem;
        blocks.push(item);
        const nested = node.children.filter((child) => child.type === 'list');
        for (let i = nested.length - 1; i >= 0; i--) stack.push({ node: nested[i]!, parentItem: index, depth: depth + 1 });
        break;
      }
      case 'list':
        for (let i = node.children.length - 1; i >= 0; i--)
          stack.push({ node: node.children[i]!, ...(parentItem !== undefined ? { parentItem } : {}), depth });
        break;
      case 'root':
      case 'blockquote':
        for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, depth: 0 });
        break;
      default:
        break;
    }
  }
  return { blocks };
}

function wholeDocument(tree: Root): TreePlace {
  const definitions = new DocumentDefinitions();
  definitions.collect(tree);
  return { lineOffset: 0, definition: (identifier) => definitions.url(identifier) };
}

function emptyInline(): Inline {
  return { text: '', lines: [], links: [], struck: false, anchorsOnly: false };
}

interface InlineFrame {
  node: Nodes;
  /** Inside a link to an issue or PR: its text is not searched for more references. */
  linked: boolean;
  struck: boolean;
  anchor: boolean;
}

/** The text and links of a paragraph, heading or table cell, without recursion. */
export function inline(parent: Parent, definitions: (identifier: string) => string | undefined, withLines = false): Inline {
  const only = parent.children.length === 1 ? parent.children[0]! : undefined;
  // The common case, a line of plain text, without the walk.
  if (only?.type === 'text' && !only.value.includes('\n')) return plainLine(only.value, withLines);
  const walk = walkInline(parent, definitions);
  const strongLead = strongLeadOf(parent);
  return {
    text: collapse(walk.text),
    lines: withLines ? walk.text.split('\n').map(collapse).filter(Boolean) : [],
    links: [...walk.links, ...findLinks(walk.scan)],
    struck: walk.visible > 0 && walk.struck === walk.visible,
    ...(strongLead ? { strongLead } : {}),
    anchorsOnly: walk.visible > 0 && walk.anchored === walk.visible,
  };
}

function plainLine(value: string, withLines: boolean): Inline {
  const text = collapse(value);
  return { text, lines: withLines && text ? [text] : [], links: findLinks(value), struck: false, anchorsOnly: false };
}

/** What a walk over inline nodes gathers; the counts are of visible, non-space characters. */
interface InlineWalk {
  text: string;
  /** Text searched for #N and URLs: the visible text minus code and the text of issue links. */
  scan: string;
  /** Issue and PR link targets. */
  links: string[];
  visible: number;
  struck: number;
  anchored: number;
}

function walkInline(parent: Parent, definitions: (identifier: string) => string | undefined): InlineWalk {
  const walk: InlineWalk = { text: '', scan: '', links: [], visible: 0, struck: 0, anchored: 0 };
  const stack: InlineFrame[] = [];
  pushChildren(stack, parent, { linked: false, struck: false, anchor: false });
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const leaf = leafText(frame.node);
    if (leaf) addText(walk, frame, leaf);
    else descend(stack, frame, walk.links, definitions);
  }
  return walk;
}

/** The text a node without inline children shows, and whether it is searched for references (code is not). */
function leafText(node: Nodes): { piece: string; searchable: boolean } | undefined {
  switch (node.type) {
    case 'text':
      return { piece: node.value, searchable: true };
    case 'inlineCode':
      return { piece: node.value, searchable: false };
    case 'image':
    case 'imageReference':
      return { piece: ` ${node.alt ?? ''} `, searchable: true };
    case 'break':
      return { piece: '\n', searchable: true };
    case 'html':
      return { piece: /^<br\s*\/?>$/i.test(node.value.trim()) ? '\n' : ' ', searchable: true };
    default:
      return undefined;
  }
}

function addText(walk: InlineWalk, frame: InlineFrame, { piece, searchable }: { piece: string; searchable: boolean }): void {
  walk.text += piece;
  walk.scan += searchable && !frame.linked ? piece : ' ';
  const count = piece.replace(/\s+/g, '').length;
  walk.visible += count;
  if (frame.struck) walk.struck += count;
  if (frame.anchor) walk.anchored += count;
}

/** Queues a node's children with what the node says of them: linked to an issue, struck through, an anchor. */
function descend(stack: InlineFrame[], frame: InlineFrame, links: string[], definitions: (identifier: string) => string | undefined): void {
  const { node } = frame;
  switch (node.type) {
    case 'link':
    case 'linkReference': {
      const url = node.type === 'link' ? node.url : (definitions(node.identifier) ?? '');
      const issue = issueUrl(url);
      if (issue) links.push(issue);
      pushChildren(stack, node, { linked: frame.linked || issue !== undefined, struck: frame.struck, anchor: url.startsWith('#') });
      return;
    }
    case 'delete':
      pushChildren(stack, node, { ...frame, struck: true });
      return;
    default:
      pushChildren(stack, node, frame);
  }
}

/** The text of a bold lead-in, after any leading spaces and emoji. */
function strongLeadOf(parent: Parent): string | undefined {
  const first = parent.children.find((child) => !(child.type === 'text' && /^[\s\p{Extended_Pictographic}\uFE0F]*$/u.test(child.value)));
  return first?.type === 'strong' ? collapse(plain(first)) : undefined;
}

function pushChildren(stack: InlineFrame[], node: Nodes | Parent, frame: Omit<InlineFrame, 'node'>): void {
  if (!('children' in node)) return;
  for (let i = node.children.length - 1; i >= 0; i--) stack.push({ ...frame, node: node.children[i]! });
}

/** Plain text of a small inline node (a bold lead-in). */
function plain(node: Nodes): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.type === 'text' || next.type === 'inlineCode') out += next.value;
    else if ('children' in next) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return out;
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
