import { isAlias, isCollection, isMap, isPair, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { ConfigError, type ConfigProblem } from '../shared/errors.js';
import { MAX_ISSUE_NUMBER, parseLink, type LinkRef } from '../links/links.js';
import { PARSE_OPTIONS, readInParts, recordedOffset, type ManifestParts } from './manifest-parts.js';
import { describeIssue, type Path } from './schema-issues.js';
import { LIMITS, manifestSchema, type ItemData, type ManifestData, type PhaseData } from './schema.js';
import { closest, listSomeInWords } from '../shared/words.js';

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
  /** The `phases:` key. */
  phasesPosition: Position;
}

/** The parsed YAML document and the way back from its nodes to lines and columns. */
class SourceMap {
  constructor(
    readonly file: string,
    readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
    /** From an offset in the parsed text to one in the file, where the text is not the whole file. */
    private readonly inFile: (offset: number) => number = (offset) => offset,
  ) {}

  static parse(source: string, file: string): SourceMap {
    const lines = new LineCounter();
    const doc = parseDocument(source, { ...PARSE_OPTIONS, lineCounter: lines });
    return new SourceMap(file, doc, lines);
  }

  position(offset: number): Position {
    return this.filePosition(this.inFile(offset));
  }

  protected filePosition(offset: number): Position {
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

/**
 * The positions in a manifest read in parts (see `readInParts`): ids, `requires`, `paths`
 * and links from their recorded offsets; anything else in a phase from its slice, parsed
 * again (the last one kept, as problems come in document order); the rest from the frame.
 */
class PartsMap extends SourceMap {
  private slice?: { index: number; map: SourceMap };

  constructor(
    file: string,
    private readonly source: string,
    private readonly parts: ManifestParts,
  ) {
    super(file, parts.frame, parts.lines, parts.frameOffset);
  }

  override valueAt(path: Path): Position {
    const recorded = recordedOffset(this.parts, path);
    if (recorded !== undefined) return this.filePosition(recorded);
    const inSlice = this.inSlice(path);
    return inSlice ? inSlice.map.valueAt(inSlice.path) : super.valueAt(path);
  }

  override keyAt(path: Path, key: string): Position {
    const inSlice = this.inSlice(path);
    return inSlice ? inSlice.map.keyAt(inSlice.path, key) : super.keyAt(path, key);
  }

  /** The slice that holds the phase a path leads into, and the path within it. */
  private inSlice(path: Path): { map: SourceMap; path: Path } | undefined {
    const [phases, p] = path;
    if (phases !== 'phases' || typeof p !== 'number') return undefined;
    const index = this.parts.slices.findLastIndex((slice) => slice.first <= p);
    const slice = this.parts.slices[index];
    if (!slice || p >= (this.parts.slices[index + 1]?.first ?? this.parts.phases.length)) return undefined;
    if (this.slice?.index !== index) {
      const doc = parseDocument(this.source.slice(slice.from, slice.to), PARSE_OPTIONS);
      this.slice = { index, map: new SourceMap(this.file, doc, this.parts.lines, (offset) => offset + slice.from) };
    }
    return { map: this.slice.map, path: [p - slice.first, ...path.slice(2)] };
  }
}

export interface ManifestOptions {
  /**
   * The host of the GitHub the run talks to (GITHUB_SERVER_URL's), lower-cased; URL links
   * to any other host are a mistake, since they cannot be verified. Default github.com.
   */
  serverHost?: string;
  /** Only for measuring the core on plans larger than any manifest may be. */
  maxBytes?: number;
}

/** GitHub's contents API serves files of up to 1 MiB; a manifest may not be larger. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** The first problems of a manifest are listed, the rest counted: a report stays readable. */
export const MAX_PROBLEMS = 50;
/** How many values YAML aliases may add to the manifest; beyond that it is an alias bomb. */
export const MAX_ALIAS_VALUES = 100_000;

/** Parses and validates a manifest; every mistake is a `ConfigError` with its position. */
export function parseManifest(source: string, file: string, options: ManifestOptions = {}): Manifest {
  checkSize(source, file, options.maxBytes ?? MAX_MANIFEST_BYTES);
  // A large plan is read a few phases at a time, which keeps memory and time per task flat.
  const parts = readInParts(source);
  const map = parts ? new PartsMap(file, source, parts) : readYaml(source, file);
  return checkManifest(map, validateShape(map, parts ? parts.raw : readData(map)), options.serverHost ?? 'github.com');
}

/** The cross-field checks, the positions and the links of a manifest of the right shape. */
function checkManifest(map: SourceMap, shape: Shape, serverHost: string): Manifest {
  const { data } = shape;
  const { file } = map;
  const ids = indexIds(data, map);
  const links = parseItemLinks(data, map, serverHost);
  const problems = [
    ...shape.problems,
    ...ids.problems,
    ...links.problems,
    ...checkReferences(data, ids.phasePositions, map),
    ...checkGateSelections(data, map),
    ...checkPaths(data, map),
  ];
  if (problems.length === 0) problems.push(...checkCycles(data, map));
  if (problems.length > 0) throw manifestError(problems.slice(0, MAX_PROBLEMS), file, problems.length - shape.problems.length + shape.total);
  return {
    file,
    data,
    phasePositions: ids.phasePositions,
    itemPositions: ids.itemPositions,
    itemLinks: links.itemLinks,
    gatesPosition: map.doc.has('gates') ? map.keyAt([], 'gates') : { line: 1, column: 1 },
    phasesPosition: map.keyAt([], 'phases'),
  };
}

/** At most `MAX_PROBLEMS` problems, then one line that counts the others (of `total`). */
function manifestError(problems: readonly ConfigProblem[], file: string, total = problems.length): ConfigError {
  if (total <= MAX_PROBLEMS) return new ConfigError(problems);
  const more = (total - MAX_PROBLEMS).toLocaleString('en-US');
  return new ConfigError([...problems.slice(0, MAX_PROBLEMS), { file, message: `and ${more} more problems` }]);
}

/** How many problems a list stands for, counting those the last entry says were left out. */
export function problemCount(problems: readonly ConfigProblem[]): number {
  const last = problems[problems.length - 1];
  const more = last && last.line === undefined ? /^and ([\d,]+) more problems$/.exec(last.message) : null;
  return more ? problems.length - 1 + Number(more[1]!.replace(/,/g, '')) : problems.length;
}

function checkSize(source: string, file: string, maxBytes: number): void {
  // A character takes one to three bytes in UTF-8: count the bytes only when it matters.
  if (source.length * 3 <= maxBytes) return;
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes <= maxBytes) return;
  throw new ConfigError({ file, message: manifestTooLarge(bytes) });
}

export function manifestTooLarge(bytes: number): string {
  return (
    `is ${bytes.toLocaleString('en-US')} bytes — a manifest may be at most 1 MiB ` +
    `(${MAX_MANIFEST_BYTES.toLocaleString('en-US')} bytes), the most GitHub's contents API serves; split long notes out or trim the plan`
  );
}

const TOO_DEEP = 'YAML syntax error: collections nest too deeply to read';

function readYaml(source: string, file: string): SourceMap {
  let map: SourceMap;
  try {
    map = SourceMap.parse(source, file);
  } catch (error) {
    // The parser recurses into nested collections: thousands of `[` exhaust the stack.
    if (!(error instanceof RangeError)) throw error;
    throw new ConfigError({ file, line: 1, column: 1, message: TOO_DEEP });
  }
  const tooDeep = map.doc.errors.find((error) => /call stack/i.test(error.message));
  if (tooDeep) throw new ConfigError(map.problem(map.position(tooDeep.pos[0]), TOO_DEEP));
  if (map.doc.errors.length > 0) {
    throw manifestError(
      map.doc.errors.slice(0, MAX_PROBLEMS).map((error) => map.problem(map.position(error.pos[0]), yamlMessage(error))),
      file,
      map.doc.errors.length,
    );
  }
  const bomb = withinStack(map, () => aliasBomb(map.doc));
  if (bomb?.range) {
    const message = `YAML aliases expand the manifest by more than ${MAX_ALIAS_VALUES.toLocaleString('en-US')} values here (an alias bomb?) — write the values out instead`;
    throw new ConfigError(map.problem(map.position(bomb.range[0]), message));
  }
  return map;
}

/**
 * Runs a step that recurses into the document's nesting; nesting the parser accepted can
 * still be too deep for it, and that is the manifest's problem, not a crash.
 */
function withinStack<T>(map: SourceMap, step: () => T): T {
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

/** The data of a manifest, and its shape errors, placed and put in words: the first of `total`. */
interface Shape {
  data: ManifestData;
  problems: ConfigProblem[];
  total: number;
}

/** The document as plain data, for the schema. */
function readData(map: SourceMap): unknown {
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

function validateShape(map: SourceMap, raw: unknown): Shape {
  // Zod's JIT pays off over many parses; a run parses one manifest, so skip compiling.
  const parsed = withinStack(map, () => manifestSchema.safeParse(raw, { jitless: true }));
  if (parsed.success) return { data: parsed.data, problems: [], total: 0 };
  const { issues } = parsed.error;
  // Only the problems that will be listed are located and put in words.
  const problems = issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const described = describeIssue(issue, raw);
    const path = issue.path as Path;
    return map.problem(issuePosition(map, path, issue.code, described.key), described.message);
  });
  return { data: salvage(raw), problems, total: issues.length };
}

/** Stands for an id, link or pattern of the wrong type: the schema has reported it already. */
const UNREADABLE = '\u0000unreadable';

/**
 * What of a manifest with shape errors can still be checked, so that every mistake is
 * reported in one pass: the entries keep their places (and so their lines), and values of
 * the wrong type become UNREADABLE, which the later steps pass over.
 */
function salvage(raw: unknown): ManifestData {
  const object = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  // Past the schema's limits a value is as unreadable as one of the wrong type.
  const text = (value: unknown, max: number = LIMITS.idLength) => (typeof value === 'string' && value.length <= max ? value : UNREADABLE);
  const texts = (value: unknown, max?: number) => (Array.isArray(value) ? value.slice(0, LIMITS.linksPerItem).map((v) => text(v, max)) : undefined);
  const items = (value: unknown) =>
    (Array.isArray(value) ? value : []).map((entry) => ({
      ...object(entry),
      id: text(object(entry).id),
      links: texts(object(entry).links, LIMITS.textLength) ?? [],
    }));
  const phases = (Array.isArray(object(raw).phases) ? (object(raw).phases as unknown[]) : []).map((entry) => {
    const phase = object(entry);
    const paths = texts(phase.paths, LIMITS.textLength);
    return {
      ...phase,
      id: text(phase.id),
      blocking: phase.blocking === true,
      requires: texts(phase.requires) ?? [],
      ...(paths ? { paths } : {}),
      tasks: items(phase.tasks),
      acceptance: items(phase.acceptance),
    };
  });
  const gates = Object.fromEntries(
    Object.entries(object(object(raw).gates)).map(([name, gate]) => {
      const selection = object(gate).phases;
      return [name, { phases: selection === 'blocking' || selection === 'all' ? selection : (texts(selection) ?? 'all') }];
    }),
  );
  return { ...object(raw), phases, gates } as unknown as ManifestData;
}

/** Where a schema issue points: the key it is about, else the value. */
function issuePosition(map: SourceMap, path: Path, code: string, key?: string): Position {
  if (key) return map.keyAt(path, key);
  // A bad key of a record (a gate's name): zod's path ends in the key itself.
  if (code === 'invalid_key' && path.length > 0) return map.keyAt(path.slice(0, -1), String(path[path.length - 1]));
  return map.valueAt(path);
}

/** Where the first alias is: the likely place of an error in resolving aliases. */
function firstAliasPosition(map: SourceMap): Position {
  let at: Position = { line: 1, column: 1 };
  visit(map.doc, {
    Alias(_key, node) {
      if (node.range) at = map.position(node.range[0]);
      return visit.BREAK;
    },
  });
  return at;
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
    if (id === UNREADABLE) return;
    const first = positions.get(id);
    if (first) problems.push(map.problem(at, `duplicate ${what} id '${id}' (first used at line ${first.line})`));
    else positions.set(id, at);
  };
  data.phases.forEach((phase, p) => record(phasePositions, phase.id, map.valueAt(['phases', p, 'id']), 'phase'));
  for (const { item, path } of itemsWithPaths(data)) record(itemPositions, item.id, map.valueAt([...path, 'id']), 'task');
  return { phasePositions, itemPositions, problems };
}

