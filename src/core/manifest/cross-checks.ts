import { expand } from 'brace-expansion';
import type { ConfigProblem } from '../shared/errors.js';
import { closest, listSomeInWords, shorten } from '../shared/words.js';
import type { Position, SourceMap } from './positions.js';
import { LONGEST_QUOTED, MAX_PROBLEMS } from './problems.js';
import type { Path } from './schema-issues.js';
import type { ItemData, ManifestData, PhaseData } from './schema.js';
import { UNREADABLE } from './shape.js';

/**
 * The checks across fields of a manifest of the right shape: unique ids, phases that
 * `requires` and gates name, gates that select something, `paths` that can match, and no
 * cycle in `requires`. Values the schema found unreadable are passed over.
 */

/** Each task or acceptance item with its path in the document. */
export function* itemsWithPaths(data: ManifestData): Generator<{ item: ItemData; path: Path }> {
  for (const [p, phase] of data.phases.entries()) {
    for (const list of ['tasks', 'acceptance'] as const) {
      for (const [i, item] of phase[list].entries()) yield { item, path: ['phases', p, list, i] };
    }
  }
}

export function indexIds(data: ManifestData, map: SourceMap) {
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

/** Gates that select nothing would pass whatever the plan says: nothing is ready by default. */
export function checkGateSelections(data: ManifestData, map: SourceMap): ConfigProblem[] {
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
export function checkPaths(data: ManifestData, map: SourceMap): ConfigProblem[] {
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
      const message = patternProblem(pattern);
      return message ? [map.problem(map.valueAt(['phases', p, 'paths', i]), message)] : [];
    });
  });
}

/**
 * The most globs one pattern may stand for once its braces are expanded: every one is
 * matched against every changed file, and `{a,b}` groups multiply (seventeen of them make
 * 131,072). Far more than a real pattern needs; bench/ measures the cost at this bound.
 */
export const MAX_PATTERN_EXPANSION = 64;

function patternProblem(pattern: string): string | undefined {
  if (pattern === UNREADABLE) return undefined;
  const relative = pattern.replace(/^(?:\.\/|\/)+/, '');
  if (relative !== pattern) {
    return `paths pattern '${shorten(pattern, LONGEST_QUOTED)}' can never match: changed files are named from the repository root, without a leading '/' or './' — write '${shorten(relative, LONGEST_QUOTED)}'`;
  }
  // minimatch expands braces with the same library: what is counted here is what it would match.
  if (pattern.includes('{') && expand(pattern, { max: MAX_PATTERN_EXPANSION + 1 }).length > MAX_PATTERN_EXPANSION) {
    return (
      `paths pattern '${shorten(pattern, LONGEST_QUOTED)}' stands for more than ${MAX_PATTERN_EXPANSION} globs once its {…} alternatives are expanded — ` +
      'write fewer alternatives, or split it into several patterns'
    );
  }
  return undefined;
}

/** Unknown phase ids in `requires` and in gates. */
export function checkReferences(data: ManifestData, phasePositions: ReadonlyMap<string, Position>, map: SourceMap): ConfigProblem[] {
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

export function checkCycles(data: ManifestData, map: SourceMap): ConfigProblem[] {
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
