import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { ConfigError, type ConfigProblem } from './errors.js';
import { parseLink, type LinkRef } from './links.js';
import { describeIssue, type Path } from './schema-issues.js';
import { manifestSchema, type ItemData, type ManifestData, type PhaseData } from './schema.js';
import { closest, listInWords } from './words.js';

export interface Position {
  line: number;
  column: number;
}

/** A `links:` entry as written, and what it refers to. */
export interface ManifestLink {
  raw: string;
  ref: LinkRef;
}

/** A validated manifest, with the source positions needed to annotate it. */
export interface Manifest {
  file: string;
  data: ManifestData;
  /** Where each phase and each task or acceptance item starts (its `id`). */
  phasePositions: ReadonlyMap<string, Position>;
  itemPositions: ReadonlyMap<string, Position>;
  /** The parsed links of each task or acceptance item, by item id. */
  itemLinks: ReadonlyMap<string, readonly ManifestLink[]>;
  /** The `gates:` key, or the start of the file. */
  gatesPosition: Position;
}

/** The parsed YAML document and the way back from its nodes to lines and columns. */
class SourceMap {
  private constructor(
    readonly file: string,
    readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  static parse(source: string, file: string): SourceMap {
    const lines = new LineCounter();
    const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    return new SourceMap(file, doc, lines);
  }

  position(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** The position of the value at `path`, else of its nearest existing parent. */
  valueAt(path: Path): Position {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth), true) as YamlNode | undefined;
      if (node?.range) return this.position(node.range[0]);
    }
    return { line: 1, column: 1 };
  }

  /** The position of the key `key` in the mapping at `path`. */
  keyAt(path: Path, key: string): Position {
    const node = this.doc.getIn(path, true);
    if (isMap(node)) {
      const pair = node.items.find((entry) => isScalar(entry.key) && String(entry.key.value) === key);
      if (pair && isScalar(pair.key) && pair.key.range) return this.position(pair.key.range[0]);
    }
    return this.valueAt(path);
  }

  problem(position: Position, message: string): ConfigProblem {
    return { file: this.file, line: position.line, column: position.column, message };
  }
}

/** Parses and validates a manifest; every mistake is a `ConfigError` with its position. */
export function parseManifest(source: string, file: string): Manifest {
  const map = readYaml(source, file);
  const data = validateShape(map);
  const ids = indexIds(data, map);
  const links = parseItemLinks(data, map);
  const problems = [...ids.problems, ...links.problems, ...checkReferences(data, ids.phasePositions, map)];
  if (problems.length === 0) problems.push(...checkCycles(data, map));
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    file,
    data,
    phasePositions: ids.phasePositions,
    itemPositions: ids.itemPositions,
    itemLinks: links.itemLinks,
    gatesPosition: map.doc.has('gates') ? map.keyAt([], 'gates') : { line: 1, column: 1 },
  };
}

function readYaml(source: string, file: string): SourceMap {
  const map = SourceMap.parse(source, file);
  if (map.doc.errors.length > 0) {
    throw new ConfigError(map.doc.errors.map((error) => map.problem(map.position(error.pos[0]), yamlMessage(error))));
  }
  return map;
}

function validateShape(map: SourceMap): ManifestData {
  const raw: unknown = map.doc.toJS();
  if (raw === null || raw === undefined) throw new ConfigError(map.problem({ line: 1, column: 1 }, 'the manifest is empty'));
  // Zod's JIT pays off over many parses; a run parses one manifest, so skip compiling.
  const parsed = manifestSchema.safeParse(raw, { jitless: true });
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => {
      const described = describeIssue(issue, raw);
      const path = issue.path as Path;
      return map.problem(described.key ? map.keyAt(path, described.key) : map.valueAt(path), described.message);
    }),
  );
}

/** Each task or acceptance item with its path in the document. */
function* itemsWithPaths(data: ManifestData): Generator<{ item: ItemData; path: Path }> {
  for (const [p, phase] of data.phases.entries()) {
    for (const list of ['tasks', 'acceptance'] as const) {
      for (const [i, item] of phase[list].entries()) yield { item, path: ['phases', p, list, i] };
    }
  }
}

