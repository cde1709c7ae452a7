import { isAlias, isCollection, isPair, isScalar, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { ConfigError } from '../shared/errors.js';
import { readPlainDocument } from './plain-yaml.js';
import { lineCounter, PlainSourceMap, YamlSourceMap, type Position, type SourceMap } from './positions.js';
import { LONGEST_QUOTED, manifestError, MAX_PROBLEMS } from './problems.js';
import { shorten, thousands } from '../shared/words.js';

/** How many values YAML aliases may add to the manifest; beyond that it is an alias bomb. */
export const MAX_ALIAS_VALUES = 100_000;

const TOO_DEEP = 'YAML syntax error: collections nest too deeply to read';

/** A manifest's text as data, and where each of its values is. */
export interface ReadManifest {
  map: SourceMap;
  raw: unknown;
}

/**
 * Reads the whole document: the plain reader reads most manifests many times faster, and
 * wherever it is not certain it declines and `yaml` reads the document again from the
 * start, so that data, positions and every syntax message come from one parser.
 */
export function readManifestText(source: string, file: string): ReadManifest {
  const plain = readPlainDocument(source);
  if (plain) return { map: new PlainSourceMap(file, plain, source), raw: plain.value };
  const map = readYaml(source, file);
  return { map, raw: readData(map) };
}

function readYaml(source: string, file: string): YamlSourceMap {
  const lines = lineCounter(source);
  let doc: Document.Parsed;
  try {
    // A key that is a collection (`? [a]`) makes yaml emit a process warning on the run's
    // stderr as it builds the data; the schema reports that key as the manifest's mistake.
    doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  } catch (error) {
    // The parser recurses into nested collections: thousands of `[` exhaust the stack.
    if (!(error instanceof RangeError)) throw error;
    throw new ConfigError({ file, line: 1, column: 1, message: TOO_DEEP });
  }
  const map = new YamlSourceMap(file, doc, lines);
  const tooDeep = doc.errors.find((error) => /call stack/i.test(error.message));
  if (tooDeep) throw new ConfigError(map.problem(map.position(tooDeep.pos[0]), TOO_DEEP));
  const errors = [...doc.errors, ...withinStack(map, () => duplicateKeys(doc))].sort((a, b) => a.pos[0] - b.pos[0]);
  if (errors.length > 0) {
    const listed = errors.slice(0, MAX_PROBLEMS).map((error) => {
      const { message, fix } = yamlMessage(error);
      return map.problem(map.position(error.pos[0]), message, fix);
    });
    throw manifestError(listed, errors.length);
  }
  const bomb = withinStack(map, () => aliasBomb(doc));
  if (bomb?.range) {
    const message = `YAML aliases expand the manifest by more than ${thousands(MAX_ALIAS_VALUES)} values here (an alias bomb?) — write the values out instead`;
    throw new ConfigError(map.problem(map.position(bomb.range[0]), message));
  }
  return map;
}

interface YamlProblem {
  code: string;
  message: string;
  pos: [number, number];
}

/**
 * The keys a mapping repeats, as yaml's own `uniqueKeys` reports them (scalars equal in
 * value). yaml compares each key with every earlier one, which took minutes on a mapping
 * of 121,000 keys under the size cap; a set per mapping makes the same test in one pass.
 */
function duplicateKeys(doc: Document.Parsed): YamlProblem[] {
  const found: YamlProblem[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        // yaml compares with ===: NaN equals nothing, not even itself.
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        if (seen.has(key.value))
          found.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [key.range?.[0] ?? 0, key.range?.[1] ?? 0] });
        seen.add(key.value);
      }
    },
  });
  return found;
}

/**
 * Runs a step that recurses into the document's nesting; nesting the parser accepted can
 * still be too deep for it, and that is the manifest's problem, not a crash.
 */
export function withinStack<T>(map: SourceMap, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) throw error;
    throw new ConfigError(map.problem({ line: 1, column: 1 }, TOO_DEEP));
  }
}

/**
 * The alias at which the values that aliases repeat first pass `MAX_ALIAS_VALUES`, if any.
 * One pass in document order, each anchor's size counted once, so nine lines of nested
 * aliases (a billion values) cost microseconds, not the run's memory.
 */
function aliasBomb(doc: Document.Parsed): YamlNode | undefined {
  const anchorSizes = new Map<string, number>();
  let added = 0;
  let found: YamlNode | undefined;
  const size = (node: unknown): number => {
    if (found) return 0;
    let total = 1;
    if (isAlias(node)) {
      total = anchorSizes.get(node.source) ?? 1;
      added += total - 1;
      if (added > MAX_ALIAS_VALUES) found = node;
    } else if (isCollection(node)) {
      for (const item of node.items) total += size(item);
    } else if (isPair(node)) {
      total = size(node.key) + size(node.value);
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchorSizes.set(anchor, total);
    return total;
  };
  size(doc.contents);
  return found;
}

/** The document as plain data, for the schema. */
function readData(map: YamlSourceMap): unknown {
  let raw: unknown;
  try {
    // `aliasBomb` has counted the aliases; yaml's own count is a second line of defence.
    raw = withinStack<unknown>(map, () => map.doc.toJS({ maxAliasCount: MAX_ALIAS_VALUES }));
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw new ConfigError(map.problem(firstAliasPosition(map), `YAML error: ${error.message}`));
  }
  if (raw === null || raw === undefined) throw new ConfigError(map.problem({ line: 1, column: 1 }, 'the manifest is empty'));
  return raw;
}

/** Where the first alias is: the likely place of an error in resolving aliases. */
function firstAliasPosition(map: YamlSourceMap): Position {
  let at: Position = { line: 1, column: 1 };
  visit(map.doc, {
    Alias(_key, node) {
      if (node.range) at = map.position(node.range[0]);
      return visit.BREAK;
    },
  });
  return at;
}

function yamlMessage(error: { code: string; message: string }): { message: string; fix?: string } {
  const firstLine = error.message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    // yaml quotes the token it stopped at, which may be a whole long scalar.
    .replace(/: "(.*)"$/, (_, token: string) => `: "${shorten(token, LONGEST_QUOTED)}"`);
  if (error.code === 'BAD_SCALAR_START' || /reserved character [@`]/.test(firstLine)) {
    return { message: `YAML syntax error: ${firstLine} — quote the value`, fix: 'owner: "@alice"' };
  }
  return { message: `YAML syntax error: ${firstLine}` };
}
