import type { Heading, List, ListItem, PhrasingContent, Root, Table, TableRow } from 'mdast';

/**
 * A line-by-line reader of the Markdown that plans are written in — ATX and setext
 * headings, fenced code, block quotes, nested (task) lists, GFM tables, paragraphs,
 * reference definitions — producing the same mdast nodes the full parser does, in time
 * and memory linear in the document. The full CommonMark parser costs tens of
 * microseconds per line, which large documents (tens of thousands of lines) cannot
 * afford; they are read with this one. Every search within a line is bounded.
 */
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)(.*)$/;
const TASK = /^\[([ xX])\](?:[ \t]+|$)/;
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const DEFINITION = /^ {0,3}\[([^\]\n]{1,200})\]:[ \t]*<?(\S+?)>?(?:[ \t].*)?$/;
const HTML_ONLY = /^ {0,3}<\/?[A-Za-z][^>]{0,200}>[ \t]*$/;

interface OpenItem {
  item: ListItem;
  list: List;
  /** Column where the item's content starts: deeper lines belong to it. */
  contentColumn: number;
  lines: string[];
}

/** A line without its block-quote markers: quotes are read like the text around them. */
function unquote(line: string): string {
  return /^ {0,3}>/.test(line) ? line.replace(/^(?: {0,3}>[ \t]?)+/, '') : line;
}

/** The reader's place in the document and what it has built so far. */
interface BlockState {
  lines: readonly string[];
  definitions: ReadonlyMap<string, string>;
  root: Root;
  /** Index of the line being read; a block that spans lines moves it to its last line. */
  at: number;
  paragraph: string[];
  paragraphLine: number;
  /** The list items open at the current line, outermost first. */
  items: OpenItem[];
  topList: List | undefined;
  /** Receives the nodes of each section once the next heading begins. */
  onSection: (tree: Root) => void;
}

/** Reads the line at `state.at` (unquoted as `line`) when it is the kind of block it knows; says whether it did. */
type LineReader = (state: BlockState, line: string) => boolean;

/** In the order they are tried: the first that takes a line reads it; a line none takes is paragraph text. */
const LINE_READERS: readonly LineReader[] = [
  blankLine,
  htmlComment,
  fencedCode,
  atxHeading,
  definitionLine,
  gfmTable,
  listItem,
  itemContinuation,
  htmlLine,
  setextUnderline,
  thematicBreak,
];

/**
 * Reads the document section by section: the nodes before each ATX heading — where no
 * paragraph or list is open, so nothing after it can join them — go to `onSection`, and
 * are then no longer held here. The trees handed over, in order, hold the nodes a
 * single tree would. Reference definitions are collected from the whole document first.
 */
export function fastParse(text: string, onSection: (tree: Root) => void): void {
  const lines = text.split('\n');
  const state: BlockState = {
    lines,
    definitions: collectDefinitions(lines),
    root: { type: 'root', children: [] },
    at: 0,
    paragraph: [],
    paragraphLine: 0,
    items: [],
    topList: undefined,
    onSection,
  };
  for (; state.at < lines.length; state.at++) {
    const line = unquote(lines[state.at]!);
    if (!LINE_READERS.some((read) => read(state, line))) paragraphText(state, line);
  }
  flushParagraph(state);
  closeItems(state, 0);
  onSection(state.root);
}

/** Hands the section read so far over, once nothing in it is open. */
function endSection(state: BlockState): void {
  if (state.root.children.length === 0) return;
  state.onSection(state.root);
  state.root = { type: 'root', children: [] };
}

function collectDefinitions(lines: readonly string[]): Map<string, string> {
  const definitions = new Map<string, string>();
  for (const line of lines) {
    const definition = line.includes(']:') ? DEFINITION.exec(line) : null;
    if (definition) definitions.set(normalizeLabel(definition[1]!), definition[2]!);
  }
  return definitions;
}

function position(line: number): { start: { line: number; column: number }; end: { line: number; column: number } } {
  const point = { line, column: 1 };
  return { start: point, end: point };
}

function flushParagraph(state: BlockState): void {
  if (state.paragraph.length)
    state.root.children.push({
      type: 'paragraph',
      children: inline(state.paragraph.join('\n'), state.definitions),
      position: position(state.paragraphLine),
    });
  state.paragraph = [];
}

/** Closes the open list items beyond the first `keep`, giving each its text. */
function closeItems(state: BlockState, keep: number): void {
  while (state.items.length > keep) {
    const open = state.items.pop()!;
    if (open.lines.length) open.item.children.unshift({ type: 'paragraph', children: inline(open.lines.join('\n'), state.definitions) });
  }
  if (keep === 0) state.topList = undefined;
}

