import { ConfigError, type ConfigProblem } from '../shared/errors.js';
import { checkCycles, checkGateSelections, checkPaths, checkReferences, indexIds } from './cross-checks.js';
import { parseItemLinks, type ManifestLink } from './link-checks.js';
import type { Position } from './positions.js';
import { manifestError } from './problems.js';
import { readManifestText } from './read.js';
import type { ManifestData } from './schema.js';
import { validateShape } from './shape.js';
import { MAX_MANIFEST_BYTES, manifestTooLarge } from './limits.js';
import { readFreezes, type FreezeWindow } from '../freezes/windows.js';

export { MAX_MANIFEST_BYTES, manifestTooLarge };

/**
 * The manifest stage: text in, a validated manifest with its positions out. Its steps, in
 * order: `read.ts` (the whole document as data and positions, see `plain-yaml.ts`),
 * `shape.ts` (the schema), `cross-checks.ts` and `link-checks.ts`.
 */

export { dependenciesFirst, noBlockingPhase } from './cross-checks.js';
export { MAX_ALIAS_VALUES } from './read.js';
export { MAX_PROBLEMS } from './problems.js';
export type { ManifestLink, Position };

/** A validated manifest, with the source positions needed to annotate it. */
export interface Manifest {
  file: string;
  data: ManifestData;
  /** Where each phase and each task or acceptance item starts (its `id`). */
  phasePositions: ReadonlyMap<string, Position>;
  itemPositions: ReadonlyMap<string, Position>;
  /** Where each phase's `milestone` value is, by phase id: a milestone GitHub does not have is an error there. */
  milestonePositions: ReadonlyMap<string, Position>;
  /** The parsed links of each task or acceptance item, by item id. */
  itemLinks: ReadonlyMap<string, readonly ManifestLink[]>;
  /** The `gates:` key, or the start of the file. */
  gatesPosition: Position;
  /** The `phases:` key. */
  phasesPosition: Position;
  /** How many lines the file has, for links to a range of them. */
  lineCount: number;
  /** The windows of `freezes`, checked; empty without the key. */
  freezes: readonly FreezeWindow[];
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

/** Parses and validates a manifest; every mistake is a `ConfigError` with its position. */
export function parseManifest(source: string, file: string, options: ManifestOptions = {}): Manifest {
  checkSize(source, file, options.maxBytes ?? MAX_MANIFEST_BYTES);
  const { map, raw } = readManifestText(source, file);
  const shape = validateShape(map, raw);
  const { data } = shape;
  const ids = indexIds(data, map);
  const links = parseItemLinks(data, map, options.serverHost ?? 'github.com');
  // `merge` and `release` are built in (see verdict/evaluate.ts); a manifest adds its own.
  const freezes = readFreezes(data, map, [...new Set(['merge', 'release', ...Object.keys(data.gates ?? {})])]);
  const problems: ConfigProblem[] = [
    ...shape.problems,
    ...ids.problems,
    ...links.problems,
    ...checkReferences(data, ids.phasePositions, map),
    ...checkGateSelections(data, map),
    ...checkPaths(data, map),
    ...freezes.problems,
  ];
  if (problems.length === 0) problems.push(...checkCycles(data, map));
  if (problems.length > 0) throw manifestError(problems, problems.length - shape.problems.length + shape.total);
  return {
    file,
    data,
    phasePositions: ids.phasePositions,
    itemPositions: ids.itemPositions,
    itemLinks: links.itemLinks,
    milestonePositions: new Map(
      data.phases.flatMap((phase, p) => (phase.milestone === undefined ? [] : [[phase.id, map.valueAt(['phases', p, 'milestone'])] as const])),
    ),
    // A manifest of the right shape has `gates` in its data exactly when the key is written.
    gatesPosition: data.gates === undefined ? { line: 1, column: 1 } : map.keyAt([], 'gates'),
    phasesPosition: map.keyAt([], 'phases'),
    lineCount: lineCount(source),
    freezes: freezes.windows,
  };
}

function lineCount(source: string): number {
  let lines = 1;
  for (let at = source.indexOf('\n'); at >= 0 && at < source.length - 1; at = source.indexOf('\n', at + 1)) lines++;
  return lines;
}

function checkSize(source: string, file: string, maxBytes: number): void {
  // A character takes one to three bytes in UTF-8: count the bytes only when it matters.
  if (source.length * 3 <= maxBytes) return;
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes <= maxBytes) return;
  throw new ConfigError({ file, message: manifestTooLarge(bytes) });
}