function indexIds(data: ManifestData, map: SourceMap) {
  const phasePositions = new Map<string, Position>();
  const itemPositions = new Map<string, Position>();
  const problems: ConfigProblem[] = [];
  const record = (positions: Map<string, Position>, id: string, at: Position, what: string) => {
    const first = positions.get(id);
    if (first) problems.push(map.problem(at, `duplicate ${what} id '${id}' (first used at line ${first.line})`));
    else positions.set(id, at);
  };
  data.phases.forEach((phase, p) => record(phasePositions, phase.id, map.valueAt(['phases', p, 'id']), 'phase'));
  for (const { item, path } of itemsWithPaths(data)) record(itemPositions, item.id, map.valueAt([...path, 'id']), 'task');
  return { phasePositions, itemPositions, problems };
}

function parseItemLinks(data: ManifestData, map: SourceMap) {
  const itemLinks = new Map<string, ManifestLink[]>();
  const problems: ConfigProblem[] = [];
  for (const { item, path } of itemsWithPaths(data)) {
    const parsed: ManifestLink[] = [];
    (item.links ?? []).forEach((raw, l) => {
      const ref = parseLink(raw);
      if (ref) parsed.push({ raw, ref });
      else problems.push(map.problem(map.valueAt([...path, 'links', l]), unrecognisedLink(raw)));
    });
    if (!itemLinks.has(item.id)) itemLinks.set(item.id, parsed);
  }
  return { itemLinks, problems };
}

function unrecognisedLink(raw: string): string {
  return `unrecognised link '${raw}' — expected #N, owner/repo#N or an issue or pull request URL`;
}

/** Unknown phase ids in `requires` and in gates. */
function checkReferences(data: ManifestData, phasePositions: ReadonlyMap<string, Position>, map: SourceMap): ConfigProblem[] {
  const phaseIds = [...phasePositions.keys()];
  const unknownPhase = (id: string): string => {
    const guess = closest(id, phaseIds);
    return `unknown phase '${id}'${guess ? ` (did you mean '${guess}'?)` : ''} — phases are ${listInWords(phaseIds, 'and')}`;
  };
  const problems: ConfigProblem[] = [];
  data.phases.forEach((phase, p) => {
    phase.requires.forEach((required, r) => {
      if (!phasePositions.has(required)) {
        problems.push(map.problem(map.valueAt(['phases', p, 'requires', r]), `requires ${unknownPhase(required)}`));
      }
    });
  });
  for (const [name, gate] of Object.entries(data.gates ?? {})) {
    if (!Array.isArray(gate.phases)) continue;
    gate.phases.forEach((id, i) => {
      if (!phasePositions.has(id)) {
        problems.push(map.problem(map.valueAt(['gates', name, 'phases', i]), `gate '${name}' selects ${unknownPhase(id)}`));
      }
    });
  }
  return problems;
}

function checkCycles(data: ManifestData, map: SourceMap): ConfigProblem[] {
  const cycle = findCycle(data.phases);
  if (!cycle) return [];
  const start = data.phases.findIndex((phase) => phase.id === cycle[0]);
  const at = data.phases[start]!.requires.indexOf(cycle[1]!);
  return [map.problem(map.valueAt(['phases', start, 'requires', at]), `cycle in requires: ${cycle.join(' → ')}`)];
}

/** A `requires` cycle as a list of ids that starts and ends with the same id. */
function findCycle(phases: readonly PhaseData[]): string[] | undefined {
  const requires = new Map(phases.map((phase) => [phase.id, phase.requires]));
  const done = new Set<string>();
  const visit = (id: string, trail: string[]): string[] | undefined => {
    const seen = trail.indexOf(id);
    if (seen >= 0) return [...trail.slice(seen), id];
    if (done.has(id)) return undefined;
    for (const next of requires.get(id) ?? []) {
      const cycle = visit(next, [...trail, id]);
      if (cycle) return cycle;
    }
    done.add(id);
    return undefined;
  };
  for (const phase of phases) {
    const cycle = visit(phase.id, []);
    if (cycle) return cycle;
  }
  return undefined;
}

function yamlMessage(error: { code: string; message: string }): string {
  const firstLine = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (error.code === 'BAD_SCALAR_START' || /reserved character [@`]/.test(firstLine)) {
    return `YAML syntax error: ${firstLine} — quote the value, e.g. owner: "@alice"`;
  }
  return `YAML syntax error: ${firstLine}`;
}