/** Ends the paragraph and any list before a block that interrupts both. */
function startBlock(state: BlockState): void {
  flushParagraph(state);
  closeItems(state, 0);
}

function blankLine(state: BlockState, line: string): boolean {
  if (line.trim() !== '') return false;
  flushParagraph(state);
  return true;
}

/** An HTML comment, skipped to the line that closes it. */
function htmlComment(state: BlockState, line: string): boolean {
  if (!(line.includes('<!--') && /^ {0,3}<!--/.test(line))) return false;
  flushParagraph(state);
  while (state.at < state.lines.length && !state.lines[state.at]!.includes('-->')) state.at++;
  return true;
}

function fencedCode(state: BlockState, line: string): boolean {
  const fence = FENCE.exec(line);
  // A run of backticks with another backtick after it on the line is code in the text, not a fence.
  if (!fence || (fence[1]![0] === '`' && line.slice(fence[0].length).includes('`'))) return false;
  const number = state.at + 1;
  startBlock(state);
  const marker = fence[1]!;
  const body: string[] = [];
  for (state.at++; state.at < state.lines.length; state.at++) {
    const inner = unquote(state.lines[state.at]!);
    if (closesFence(inner, marker)) break;
    body.push(inner);
  }
  state.root.children.push({ type: 'code', value: body.join('\n'), position: position(number) });
  return true;
}

/** A line of the fence's character at least as long as its opening, and nothing else. */
function closesFence(line: string, marker: string): boolean {
  const text = line.replace(/^ {0,3}/, '');
  return (
    text.startsWith(marker) &&
    text
      .slice(marker.length)
      .replace(new RegExp(`^\\${marker[0]}*`), '')
      .trim() === ''
  );
}

function atxHeading(state: BlockState, line: string): boolean {
  const heading = line.includes('#') ? HEADING.exec(line) : null;
  if (!heading) return false;
  startBlock(state);
  endSection(state);
  state.root.children.push({
    type: 'heading',
    depth: heading[1]!.length as Heading['depth'],
    children: inline(heading[2]!, state.definitions),
    position: position(state.at + 1),
  });
  return true;
}

/** A reference definition (collected before the read) outside a paragraph shows nothing. */
function definitionLine(state: BlockState, line: string): boolean {
  return state.paragraph.length === 0 && line.includes(']:') && DEFINITION.test(line);
}

/** A row with a pipe followed by a delimiter row starts a table; it runs to a blank line, a line without a pipe or a heading. */
function gfmTable(state: BlockState, line: string): boolean {
  const next = line.includes('|') && state.at + 1 < state.lines.length ? unquote(state.lines[state.at + 1]!) : undefined;
  if (!(next !== undefined && next.includes('-') && DELIMITER_ROW.test(next) && state.paragraph.length === 0)) return false;
  const number = state.at + 1;
  startBlock(state);
  const rows = [line];
  for (state.at += 2; state.at < state.lines.length; state.at++) {
    const row = unquote(state.lines[state.at]!);
    if (row.trim() === '' || !row.includes('|') || HEADING.test(row)) break;
    rows.push(row);
  }
  state.at--;
  state.root.children.push(table(rows, state.definitions, number));
  return true;
}

function listItem(state: BlockState, line: string): boolean {
  const item = LIST_ITEM.exec(line);
  if (!item || THEMATIC.test(line)) return false;
  flushParagraph(state);
  openItem(state, item, state.at + 1);
  return true;
}

/**
 * A continuation of the innermost item whose content column the line reaches, or a lazy
 * line. After a blank line, a line left of every item's content ends the list, and the
 * line is read as something else.
 */
function itemContinuation(state: BlockState, line: string): boolean {
  const { items } = state;
  if (!items.length) return false;
  const indent = indentation(line);
  const afterBlank = state.lines[state.at - 1]!.trim() === '';
  let keep = items.length;
  while (keep > 1 && indent < items[keep - 1]!.contentColumn && afterBlank) keep--;
  if (indent < items[0]!.contentColumn && afterBlank) {
    closeItems(state, 0);
    return false;
  }
  closeItems(state, keep);
  items.at(-1)!.lines.push(line.trim());
  return true;
}

/** A line holding only an HTML tag, outside a paragraph, shows nothing. */
function htmlLine(state: BlockState, line: string): boolean {
  return HTML_ONLY.test(line) && state.paragraph.length === 0;
}

/** `===` or `---` under a paragraph makes the paragraph a heading. */
function setextUnderline(state: BlockState, line: string): boolean {
  if (!(state.paragraph.length && SETEXT.test(line))) return false;
  state.root.children.push({
    type: 'heading',
    depth: line.includes('=') ? 1 : 2,
    children: inline(state.paragraph.join('\n'), state.definitions),
    position: position(state.paragraphLine),
  });
  state.paragraph = [];
  return true;
}