function parseItemLinks(data: ManifestData, map: SourceMap, serverHost: string) {
  const itemLinks = new Map<string, ManifestLink[]>();
  const problems: ConfigProblem[] = [];
  for (const { item, path } of itemsWithPaths(data)) {
    const parsed: ManifestLink[] = [];
    (item.links ?? []).forEach((raw, l) => {
      if (raw === UNREADABLE) return;
      const ref = parseLink(raw);
      const mistake = ref ? linkMistake(raw, ref, serverHost) : unrecognisedLink(raw);
      if (mistake) problems.push(map.problem(map.valueAt([...path, 'links', l]), mistake));
      else parsed.push({ raw, ref: ref! });
    });
    if (!itemLinks.has(item.id)) itemLinks.set(item.id, parsed);
  }
  return { itemLinks, problems };
}

function unrecognisedLink(raw: string): string {
  return `unrecognised link '${raw}' — expected #N, owner/repo#N or an issue or pull request URL`;
}

/** A link that parses but can never be verified: another host, or a number GitHub cannot have. */
function linkMistake(raw: string, ref: LinkRef, serverHost: string): string | undefined {
  if (ref.host !== undefined && ref.host !== serverHost) {
    return (
      `link '${raw}' is not on ${serverHost}, the GitHub this run verifies links on — ` +
      `link the issue or pull request on ${serverHost}, or write it as owner/repo#N`
    );
  }
  if (ref.number > MAX_ISSUE_NUMBER) {
    return `link '${raw}' has a number past GitHub's range (1 to ${MAX_ISSUE_NUMBER}) — is it an issue's id rather than its number?`;
  }
  return undefined;
}

