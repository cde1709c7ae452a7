import type { ConfigProblem } from '../shared/errors.js';
import type { Position, SourceMap } from './positions.js';
import { MAX_PROBLEMS } from './problems.js';
import { withinStack } from './read.js';
import { describeIssue, withoutMissingMisspelt, type Path } from './schema-issues.js';
import { LIMITS, manifestSchema, type ManifestData } from './schema.js';

/** The data of a manifest, and its shape errors, placed and put in words: the first of `total`. */
export interface Shape {
  data: ManifestData;
  problems: ConfigProblem[];
  total: number;
}

/** Stands for an id, link or pattern of the wrong type: the schema has reported it already. */
export const UNREADABLE = '\u0000unreadable';

/** The manifest's data checked against the schema; with shape errors, what of it can still be checked. */
export function validateShape(map: SourceMap, raw: unknown): Shape {
  // Zod's JIT pays off over many parses; a run parses one manifest, so skip compiling.
  const parsed = withinStack(map, () => manifestSchema.safeParse(raw, { jitless: true }));
  if (parsed.success) return { data: parsed.data, problems: [], total: 0 };
  const issues = withoutMissingMisspelt(parsed.error.issues, raw);
  // Only the problems that will be listed are located and put in words.
  const problems = issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const described = describeIssue(issue, raw);
    const path = issue.path as Path;
    return map.problem(issuePosition(map, path, issue.code, described.key), described.message);
  });
  return { data: salvage(raw), problems, total: issues.length };
}

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
    return {
      ...phase,
      id: text(phase.id),
      blocking: phase.blocking === true,
      requires: texts(phase.requires) ?? [],
      // Not a list: the schema has said so; the checks of patterns have nothing to read.
      paths: texts(phase.paths, LIMITS.textLength),
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
