/**
 * A reader for the plain YAML most manifests are written in, many times faster than the
 * `yaml` library, which it stands in front of: a whole document that is a block mapping or
 * sequence, its collections indented with spaces, plain and quoted one-line scalars,
 * one-line flow lists and flow mappings, and comments. A value it reads is the value `yaml` reads (the core schema of YAML 1.2), at
 * the same offset; anything else it declines — `undefined` — and the caller asks `yaml`,
 * which then also words any mistake. Declining is always safe, so the reader declines
 * whatever it is not certain of: anchors, tags, block scalars, numbers other than small
 * integers, empty values, escapes beyond JSON's, a scalar continued on the next line,
 * duplicate keys, keys `yaml` would read as null or a boolean or refuse as too long,
 * directives and document markers, nesting deeper than any plan needs, and every
 * indentation it does not expect.
 */

/** A value read, where it starts, and the nodes inside it for finding positions. */
export interface PlainNode {
  value: unknown;
  start: number;
  /** A mapping's values, in order; a value in a mapping has its key and where the key starts. */
  entries?: PlainNode[];
  key?: string;
  keyStart?: number;
  items?: PlainNode[];
}

/** Thrown inside the reader to decline; never escapes it. */
class Decline extends Error {}

function decline(): never {
  throw new Decline();
}

/** Characters that `yaml` may treat otherwise than as plain text in a line: declined (a CR only as part of CRLF). */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNUSUAL_CHARACTERS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]|\r(?!\n)/;
const KEY = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** What the core schema reads as a number; only small decimal integers are read here. */
const NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const SMALL_INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
/** `yaml` refuses longer implicit keys. */
const MAX_KEY_LENGTH = 1024;
/** Manifests nest about five deep; far deeper, `yaml` runs out of stack and says so. */
const MAX_DEPTH = 64;
/** Indicators a plain scalar may not start with (`-`, `?`, `:` declined too, for simplicity). */
const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';
/** Escapes JSON and YAML's double-quoted scalars read alike. */
const JSON_ESCAPES = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/g;