/** Gates that select nothing would pass whatever the plan says: nothing is ready by default. */
function checkGateSelections(data: ManifestData, map: SourceMap): ConfigProblem[] {
  const hasBlocking = data.phases.some((phase) => phase.blocking);
  return Object.entries(data.gates ?? {}).flatMap(([name, gate]) => {
    const at = map.valueAt(['gates', name, 'phases']);
    if (Array.isArray(gate.phases) && gate.phases.length === 0) {
      return [map.problem(at, `gate '${name}' selects no phase — list the phases it needs, e.g. phases: [P0], or use 'blocking' or 'all'`)];
    }
    if (gate.phases === 'blocking' && !hasBlocking) return [map.problem(at, noBlockingPhase(name))];
    return [];
  });
}

export function noBlockingPhase(gate: string): string {
  return (
    `gate '${gate}' selects the blocking phases, but no phase is marked 'blocking: true', so it would pass on nothing — ` +
    `mark the phases that must be complete with 'blocking: true', or give the gate a list: gates: { ${gate}: { phases: [P0] } }`
  );
}

/** `paths` that no pull request could ever touch would skip their phase on every pull request. */
function checkPaths(data: ManifestData, map: SourceMap): ConfigProblem[] {
  return data.phases.flatMap((phase, p) => {
    if (phase.paths === undefined) return [];
    if (phase.paths.length === 0) {
      return [
        map.problem(
          map.valueAt(['phases', p, 'paths']),
          `'paths' of phase '${phase.id}' is empty, so no pull request could touch it — list globs such as 'deploy/prod/**', or remove 'paths' to gate the phase on every pull request`,
        ),
      ];
    }
    return phase.paths.flatMap((pattern, i) => {
      if (pattern === UNREADABLE) return [];
      const relative = pattern.replace(/^(?:\.\/|\/)+/, '');
      if (relative === pattern) return [];
      const message = `paths pattern '${pattern}' can never match: changed files are named from the repository root, without a leading '/' or './' — write '${relative}'`;
      return [map.problem(map.valueAt(['phases', p, 'paths', i]), message)];
    });
  });
}

