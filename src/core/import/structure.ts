import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { findLinks, issueUrl } from './link.js';

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

export function readStructure(tree: Root): Structure {
  let collected: Map<string, string> | undefined;
  // Definitions are looked for only once a reference-style link needs them.
  const definitions = () => (collected ??= collectDefinitions(tree));
  const blocks: Block[] = [];
  const stack: Frame[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, parentItem, depth } = stack.pop()!;
    const line = node.position?.start.line ?? 0;
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
          rows: rows.map((row) => ({ cells: row.children.map((cell) => inline(cell, definitions)), line: row.position?.start.line ?? line })),
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
        blocks.push({
          kind: 'item',
          content: paragraph ? inline(paragraph, definitions) : emptyInline(),
          checked: node.checked ?? null,
          ...(parentItem !== undefined ? { parent: parentItem } : {}),
          depth,
          line,
        });
        const nested = node.children.filter((child) => child.type === 'list');
        for (let i = nested.length - 1; i >= 0; i--) stack.push({ node: nested[i]!, parentItem: index, depth: depth + 1 });
        break;
      }
      case 'list':
        for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, ...(parentItem !== undefined ? { parentItem } : {}), depth });
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

function collectDefinitions(tree: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table') {
      for (const child of node.children) stack.push(child);
    }
  }
  return definitions;
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
export function inline(parent: Parent, definitions: () => ReadonlyMap<string, string>, withLines = false): Inline {
  const only = parent.children.length === 1 ? parent.children[0]! : undefined;
  if (only?.type === 'text' && !only.value.includes('\n')) {
    // The common case, a line of plain text, without the walk.
    const text = collapse(only.value);
    return { text, lines: withLines && text ? [text] : [], links: findLinks(only.value), struck: false, anchorsOnly: false };
  }
  let text = '';
  /** Text searched for #N and URLs: the visible text minus code and the text of issue links. */
  let scan = '';
  const links: string[] = [];
  let visible = 0;
  let struck = 0;
  let anchored = 0;
  const stack: InlineFrame[] = [];
  for (let i = parent.children.length - 1; i >= 0; i--) stack.push({ node: parent.children[i]!, linked: false, struck: false, anchor: false });
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { node } = frame;
    let piece = '';
    let searchable = true;
    switch (node.type) {
      case 'text':
        piece = node.value;
        break;
      case 'inlineCode':
        piece = node.value;
        searchable = false;
        break;
      case 'image':
      case 'imageReference':
        piece = ` ${node.alt ?? ''} `;
        break;
      case 'break':
        piece = '\n';
        break;
      case 'html':
        piece = /^<br\s*\/?>$/i.test(node.value.trim()) ? '\n' : ' ';
        break;
      case 'link':
      case 'linkReference': {
        const url = node.type === 'link' ? node.url : (definitions().get(node.identifier) ?? '');
        const issue = issueUrl(url);
        if (issue) links.push(issue);
        pushChildren(stack, node, { linked: frame.linked || issue !== undefined, struck: frame.struck, anchor: url.startsWith('#') });
        continue;
      }
      case 'delete':
        pushChildren(stack, node, { ...frame, struck: true });
        continue;
      default:
        if ('children' in node) pushChildren(stack, node, frame);
        continue;
    }
    text += piece;
    scan += searchable && !frame.linked ? piece : ' ';
    const count = piece.replace(/\s+/g, '').length;
    visible += count;
    if (frame.struck) struck += count;
    if (frame.anchor) anchored += count;
  }
  const first = parent.children.find((child) => !(child.type === 'text' && /^[\s\p{Extended_Pictographic}\uFE0F]*$/u.test(child.value)));
  const strongLead = first?.type === 'strong' ? collapse(plain(first)) : undefined;
  return {
    text: collapse(text),
    lines: withLines ? text.split('\n').map(collapse).filter(Boolean) : [],
    links: [...links, ...findLinks(scan)],
    struck: visible > 0 && struck === visible,
    ...(strongLead ? { strongLead } : {}),
    anchorsOnly: visible > 0 && anchored === visible,
  };
}

function pushChildren(stack: InlineFrame[], node: Nodes, frame: Omit<InlineFrame, 'node'>): void {
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
