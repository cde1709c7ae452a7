import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { findLinks, issueUrl } from '../../src/core/import/classify/link.js';
import type { Block, Inline, Structure } from '../../src/core/import/3-structure.js';

/**
 * The structure step as it was written on mdast (mdast-util-from-markdown with GFM, the
 * reference implementation of GitHub's Markdown), kept as the oracle the markdown-it
 * structure step is compared with. Test-only.
 */
export function mdastStructure(text: string): Structure {
  const tree = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return readStructure(tree);
}

interface Frame {
  node: RootContent | Root;
  parentItem?: number;
  depth: number;
  ordered?: boolean;
}

function readStructure(tree: Root): Structure {
  const place = { lineOffset: 0 };
  const definitions = definitionsOf(tree);
  const blocks: Block[] = [];
  const stack: Frame[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, parentItem, depth, ordered } = stack.pop()!;
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
        if (ordered) item.ordered = true;
        blocks.push(item);
        const nested = node.children.filter((child) => child.type === 'list');
        for (let i = nested.length - 1; i >= 0; i--) stack.push({ node: nested[i]!, parentItem: index, depth: depth + 1 });
        break;
      }
      case 'list':
        for (let i = node.children.length - 1; i >= 0; i--)
          stack.push({
            node: node.children[i]!,
            ...(parentItem !== undefined ? { parentItem } : {}),
            depth,
            ...(node.ordered ? { ordered: true } : {}),
          });
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

/** Reference definitions by identifier, the first of a label winning. */
function definitionsOf(tree: Root): (identifier: string) => string | undefined {
  const urls = new Map<string, string>();
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'definition' && !urls.has(node.identifier)) urls.set(node.identifier, node.url);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return (identifier) => urls.get(identifier);
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
function inline(parent: Parent, definitions: (identifier: string) => string | undefined, withLines = false): Inline {
  const only = parent.children.length === 1 ? parent.children[0]! : undefined;
  // The common case, a line of plain text, without the walk.
  if (only?.type === 'text' && !only.value.includes('\n')) return plainLine(only.value, withLines);
  const walk = walkInline(parent, definitions);
  const strongLead = strongLeadOf(parent);
  const { images, code } = imagesAndCode(parent);
  return {
    ...(images.length > 0 ? { images } : {}),
    ...(code.length > 0 ? { code } : {}),
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

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The alt text of every image and the value of every code span, in document order. */
function imagesAndCode(parent: Parent): { images: string[]; code: string[] } {
  const images: string[] = [];
  const code: string[] = [];
  const stack: Nodes[] = [...parent.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'image' || node.type === 'imageReference') images.push(collapse(node.alt ?? ''));
    else if (node.type === 'inlineCode') code.push(node.value);
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return { images, code };
}