/** The block mapping or block sequence that the document `text` consists of, or undefined when `yaml` must read it. */
export function readPlainDocument(text: string): PlainNode | undefined {
  if (UNUSUAL_CHARACTERS.test(text)) return undefined;
  try {
    const lines = new Lines(text);
    const first = lines.next();
    if (!first) return undefined;
    const node = lines.dashAt(first) ? readSequence(lines, first.indent) : readMapping(lines, first.indent, first);
    return lines.next() ? undefined : node;
  } catch (error) {
    if (error instanceof Decline || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** A line with content: where it starts, its indentation and where its content ends. */
interface Line {
  start: number;
  indent: number;
  end: number;
}

/** The text's lines with content, in order; blank and comment-only lines are skipped. */
class Lines {
  private at = 0;
  private peeked: Line | undefined;
  /** How many collections the line being read is inside. */
  depth = 0;

  constructor(readonly text: string) {}

  next(): Line | undefined {
    if (this.peeked) return this.peeked;
    while (this.at < this.text.length) {
      const start = this.at;
      const newline = this.text.indexOf('\n', start);
      this.at = newline === -1 ? this.text.length : newline + 1;
      // A line's content ends before its line break, CRLF or LF.
      const end = newline === -1 ? this.text.length : this.text[newline - 1] === '\r' ? newline - 1 : newline;
      let indent = 0;
      while (this.text.charCodeAt(start + indent) === 32) indent++;
      if (start + indent < end && this.text[start + indent] !== '#') return (this.peeked = { start, indent, end });
    }
    return undefined;
  }

  /** Moves past the line `next` returned. */
  take(): void {
    this.peeked = undefined;
  }

  /** Whether the line holds a sequence entry at its indentation: `- ` or a lone `-`. */
  dashAt(line: Line, column = line.start + line.indent): boolean {
    return this.text[column] === '-' && (column + 1 === line.end || this.text[column + 1] === ' ');
  }
}

/** A block sequence whose dashes are at `indent`, from the next line on. */
function readSequence(lines: Lines, indent: number): PlainNode {
  if (++lines.depth > MAX_DEPTH) decline();
  const items: PlainNode[] = [];
  let line = lines.next();
  const start = line ? line.start + indent : 0;
  while (line && line.indent === indent && lines.dashAt(line)) {
    items.push(readEntry(lines, line, line.start + indent + 1, indent, 'dash'));
    line = lines.next();
  }
  if (line && line.indent > indent) decline();
  lines.depth--;
  return { value: items.map((item) => item.value), start, items };
}

/**
 * The value that starts at `column` of `line`, after the `- ` of an entry of a sequence
 * indented `indent` or after the `key:` of a mapping whose keys are at `indent`: on the line
 * itself, or the block on the lines below.
 */
function readEntry(lines: Lines, line: Line, column: number, indent: number, after: 'dash' | 'key'): PlainNode {
  const at = skipSpaces(lines.text, column, line.end);
  if (at === line.end || lines.text[at] === '#') {
    lines.take();
    return readNestedBlock(lines, indent, after);
  }
  if (after === 'dash' && startsMapping(lines.text, at, line.end)) return readMapping(lines, at - line.start, line);
  const node = readInline(lines.text, at, line.end);
  lines.take();
  const next = lines.next();
  // A deeper line would continue a plain scalar, or be a mistake: `yaml` knows which.
  if (next && next.indent > indent) decline();
  return node;
}

/** The block below a `key:` or `-` with nothing after it on its line. */
function readNestedBlock(lines: Lines, indent: number, after: 'dash' | 'key'): PlainNode {
  const line = lines.next();
  // An empty value: `yaml` places its null.
  if (!line || line.indent < indent || (line.indent === indent && after === 'dash')) decline();
  if (line.indent === indent) {
    // A list under a key may sit at the key's own indentation.
    if (!lines.dashAt(line)) decline();
    return readSequence(lines, indent);
  }
  if (lines.dashAt(line)) return readSequence(lines, line.indent);
  if (!startsMapping(lines.text, line.start + line.indent, line.end)) decline();
  return readMapping(lines, line.indent, line);
}

/** Whether a `key:` followed by a space or the end of the line starts at `at`. */
function startsMapping(text: string, at: number, end: number): boolean {
  return colonAfterKey(text, at, end) !== undefined;
}

/** The offset of the `:` of a `key:` (followed by a space or the line's end) starting at `at`. */
function colonAfterKey(text: string, at: number, end: number): number | undefined {
  KEY.lastIndex = at;
  if (!KEY.test(text)) return undefined;
  const colon = KEY.lastIndex;
  return text[colon] === ':' && (colon + 1 === end || text[colon + 1] === ' ') ? colon : undefined;
}

/** A block mapping whose keys are at column `indent`, the first on `first` (maybe after a `- `). */
function readMapping(lines: Lines, indent: number, first: Line): PlainNode {
  if (++lines.depth > MAX_DEPTH) decline();
  const entries: PlainNode[] = [];
  const value: Record<string, unknown> = {};
  const start = first.start + indent;
  let line: Line | undefined = first;
  let column = start;
  while (line) {
    const colon = colonAfterKey(lines.text, column, line.end) ?? decline();
    const key = lines.text.slice(column, colon);
    checkKey(key, value);
    const node = readEntry(lines, line, colon + 1, indent, 'key');
    entries.push(Object.assign(node, { key, keyStart: column }));
    value[key] = node.value;
    line = lines.next();
    if (!line || line.indent < indent) break;
    if (line.indent > indent) decline();
    column = line.start + indent;
  }
  lines.depth--;
  return { value, start, entries };
}

/** A key is read as written only when it is a string `yaml` would not resolve, refuse or find twice. */
function checkKey(key: string, mapping: Record<string, unknown>): void {
  if (Object.hasOwn(mapping, key) || key === '__proto__' || key.length > MAX_KEY_LENGTH || NULL.test(key) || BOOLEAN.test(key)) decline();
}

function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && text[at] === ' ') at++;
  return at;
}

/** A scalar, flow list or flow mapping that starts at `at` and fills its line (a comment aside). */
function readInline(text: string, at: number, end: number): PlainNode {
  const read = readFlowValue(text, at, end, 'block');
  const rest = skipSpaces(text, read.end, end);
  if (rest < end && !(text[rest] === '#' && rest > read.end)) decline();
  return read.node;
}

interface Read {
  node: PlainNode;
  /** Where the value's text ends. */
  end: number;
}

/** One value starting at `at`: in `block` context a plain scalar runs to the comment or the line's end. */
function readFlowValue(text: string, at: number, end: number, context: 'block' | 'flow'): Read {
  const first = text[at];
  if (first === '"') return readDoubleQuoted(text, at, end);
  if (first === "'") return readSingleQuoted(text, at, end);
  if (first === '[') return readFlowList(text, at, end);
  if (first === '{' && context === 'block') return readFlowMapping(text, at, end);
  return readPlain(text, at, end, context);
}

function readDoubleQuoted(text: string, at: number, end: number): Read {
  let close = at + 1;
  while (close < end && text[close] !== '"') close += text[close] === '\\' ? 2 : 1;
  if (close >= end) decline();
  const inner = text.slice(at + 1, close);
  // Without a backslash the text is the value: control characters were declined with the document.
  if (!inner.includes('\\')) return { node: { value: inner, start: at }, end: close + 1 };
  if (inner.replace(JSON_ESCAPES, '').includes('\\')) decline();
  return { node: { value: JSON.parse(`"${inner}"`) as string, start: at }, end: close + 1 };
}

function readSingleQuoted(text: string, at: number, end: number): Read {
  let close = at + 1;
  for (;;) {
    close = text.indexOf("'", close);
    if (close === -1 || close >= end) decline();
    if (text[close + 1] !== "'") break;
    close += 2;
  }
  return { node: { value: text.slice(at + 1, close).replaceAll("''", "'"), start: at }, end: close + 1 };
}

/** A plain scalar, resolved as the core schema resolves it. */
function readPlain(text: string, at: number, end: number, context: 'block' | 'flow'): Read {
  if (at >= end || INDICATORS.includes(text[at]!)) decline();
  let stop = at;
  while (stop < end && !endsPlain(text, stop, context)) stop++;
  let last = stop;
  while (text[last - 1] === ' ') last--;
  const source = text.slice(at, last);
  if (source.includes(': ') || source.endsWith(':')) decline();
  return { node: { value: resolvePlain(source), start: at }, end: last };
}

function endsPlain(text: string, at: number, context: 'block' | 'flow'): boolean {
  const c = text[at];
  if (c === '#' && text[at - 1] === ' ') return true;
  if (context === 'block') return false;
  if (c === '[' || c === '{') decline();
  return c === ',' || c === ']' || c === '}';
}

function resolvePlain(source: string): unknown {
  if (NULL.test(source)) return null;
  if (BOOLEAN.test(source)) return source[0] === 't' || source[0] === 'T';
  if (!NUMBER.test(source)) return source;
  if (!SMALL_INTEGER.test(source)) decline();
  return Number(source);
}

/** `[a, "b"]` on one line, of scalars only. */
function readFlowList(text: string, at: number, end: number): Read {
  const items: PlainNode[] = [];
  let next = skipSpaces(text, at + 1, end);
  if (text[next] === ']') return { node: { value: [], start: at, items }, end: next + 1 };
  for (;;) {
    if (text[next] === '[' || text[next] === '{') decline();
    const read = readFlowValue(text, next, end, 'flow');
    items.push(read.node);
    next = skipSpaces(text, read.end, end);
    if (text[next] === ']') return { node: { value: items.map((item) => item.value), start: at, items }, end: next + 1 };
    if (text[next] !== ',') decline();
    next = skipSpaces(text, next + 1, end);
    if (text[next] === ']') decline(); // a trailing comma
  }
}

/** `{ key: value, … }` on one line, the values scalars or flow lists of scalars. */
function readFlowMapping(text: string, at: number, end: number): Read {
  const value: Record<string, unknown> = {};
  const node: PlainNode = { value, start: at, entries: [] };
  let next = skipSpaces(text, at + 1, end);
  if (text[next] === '}') return { node, end: next + 1 };
  for (;;) {
    const colon = colonAfterKey(text, next, end) ?? decline();
    const key = text.slice(next, colon);
    checkKey(key, value);
    const read = readFlowValue(text, skipSpaces(text, colon + 1, end), end, 'flow');
    node.entries!.push(Object.assign(read.node, { key, keyStart: next }));
    value[key] = read.node.value;
    next = skipSpaces(text, read.end, end);
    if (text[next] === '}') return { node, end: next + 1 };
    if (text[next] !== ',') decline();
    next = skipSpaces(text, next + 1, end);
    if (text[next] === '}') decline();
  }
}