function thematicBreak(state: BlockState, line: string): boolean {
  if (!THEMATIC.test(line)) return false;
  flushParagraph(state);
  return true;
}

function paragraphText(state: BlockState, line: string): void {
  if (!state.paragraph.length) state.paragraphLine = state.at + 1;
  state.paragraph.push(line.trim());
}

/** Opens a list item, closing the items it is not inside, in the list it continues or a new one. */
function openItem(state: BlockState, match: RegExpExecArray, number: number): void {
  const { items } = state;
  const indent = indentation(match[1]!);
  const contentColumn = indent + match[2]!.length + Math.max(1, Math.min(4, match[3]!.length));
  while (items.length && indent < items.at(-1)!.contentColumn) closeItems(state, items.length - 1);
  const { checked, content } = taskBox(match[4]!);
  const listItem: ListItem = { type: 'listItem', spread: false, checked, children: [], position: position(number) };
  const list = listFor(state, /\d/.test(match[2]!), number);
  list.children.push(listItem);
  items.push({ item: listItem, list, contentColumn, lines: content.trim() ? [content.trim()] : [] });
}

/** A task list item's box: checked or not, and the content after it; null for a plain item. */
function taskBox(content: string): { checked: boolean | null; content: string } {
  const task = TASK.exec(content);
  if (!task) return { checked: null, content };
  return { checked: task[1] !== ' ', content: content.slice(task[0].length) };
}

/** The list a new item joins: the last list inside the innermost open item, or the document's current list. */
function listFor(state: BlockState, ordered: boolean, number: number): List {
  const parent = state.items.at(-1);
  if (parent) {
    const last = parent.item.children.at(-1);
    if (last?.type === 'list') return last;
    const list: List = { type: 'list', ordered, spread: false, children: [] };
    parent.item.children.push(list);
    return list;
  }
  if (!state.topList) {
    state.topList = { type: 'list', ordered, spread: false, children: [], position: position(number) };
    state.root.children.push(state.topList);
  }
  return state.topList;
}

function indentation(text: string): number {
  let width = 0;
  for (const char of text) {
    if (char === ' ') width++;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function table(rows: string[], definitions: ReadonlyMap<string, string>, line: number): Table {
  const cellsOf = (row: string) => {
    const trimmed = row
      .trim()
      .replace(/^\|/, '')
      .replace(/(?<!\\)\|$/, '');
    const cells: string[] = [];
    let current = '';
    for (let i = 0; i < trimmed.length; i++) {
      const char = trimmed[i]!;
      if (char === '\\' && trimmed[i + 1] === '|') {
        current += '|';
        i++;
      } else if (char === '|') {
        cells.push(current);
        current = '';
      } else current += char;
    }
    cells.push(current);
    return cells;
  };
  const header = cellsOf(rows[0]!);
  const width = header.length;
  const toRow = (cells: string[], at: number): TableRow => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i) => ({ type: 'tableCell', children: inline((cells[i] ?? '').trim(), definitions) })),
    position: { start: { line: at, column: 1 }, end: { line: at, column: 1 } },
  });
  return {
    type: 'table',
    children: [toRow(header, line), ...rows.slice(1).map((row, i) => toRow(cellsOf(row), line + 2 + i))],
    position: { start: { line, column: 1 }, end: { line, column: 1 } },
  };
}

/** How far a closing delimiter is searched for: keeps each search, and so the whole read, linear. */
const REACH = 1000;

/** indexOf within REACH characters of `from`. */
function find(text: string, needle: string, from: number): number {
  const at = text.slice(from, from + REACH).indexOf(needle);
  return at < 0 ? -1 : from + at;
}

