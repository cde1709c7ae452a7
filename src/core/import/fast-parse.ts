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

export function fastParse(text: string): Root {
  const lines = text.split('\n');
  const definitions = new Map<string, string>();
  for (const line of lines) {
    const definition = line.includes(']:') ? DEFINITION.exec(line) : null;
    if (definition) definitions.set(normalizeLabel(definition[1]!), definition[2]!);
  }
  const root: Root = { type: 'root', children: [] };
  let paragraph: string[] = [];
  let paragraphLine = 0;
  const items: OpenItem[] = [];
  let topList: List | undefined;
  const position = (line: number) => {
    const point = { line, column: 1 };
    return { start: point, end: point };
  };

  const flushParagraph = () => {
    if (paragraph.length) root.children.push({ type: 'paragraph', children: inline(paragraph.join('\n'), definitions), position: position(paragraphLine) });
    paragraph = [];
  };
  const closeItems = (keep: number) => {
    while (items.length > keep) {
      const open = items.pop()!;
      if (open.lines.length) open.item.children.unshift({ type: 'paragraph', children: inline(open.lines.join('\n'), definitions) });
    }
    if (keep === 0) topList = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = unquote(raw);
    const number = i + 1;
    if (line.trim() === '') {
      flushParagraph();
      continue;
    }
    if (line.includes('<!--') && /^ {0,3}<!--/.test(line)) {
      flushParagraph();
      while (i < lines.length && !lines[i]!.includes('-->')) i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence && !(fence[1]![0] === '`' && line.slice(fence[0].length).includes('`'))) {
      flushParagraph();
      closeItems(0);
      const marker = fence[1]!;
      const body: string[] = [];
      for (i++; i < lines.length; i++) {
        const inner = unquote(lines[i]!);
        if (inner.replace(/^ {0,3}/, '').startsWith(marker) && inner.replace(/^ {0,3}/, '').slice(marker.length).replace(new RegExp(`^\\${marker[0]}*`), '').trim() === '') break;
        body.push(inner);
      }
      root.children.push({ type: 'code', value: body.join('\n'), position: position(number) });
      continue;
    }
    const heading = line.includes('#') ? HEADING.exec(line) : null;
    if (heading) {
      flushParagraph();
      closeItems(0);
      root.children.push({ type: 'heading', depth: heading[1]!.length as Heading['depth'], children: inline(heading[2]!, definitions), position: position(number) });
      continue;
    }
    if (paragraph.length === 0 && line.includes(']:') && DEFINITION.test(line)) continue;
    const next = line.includes('|') && i + 1 < lines.length ? unquote(lines[i + 1]!) : undefined;
    if (next !== undefined && next.includes('-') && DELIMITER_ROW.test(next) && paragraph.length === 0) {
      flushParagraph();
      closeItems(0);
      const rows = [line];
      for (i += 2; i < lines.length; i++) {
        const row = unquote(lines[i]!);
        if (row.trim() === '' || !row.includes('|') || HEADING.test(row)) break;
        rows.push(row);
      }
      i--;
      root.children.push(table(rows, definitions, number));
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item && !THEMATIC.test(line)) {
      flushParagraph();
      openItem(item, number);
      continue;
    }
    if (items.length) {
      // A continuation of the innermost item whose content column the line reaches, or a lazy line.
      const indent = indentation(line);
      let keep = items.length;
      while (keep > 1 && indent < items[keep - 1]!.contentColumn && lines[i - 1]!.trim() === '') keep--;
      if (indent < items[0]!.contentColumn && lines[i - 1]!.trim() === '') closeItems(0);
      else {
        closeItems(keep);
        items.at(-1)!.lines.push(line.trim());
        continue;
      }
    }
    if (HTML_ONLY.test(line) && paragraph.length === 0) continue;
    if (paragraph.length && SETEXT.test(line)) {
      root.children.push({ type: 'heading', depth: line.includes('=') ? 1 : 2, children: inline(paragraph.join('\n'), definitions), position: position(paragraphLine) });
      paragraph = [];
      continue;
    }
    if (THEMATIC.test(line)) {
      flushParagraph();
      continue;
    }
    if (!paragraph.length) paragraphLine = number;
    paragraph.push(line.trim());
  }
  flushParagraph();
  closeItems(0);
  return root;

  function openItem(match: RegExpExecArray, number: number): void {
    const indent = indentation(match[1]!);
    const contentColumn = indent + match[2]!.length + Math.max(1, Math.min(4, match[3]!.length));
    while (items.length && indent < items.at(-1)!.contentColumn) closeItems(items.length - 1);
    let content = match[4]!;
    const task = TASK.exec(content);
    let checked: boolean | null = null;
    if (task) {
      checked = task[1] !== ' ';
      content = content.slice(task[0].length);
    }
    const listItem: ListItem = { type: 'listItem', spread: false, checked, children: [], position: position(number) };
    const parent = items.at(-1);
    let list: List;
    if (parent) {
      const last = parent.item.children.at(-1);
      list = last?.type === 'list' ? last : { type: 'list', ordered: /\d/.test(match[2]!), spread: false, children: [] };
      if (last !== list) parent.item.children.push(list);
    } else {
      if (!topList) {
        topList = { type: 'list', ordered: /\d/.test(match[2]!), spread: false, children: [], position: position(number) };
        root.children.push(topList);
      }
      list = topList;
    }
    list.children.push(listItem);
    items.push({ item: listItem, list, contentColumn, lines: content.trim() ? [content.trim()] : [] });
  }
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
    const trimmed = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
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

/**
 * Inline content: code spans, links and images (inline, reference and autolinks),
 * strong emphasis and strike-through, hard breaks; the rest is text.
 */
/** Characters that may start inline syntax; runs of anything else are copied in one piece. */
const SPECIAL = /[\\`*_~[!<\n]/g;

export function inline(text: string, definitions: ReadonlyMap<string, string>): PhrasingContent[] {
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(text)) return text ? [{ type: 'text', value: text }] : [];
  const out: PhrasingContent[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', value: buffer });
    buffer = '';
  };
  for (let i = 0; i < text.length; ) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (char === '`') {
      let run = 1;
      while (text[i + run] === '`') run++;
      const fence = '`'.repeat(run);
      const end = find(text, fence, i + run);
      if (end > 0) {
        flush();
        out.push({ type: 'inlineCode', value: text.slice(i + run, end).trim() });
        i = end + run;
        continue;
      }
      buffer += fence;
      i += run;
      continue;
    }
    if ((char === '*' || char === '_' || char === '~') && text[i + 1] === char) {
      const marker = char + char;
      const end = find(text, marker, i + 2);
      if (end > i + 2) {
        flush();
        const children = inline(text.slice(i + 2, end), definitions);
        out.push(char === '~' ? { type: 'delete', children } : { type: 'strong', children });
        i = end + 2;
        continue;
      }
    }
    if (char === '[' || (char === '!' && text[i + 1] === '[')) {
      const link = readLink(text, i, definitions);
      if (link) {
        flush();
        out.push(link.node);
        i = link.end;
        continue;
      }
    }
    if (char === '<') {
      const end = find(text, '>', i);
      if (end > 0) {
        const inside = text.slice(i + 1, end);
        if (/^https?:\/\/\S+$/.test(inside)) {
          flush();
          out.push({ type: 'link', url: inside, children: [{ type: 'text', value: inside }] });
          i = end + 1;
          continue;
        }
        if (/^\/?[A-Za-z][^<>]*$/.test(inside)) {
          flush();
          out.push({ type: 'html', value: `<${inside}>` });
          i = end + 1;
          continue;
        }
      }
    }
    if (char === '\n') {
      flush();
      out.push({ type: 'break' });
      i++;
      continue;
    }
    SPECIAL.lastIndex = i + 1;
    const special = SPECIAL.exec(text);
    const end = special ? special.index : text.length;
    buffer += text.slice(i, end);
    i = end;
  }
  flush();
  return out;
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
    url = text.slice(close + 2, paren).trim().replace(/^<|>$/g, '').split(/\s+/)[0] ?? '';
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

