import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { ConfigError, type ConfigProblem } from './errors.js';
import { parseLink } from './links.js';
import { manifestSchema, type ManifestData, type PhaseData } from './schema.js';
import { closest, listInWords } from './words.js';

export interface Position {
  line: number;
  column: number;
}

/** A validated manifest, with the source positions needed to annotate it. */
export interface Manifest {
  file: string;
  data: ManifestData;
  /** Where each phase and each task or acceptance item starts (its `id`). */
  phasePositions: ReadonlyMap<string, Position>;
  itemPositions: ReadonlyMap<string, Position>;
  /** The `gates:` key, or the start of the file. */
  gatesPosition: Position;
}

type Path = readonly (string | number)[];

class SourceMap {
  readonly lines = new LineCounter();
  doc!: Document.Parsed;

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
      for (const pair of node.items) {
        if (isScalar(pair.key) && String(pair.key.value) === key && pair.key.range) {
          return this.position(pair.key.range[0]);
        }
      }
    }
    return this.valueAt(path);
  }
}

export function parseManifest(source: string, file: string): Manifest {
  const map = new SourceMap();
  const problem = (position: Position, message: string): ConfigProblem => ({
    file,
    line: position.line,
    column: position.column,
    message,
  });

  map.doc = parseDocument(source, { lineCounter: map.lines, prettyErrors: false, uniqueKeys: true });
  if (map.doc.errors.length > 0) {
    throw new ConfigError(
      map.doc.errors.map((error) => problem(map.position(error.pos[0]), yamlMessage(error))),
    );
  }
  const raw: unknown = map.doc.toJS();
  if (raw === null || raw === undefined) {
    throw new ConfigError({ file, line: 1, column: 1, message: 'the manifest is empty' });
  }

  // Zod's JIT pays off over many parses; a run parses one manifest, so skip compiling.
  const parsed = manifestSchema.safeParse(raw, { jitless: true });
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const described = describeIssue(issue, raw);
        const position = described.key
          ? map.keyAt(issue.path as Path, described.key)
          : map.valueAt(issue.path as Path);
        return problem(position, described.message);
      }),
    );
  }

  const data = parsed.data;
  const phasePositions = new Map<string, Position>();
  const itemPositions = new Map<string, Position>();
  const problems: ConfigProblem[] = [];

  data.phases.forEach((phase, p) => {
    const phasePath = ['phases', p];
    const previous = phasePositions.get(phase.id);
    if (previous) {
      problems.push(
        problem(map.valueAt([...phasePath, 'id']), `duplicate phase id '${phase.id}' (first used at line ${previous.line})`),
      );
    } else {
      phasePositions.set(phase.id, map.valueAt([...phasePath, 'id']));
    }
    for (const list of ['tasks', 'acceptance'] as const) {
      phase[list].forEach((item, i) => {
        const itemPath = [...phasePath, list, i];
        const at = map.valueAt([...itemPath, 'id']);
        const first = itemPositions.get(item.id);
        if (first) {
          problems.push(problem(at, `duplicate task id '${item.id}' (first used at line ${first.line})`));
        } else {
          itemPositions.set(item.id, at);
        }
        (item.links ?? []).forEach((link, l) => {
          if (!parseLink(link)) {
            problems.push(
              problem(
                map.valueAt([...itemPath, 'links', l]),
                `unrecognised link '${link}' — expected #N, owner/repo#N or an issue or pull request URL`,
              ),
            );
          }
        });
      });
    }
  });

  const phaseIds = [...phasePositions.keys()];
  const unknownPhase = (id: string): string => {
    const guess = closest(id, phaseIds);
    return `unknown phase '${id}'${guess ? ` (did you mean '${guess}'?)` : ''} — phases are ${listInWords(phaseIds, 'and')}`;
  };

  data.phases.forEach((phase, p) => {
    phase.requires.forEach((required, r) => {
      if (!phasePositions.has(required)) {
        problems.push(problem(map.valueAt(['phases', p, 'requires', r]), `requires ${unknownPhase(required)}`));
      }
    });
  });
  for (const [name, gate] of Object.entries(data.gates ?? {})) {
    if (!Array.isArray(gate.phases)) continue;
    gate.phases.forEach((id, i) => {
      if (!phasePositions.has(id)) {
        problems.push(problem(map.valueAt(['gates', name, 'phases', i]), `gate '${name}' selects ${unknownPhase(id)}`));
      }
    });
  }

  if (problems.length === 0) {
    const cycle = findCycle(data.phases);
    if (cycle) {
      const start = data.phases.findIndex((phase) => phase.id === cycle[0]);
      const at = data.phases[start]!.requires.indexOf(cycle[1]!);
      problems.push(
        problem(map.valueAt(['phases', start, 'requires', at]), `cycle in requires: ${cycle.join(' → ')}`),
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    file,
    data,
    phasePositions,
    itemPositions,
    gatesPosition: map.doc.has('gates') ? map.keyAt([], 'gates') : { line: 1, column: 1 },
  };
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

const WHAT_BY_KEY: Record<string, string> = {
  phases: 'phase',
  tasks: 'task',
  acceptance: 'acceptance item',
  gates: 'gate',
};

/** "task 'P0.1'" or "phases[2]" — how to name the object an issue's path ends in. */
function describeOwner(path: Path, root: unknown): string {
  let node: unknown = root;
  let what = 'manifest';
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    node = (node as Record<string | number, unknown> | undefined)?.[step];
    const parentKey = path[i - 1];
    if (typeof step === 'number' && typeof parentKey === 'string' && WHAT_BY_KEY[parentKey]) {
      const id = (node as { id?: unknown } | undefined)?.id;
      what = typeof id === 'string' ? `${WHAT_BY_KEY[parentKey]} '${id}'` : `${WHAT_BY_KEY[parentKey]} #${step + 1}`;
    } else if (parentKey === 'gates' && typeof step === 'string') {
      what = `gate '${step}'`;
    } else if (step === 'waiver') {
      what = `the waiver of ${what}`;
    }
  }
  return what;
}

function valueAtPath(root: unknown, path: Path): unknown {
  let node = root;
  for (const step of path) node = (node as Record<string | number, unknown> | undefined)?.[step];
  return node;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

const KNOWN_KEYS: Record<string, readonly string[]> = {
  manifest: ['version', 'title', 'phases', 'gates'],
  phase: ['id', 'name', 'blocking', 'requires', 'owner', 'due', 'paths', 'notes', 'tasks', 'acceptance'],
  item: ['id', 'title', 'status', 'owner', 'due', 'links', 'waiver', 'notes'],
  waiver: ['reason', 'approved-by', 'expires'],
  gate: ['phases'],
};

function knownKeysAt(path: Path): readonly string[] {
  const last = path[path.length - 1];
  if (path.length === 0) return KNOWN_KEYS.manifest!;
  if (last === 'waiver') return KNOWN_KEYS.waiver!;
  if (path[path.length - 2] === 'gates') return KNOWN_KEYS.gate!;
  if (path.length === 2) return KNOWN_KEYS.phase!;
  return KNOWN_KEYS.item!;
}

/** Turns one zod issue into a plain sentence; `key` is set when the issue is about a key. */
function describeIssue(issue: z.core.$ZodIssue, root: unknown): { message: string; key?: string } {
  const path = issue.path as Path;
  const key = path[path.length - 1];
  const keyName = typeof key === 'string' ? key : 'entry';
  const value = valueAtPath(root, path);
  const owner = describeOwner(path.slice(0, -1), root);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const where = describeOwner(path, root);
      const known = knownKeysAt(path);
      const unknown = issue.keys[0]!;
      const guess = closest(unknown, known);
      return {
        key: unknown,
        message:
          `unknown key '${unknown}' in ${where}` +
          (guess ? ` (did you mean '${guess}'?)` : ` — expected ${listInWords(known, 'or')}`),
      };
    }
    case 'invalid_type':
      if (value === undefined) {
        if (key === 'reason' && path[path.length - 2] === 'waiver') {
          return { message: `${owner} needs a reason` };
        }
        return { message: `${owner} is missing the required key '${keyName}'` };
      }
      return {
        message: `'${keyName}' in ${owner} must be ${article(issue.expected)}, not ${typeName(value)}${
          issue.expected === 'string' ? ' (quote it)' : ''
        }`,
      };
    case 'invalid_value': {
      if (key === 'version') return { message: `unsupported version ${show(value)} — expected 1` };
      const values = issue.values.map(String);
      const guess = typeof value === 'string' ? closest(value, values) : undefined;
      return {
        message:
          `unknown ${keyName} ${show(value)} — expected ${listInWords(values, 'or')}` +
          (guess ? ` (did you mean '${guess}'?)` : ''),
      };
    }
    case 'invalid_format':
      if (issue.format === 'date') {
        return { message: `bad date ${show(value)} for '${keyName}' in ${owner} — expected a real date as YYYY-MM-DD` };
      }
      if (keyName === 'id' || keyName === 'entry' || keyName === 'requires') {
        return { message: `invalid id ${show(value)} — use only letters, digits, '.', '_' and '-'` };
      }
      return { message: `invalid ${keyName} ${show(value)} in ${owner}` };
    case 'too_small':
      if (Array.isArray(value)) return { message: `'${keyName}' must list at least one entry` };
      return { message: `'${keyName}' in ${owner} must not be empty` };
    case 'invalid_union':
      if (keyName === 'phases') {
        return { message: `${owner} must select phases as 'blocking', 'all' or a list of phase ids` };
      }
      return { message: `invalid ${keyName} in ${owner}` };
    case 'invalid_key':
      return { message: `invalid gate name ${show(key)} — use only letters, digits, '.', '_' and '-'` };
    default:
      return { message: `${keyName} in ${owner}: ${issue.message}` };
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'a string',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    number: 'a number',
  };
  return names[expected] ?? expected;
}