/** Characters that may start inline syntax; runs of anything else are copied in one piece. */
const SPECIAL = /[\\`*_~[!<\n]/g;

/** The inline reader's place in the text and what it has built so far. */
interface InlineState {
  text: string;
  definitions: ReadonlyMap<string, string>;
  out: PhrasingContent[];
  /** Plain text not yet given a node of its own. */
  buffer: string;
  at: number;
}

/** Reads the syntax starting at `state.at` (the character `char`) when it is the kind it knows; says whether it did. */
type InlineReader = (state: InlineState, char: string) => boolean;

/** In the order they are tried: the first that takes the character reads it; what none takes is text. */
const INLINE_READERS: readonly InlineReader[] = [escapedCharacter, codeSpan, strongOrDelete, linkOrImage, angleBrackets, lineBreak];

/**
 * Inline content: code spans, links and images (inline, reference and autolinks),
 * strong emphasis and strike-through, hard breaks; the rest is text.
 */
export function inline(text: string, definitions: ReadonlyMap<string, string>): PhrasingContent[] {
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(text)) return text ? [{ type: 'text', value: text }] : [];
  const state: InlineState = { text, definitions, out: [], buffer: '', at: 0 };
  while (state.at < text.length) {
    const char = text[state.at]!;
    if (!INLINE_READERS.some((read) => read(state, char))) plainRun(state);
  }
  flushText(state);
  return state.out;
}

function flushText(state: InlineState): void {
  if (state.buffer) state.out.push({ type: 'text', value: state.buffer });
  state.buffer = '';
}

/** Adds a node after the text before it, and continues at `end`. */
function emit(state: InlineState, node: PhrasingContent, end: number): true {
  flushText(state);
  state.out.push(node);
  state.at = end;
  return true;
}

/** A backslash before ASCII punctuation makes it plain text. */
function escapedCharacter(state: InlineState, char: string): boolean {
  const { text, at } = state;
  if (!(char === '\\' && at + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[at + 1]!))) return false;
  state.buffer += text[at + 1];
  state.at += 2;
  return true;
}

/** A code span, or the backticks as text when no run of the same length closes it. */
function codeSpan(state: InlineState, char: string): boolean {
  if (char !== '`') return false;
  const { text, at } = state;
  let run = 1;
  while (text[at + run] === '`') run++;
  const fence = '`'.repeat(run);
  const end = find(text, fence, at + run);
  if (end > 0) return emit(state, { type: 'inlineCode', value: text.slice(at + run, end).trim() }, end + run);
  state.buffer += fence;
  state.at += run;
  return true;
}

/** `**strong**`, `__strong__` or `~~struck~~` text. */
function strongOrDelete(state: InlineState, char: string): boolean {
  const { text, at } = state;
  if (!((char === '*' || char === '_' || char === '~') && text[at + 1] === char)) return false;
  const end = find(text, char + char, at + 2);
  if (end <= at + 2) return false;
  const children = inline(text.slice(at + 2, end), state.definitions);
  return emit(state, char === '~' ? { type: 'delete', children } : { type: 'strong', children }, end + 2);
}

function linkOrImage(state: InlineState, char: string): boolean {
  if (!(char === '[' || (char === '!' && state.text[state.at + 1] === '['))) return false;
  const link = readLink(state.text, state.at, state.definitions);
  return link ? emit(state, link.node, link.end) : false;
}

/** An autolink (`<https://…>`) or an inline HTML tag. */
function angleBrackets(state: InlineState, char: string): boolean {
  if (char !== '<') return false;
  const end = find(state.text, '>', state.at);
  if (end <= 0) return false;
  const inside = state.text.slice(state.at + 1, end);
  if (/^https?:\/\/\S+$/.test(inside)) return emit(state, { type: 'link', url: inside, children: [{ type: 'text', value: inside }] }, end + 1);
  if (/^\/?[A-Za-z][^<>]*$/.test(inside)) return emit(state, { type: 'html', value: `<${inside}>` }, end + 1);
  return false;
}

function lineBreak(state: InlineState, char: string): boolean {
  return char === '\n' && emit(state, { type: 'break' }, state.at + 1);
}

/** Copies the text up to the next character that may start inline syntax in one piece. */
function plainRun(state: InlineState): void {
  SPECIAL.lastIndex = state.at + 1;
  const special = SPECIAL.exec(state.text);
  const end = special ? special.index : state.text.length;
  state.buffer += state.text.slice(state.at, end);
  state.at = end;
}

function readLink(text: string, start: number, definitions: ReadonlyMap<string, string>): { node: PhrasingContent; end: number } | undefined {
  const image = text[start] === '!';
  const open = image ? start + 1 : start;
  let depth = 0;
  let close = -1;
  for (let i = open; i < text.length && i - open < REACH; i++) {
    const char = text[i]!;
    if (char === '\\') i++;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) {
      close = i;
      break;
    }
  }
  if (close < 0) return undefined;
  const label = text.slice(open + 1, close);
  let url: string | undefined;
  let end = close + 1;
  if (text[close + 1] === '(') {
    const paren = find(text, ')', close + 2);
    if (paren < 0) return undefined;
    url =
      text
        .slice(close + 2, paren)
        .trim()
        .replace(/^<|>$/g, '')
        .split(/\s+/)[0] ?? '';
    end = paren + 1;
  } else if (text[close + 1] === '[') {
    const closeRef = find(text, ']', close + 2);
    if (closeRef < 0) return undefined;
    const ref = text.slice(close + 2, closeRef) || label;
    url = definitions.get(normalizeLabel(ref));
    end = closeRef + 1;
  } else {
    url = definitions.get(normalizeLabel(label));
  }
  if (url === undefined) return undefined;
  if (image) return { node: { type: 'image', url, alt: label }, end };
  return { node: { type: 'link', url, children: inline(label, definitions) }, end };
}
