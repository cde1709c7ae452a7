import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import { readPlainSequence, type PlainNode } from './plain-yaml.js';

/**
 * Reading a large manifest a few phases at a time.
 *
 * The `yaml` library holds the whole token tree and then the whole document of a file in
 * memory before anything else happens: at 100,000 tasks over a gigabyte, and the garbage
 * collector's work grows faster than the file. Most manifests are a top-level mapping whose
 * `phases:` is a block sequence, one `- ` line per phase at one indentation. Such a file is
 * read here as its frame (every line outside the phase list) and the phase list in slices
 * of whole phases, each parsed on its own and dropped once turned into data, which keeps
 * memory and time per task flat however long the plan.
 *
 * Out of it come the data and the positions of the ids, which every run needs; a problem
 * elsewhere in a phase is placed by parsing its slice again. Anything unusual — directives,
 * aliases, a syntax error, a line that does not fit the pattern — and the caller reads the
 * file whole, as it always did, so every message and position stays what it was.
 */

/** Phases are parsed in slices of at least this many characters. */
const SLICE_CHARS = 16 * 1024;

/** What a manifest read in parts yields: its data, and the way back to its positions. */
export interface ManifestParts {
  /** The data of the whole file, as `Document.toJS()` would give it. */
  raw: Record<string, unknown>;
  /** The file without its phase list, offsets mapped back by `frameOffset`. */
  frame: Document.Parsed;
  frameOffset: (offset: number) => number;
  lines: LineCounter;
  /** Where the values the cross-field checks point at start, by phase. */
  phases: PhaseOffsets[];
  /** Where each slice of phases is in the file, and the index of its first phase. */
  slices: { from: number; to: number; first: number }[];
}

/** Offsets of a phase's values that every run locates (ids) or that checks across fields may point at. */
export interface PhaseOffsets {
  id?: number;
  requires: (number | undefined)[];
  paths: (number | undefined)[];
  tasks: ItemOffsets[];
  acceptance: ItemOffsets[];
}

interface ItemOffsets {
  id?: number;
  links: (number | undefined)[];
}

/** As the whole file is parsed: every part must read as it reads there. */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;

/** The manifest read in parts, or undefined when it must be read whole. */
export function readInParts(source: string): ManifestParts | undefined {
  if (/^%/m.test(source) || /\r(?!\n)/.test(source)) return undefined;
  const list = phaseList(source);
  if (!list) return undefined;
  try {
    return assemble(source, list);
  } catch {
    // Nesting too deep for a recursive step, or anything else unexpected: read it whole.
    return undefined;
  }
}

interface PhaseList {
  /** Offset of the `phases:` line. */
  key: number;
  /** Offset of the line after `phases:`, and of the first line after the list. */
  start: number;
  end: number;
  /** Offset of each phase's `- ` line. */
  phases: number[];
}