/** Unknown phase ids in `requires` and in gates. */
function checkReferences(data: ManifestData, phasePositions: ReadonlyMap<string, Position>, map: SourceMap): ConfigProblem[] {
  const phaseIds = [...phasePositions.keys()];
  const phaseList = listSomeInWords(phaseIds, 'and');
  const problems: ConfigProblem[] = [];
  const unknownPhase = (id: string): string => {
    // Past the problems that will be listed, a suggestion would be work for nothing.
    const guess = problems.length < MAX_PROBLEMS ? closest(id, phaseIds) : undefined;
    return `unknown phase '${id}'${guess ? ` (did you mean '${guess}'?)` : ''} — phases are ${phaseList}`;
  };
  data.phases.forEach((phase, p) => {
    phase.requires.forEach((required, r) => {
      if (required !== UNREADABLE && !phasePositions.has(required)) {
        problems.push(map.problem(map.valueAt(['phases', p, 'requires', r]), `requires ${unknownPhase(required)}`));
      }
    });
  });
  for (const [name, gate] of Object.entries(data.gates ?? {})) {
    if (!Array.isArray(gate.phases)) continue;
    gate.phases.forEach((id, i) => {
      if (id !== UNREADABLE && !phasePositions.has(id)) {
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
  return walkRequires(phases).cycle;
}

/**
 * Phase ids, each after every phase it requires, so that a phase's requirements can be
 * judged before it without recursion. Only for manifests without cycles (validated).
 */
export function dependenciesFirst(phases: readonly PhaseData[]): string[] {
  return walkRequires(phases).order;
}

/**
 * Walks `requires` depth first on a stack of its own, since a chain of 20,000 phases
 * would exhaust the call stack: the ids in dependency order, or the first cycle found.
 */
function walkRequires(phases: readonly PhaseData[]): { order: string[]; cycle?: string[] } {
  const requires = new Map(phases.map((phase) => [phase.id, phase.requires]));
  const state = new Map<string, 'open' | 'done'>();
  const order: string[] = [];
  for (const phase of phases) {
    if (state.has(phase.id)) continue;
    state.set(phase.id, 'open');
    const trail = [phase.id];
    const nextRequirement = [0];
    while (trail.length > 0) {
      const depth = trail.length - 1;
      const id = trail[depth]!;
      const required = requires.get(id) ?? [];
      const index = nextRequirement[depth]!;
      if (index >= required.length) {
        state.set(id, 'done');
        order.push(id);
        trail.pop();
        nextRequirement.pop();
        continue;
      }
      nextRequirement[depth] = index + 1;
      const child = required[index]!;
      const seen = state.get(child);
      if (seen === 'open') return { order, cycle: [...trail.slice(trail.indexOf(child)), child] };
      if (seen === undefined && requires.has(child)) {
        state.set(child, 'open');
        trail.push(child);
        nextRequirement.push(0);
      }
    }
  }
  return { order };
}

function yamlMessage(error: { code: string; message: string }): string {
  const firstLine = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (error.code === 'BAD_SCALAR_START' || /reserved character [@`]/.test(firstLine)) {
    return `YAML syntax error: ${firstLine} — quote the value, e.g. owner: "@alice"`;
  }
  return `YAML syntax error: ${firstLine}`;
}
