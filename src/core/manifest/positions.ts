import { isMap, isScalar, LineCounter } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { ConfigProblem } from '../shared/errors.js';
import type { PlainNode } from './plain-yaml.js';
import { printable } from './problems.js';
import type { Path } from './schema-issues.js';

export interface Position {
  line: number;
  column: number;
}

/**
 * Where the values and keys of a manifest are, as lines and columns. Whichever parser read
 * the document — the plain reader or `yaml` — answers for all of it: their offsets agree,
 * so a position does not depend on which one it came from.
 */
export abstract class SourceMap {
  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  /** Where the value at `path` starts, if there is one. */
  protected abstract valueStart(path: Path): number | undefined;
  /** Where the key `key` of the mapping at `path` starts, if there is one. */
  protected abstract keyStart(path: Path, key: string): number | undefined;

  position(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** The position of the value at `path`, else of its nearest existing parent. */
  valueAt(path: Path): Position {
    for (let depth = path.length; depth >= 0; depth--) {
      const start = this.valueStart(depth === path.length ? path : path.slice(0, depth));
      if (start !== undefined) return this.position(start);
    }
    return { line: 1, column: 1 };
  }

  /** The position of the key `key` in the mapping at `path`, else of the mapping. */
  keyAt(path: Path, key: string): Position {
    const start = this.keyStart(path, key);
    return start === undefined ? this.valueAt(path) : this.position(start);
  }

  /** A problem at `position`; the values the message quotes are written on one line. */
  problem(position: Position, message: string, fix?: string): ConfigProblem {
    return { file: this.file, line: position.line, column: position.column, message: printable(message), ...(fix ? { fix } : {}) };
  }
}

/** Positions in a document `yaml` parsed. */
export class YamlSourceMap extends SourceMap {
  constructor(
    file: string,
    readonly doc: Document.Parsed,
    lines: LineCounter,
  ) {
    super(file, lines);
  }

  protected valueStart(path: Path): number | undefined {
    return (this.doc.getIn(path, true) as YamlNode | undefined)?.range?.[0];
  }

  protected keyStart(path: Path, key: string): number | undefined {
    const node = this.doc.getIn(path, true);
    if (!isMap(node)) return undefined;
    const pair = node.items.find((entry) => isScalar(entry.key) && String(entry.key.value) === key);
    return pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  }
}

/** Positions in a document the plain reader read (see `plain-yaml.ts`). */
export class PlainSourceMap extends SourceMap {
  constructor(
    file: string,
    private readonly root: PlainNode,
    source: string,
  ) {
    super(file, lineCounter(source));
  }

  protected valueStart(path: Path): number | undefined {
    return this.nodeAt(path)?.start;
  }

  protected keyStart(path: Path, key: string): number | undefined {
    return this.nodeAt(path)?.entries?.find((entry) => entry.key === key)?.keyStart;
  }

  /** As `Document.getIn` finds it: a value of a mapping by its key, an entry of a list by its index. */
  private nodeAt(path: Path): PlainNode | undefined {
    let node: PlainNode | undefined = this.root;
    for (const step of path) node = typeof step === 'number' ? node?.items?.[step] : node?.entries?.find((entry) => entry.key === step);
    return node;
  }
}

/**
 * Lines as `yaml` counts them: one starts after each line feed. Counted from the text, not
 * by the parser as it reads: a scalar token it gives up on can span a line feed it never
 * reports, and every position after it would be on a line too early.
 */
export function lineCounter(source: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
  return lines;
}