const PHASES_KEY = /^phases:[ \t]*(?:#.*)?\r?$/m;

/** Where the phase list is, when it is a block sequence of `- ` lines at one indentation. */
function phaseList(source: string): PhaseList | undefined {
  const key = PHASES_KEY.exec(source);
  if (!key) return undefined;
  const start = key.index + key[0].length + 1;
  if (start > source.length) return undefined;
  const phases: number[] = [];
  let indent = -1;
  let at = start;
  while (at < source.length) {
    const next = source.indexOf('\n', at);
    const lineEnd = next === -1 ? source.length : next;
    const kind = lineKind(source, at, lineEnd, indent);
    if (kind === 'odd') return undefined;
    if (kind === 'after') break;
    if (kind === 'item') {
      if (indent < 0) indent = leadingSpaces(source, at);
      phases.push(at);
    }
    at = lineEnd + 1;
  }
  if (phases.length === 0) return undefined;
  return { key: key.index, start, end: Math.min(at, source.length), phases };
}

/**
 * One line of the phase list: blank or comment, a phase's `- ` line, a line inside a
 * phase, the first line after the list, or one that does not fit the pattern.
 */
function lineKind(source: string, start: number, end: number, indent: number): 'skip' | 'item' | 'inside' | 'after' | 'odd' {
  const spaces = leadingSpaces(source, start);
  const first = source[start + spaces];
  if (start + spaces >= end || first === '\r' || first === '#') return 'skip';
  if (first === '\t') return 'odd';
  const dash = first === '-' && source[start + spaces + 1] === ' ';
  if (indent < 0) return dash ? 'item' : 'odd';
  if (spaces > indent) return 'inside';
  if (spaces === indent && dash) return 'item';
  return spaces < indent || indent === 0 ? 'after' : 'odd';
}

function leadingSpaces(source: string, at: number): number {
  let spaces = 0;
  while (source.charCodeAt(at + spaces) === 32) spaces++;
  return spaces;
}

function assemble(source: string, list: PhaseList): ManifestParts | undefined {
  const cut = list.end - list.start;
  const frame = parseDocument(source.slice(0, list.start) + source.slice(list.end), PARSE_OPTIONS);
  if (frame.errors.length > 0 || hasAliases(frame) || !phasesLeftEmpty(frame, list.key)) return undefined;
  const raw = frame.toJS() as unknown;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const parts: ManifestParts = {
    raw: raw as Record<string, unknown>,
    frame,
    frameOffset: (offset) => (offset < list.start ? offset : offset + cut),
    lines: lineCounter(source),
    phases: [],
    slices: [],
  };
  const phases: unknown[] = [];
  for (const [from, to] of slices(list)) {
    const slice = readPlainSlice(source.slice(from, to), from);
    if (!slice) return undefined;
    parts.slices.push({ from, to, first: phases.length });
    parts.phases.push(...slice.offsets);
    for (const phase of slice.phases) phases.push(phase);
  }
  parts.raw.phases = phases;
  return parts;
}

/**
 * The frame is a block mapping whose `phases` is the key found, with nothing after it now
 * that the list is cut out. (In a flow mapping the list would be a syntax error.)
 */
function phasesLeftEmpty(frame: Document.Parsed, keyOffset: number): boolean {
  if (!isMap(frame.contents) || frame.contents.flow) return false;
  const pair = frame.contents.items.find((entry) => isScalar(entry.key) && entry.key.value === 'phases');
  if (!pair || !isScalar(pair.key) || pair.key.range?.[0] !== keyOffset) return false;
  const value = pair.value;
  return value === null || (isScalar(value) && value.value === null && !value.tag && !value.anchor);
}

/** Start and end offsets of slices of whole phases. */
function* slices(list: PhaseList): Generator<[number, number]> {
  let from = list.phases[0]!;
  for (let i = 1; i <= list.phases.length; i++) {
    const to = list.phases[i] ?? list.end;
    if (to - from >= SLICE_CHARS || i === list.phases.length) {
      yield [from, to];
      from = to;
    }
  }
}

/** The phases of one slice as data, with their offsets; undefined if the file must be read whole. */
export type SliceReader = (text: string, offset: number) => { phases: unknown[]; offsets: PhaseOffsets[] } | undefined;

/** A slice in plain YAML is read by the fast reader (see `plain-yaml.ts`), any other by `yaml`. */
export const readPlainSlice: SliceReader = (text, offset) => {
  const list = readPlainSequence(text);
  if (!list) return readYamlSlice(text, offset);
  const start = (node: PlainNode | undefined) => (node ? node.start + offset : undefined);
  return { phases: list.value as unknown[], offsets: (list.items ?? []).map((phase) => phaseOffsets(phase, start)) };
};

/** A slice read by `yaml`. */
export const readYamlSlice: SliceReader = (text, offset) => {
  const doc = parseDocument(text, PARSE_OPTIONS);
  if (doc.errors.length > 0 || !isSeq(doc.contents) || (text.includes('*') && hasAliases(doc))) return undefined;
  // As `Document.getIn` finds them: a value of a mapping by its key, an entry of a list by its index.
  const start = (node: YamlNode | undefined) => {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    return range ? range[0] + offset : undefined;
  };
  return { phases: doc.toJS() as unknown[], offsets: doc.contents.items.map((phase) => phaseOffsets(phase as YamlNode, start)) };
};

type YamlNode = { items?: unknown[] } | null;

/** The offsets of a phase's ids, `requires`, `paths` and links, in either reader's nodes. */
function phaseOffsets<N>(phase: N, start: (node: N | undefined) => number | undefined): PhaseOffsets {
  const value = (node: N | undefined, key: string) => valueOf(node, key) as N | undefined;
  const entries = (node: N | undefined) => listOf(node).map((entry) => start(entry as N));
  const items = (list: string) =>
    listOf(value(phase, list)).map((item) => ({ id: start(value(item as N, 'id')), links: entries(value(item as N, 'links')) }));
  return {
    id: start(value(phase, 'id')),
    requires: entries(value(phase, 'requires')),
    paths: entries(value(phase, 'paths')),
    tasks: items('tasks'),
    acceptance: items('acceptance'),
  };
}

/** The value of a mapping at `key`, in a `yaml` node or a plain one. */
function valueOf(node: unknown, key: string): unknown {
  if (isMap(node)) return node.get(key, true);
  return (node as PlainNode | undefined)?.keys?.get(key);
}

/** The entries of a list, in a `yaml` node or a plain one; none for anything else. */
function listOf(node: unknown): unknown[] {
  if (isSeq(node)) return node.items;
  if (isMap(node) || isScalar(node)) return [];
  return (node as PlainNode | undefined)?.items ?? [];
}

/** The recorded offset of the value at `path` (see `PhaseOffsets`), if it is one of those. */
export function recordedOffset(parts: ManifestParts, path: readonly (string | number)[]): number | undefined {
  const [phases, p, key, i, itemKey, l] = path;
  const phase = phases === 'phases' && typeof p === 'number' ? parts.phases[p] : undefined;
  if (!phase) return undefined;
  if (path.length === 3 && key === 'id') return phase.id;
  if (typeof i !== 'number') return undefined;
  if (path.length === 4 && (key === 'requires' || key === 'paths')) return phase[key][i];
  const item = key === 'tasks' || key === 'acceptance' ? phase[key][i] : undefined;
  if (path.length === 5 && itemKey === 'id') return item?.id;
  return path.length === 6 && itemKey === 'links' && typeof l === 'number' ? item?.links[l] : undefined;
}

/** Aliases are counted against alias bombs on the whole document: such a file is read whole. */
function hasAliases(doc: Document.Parsed): boolean {
  let found = false;
  visit(doc, {
    Alias() {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

/** Lines as the `yaml` parser counts them: one starts after each line feed. */
function lineCounter(source: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
  return lines;
}
