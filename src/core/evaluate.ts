import { ConfigError } from './errors.js';
import {
  isSatisfiedState,
  linkKey,
  linkName,
  parseLink,
  type LinkState,
  type LinkStatus,
  type Repository,
} from './links.js';
import type { Manifest } from './manifest.js';
import type { PathMatcher } from './paths.js';
import type { ItemData, TaskStatus } from './schema.js';
import { closest, listInWords } from './words.js';

export interface EvaluationContext {
  gate: string;
  /** Today as YYYY-MM-DD, for waivers and due dates. */
  today: string;
  /** The repository that `#N` links refer to; unknown offline without `--repo`. */
  repository?: Repository;
  /**
   * Link states by `linkKey`, or `offline` when nothing was verified. A link that is
   * missing from the map could not be resolved and is `unknown`.
   */
  links: ReadonlyMap<string, LinkStatus> | 'offline';
  /** Set when evaluating a pull request. */
  pullRequest?: {
    number: number;
    /** The PR's changed files; `paths` filters phases against them. */
    changedFiles: readonly string[];
    /** Matches files against `paths` globs (see `loadPathMatcher`); needed when phases have `paths`. */
    matches?: PathMatcher;
  };
}

export interface LinkReport {
  ref: string;
  /** `owner/repo#N` in lower case (GitHub names are case-insensitive), or `#N` when the repository is not known. */
  key: string;
  /** `owner/repo#N` as written, for people. */
  name: string;
  kind: 'issue' | 'pull' | 'unknown';
  state: LinkState;
  satisfied: boolean;
  title?: string;
  url?: string;
  detail?: string;
}

export interface TaskReport {
  id: string;
  kind: 'task' | 'acceptance';
  title: string;
  /** The declared status, or the one the links imply when none is declared. */
  status: TaskStatus;
  declaredStatus?: TaskStatus;
  satisfied: boolean;
  reason: string;
  /** Marked done while a link says otherwise. */
  drift: boolean;
  /** A suggestion such as "mark it done". */
  hint?: string;
  overdue: boolean;
  owner?: string;
  due?: string;
  waiver?: { reason: string; approvedBy?: string; expires?: string; expired: boolean };
  links: LinkReport[];
  line?: number;
}

export interface PhaseReport {
  id: string;
  name: string;
  blocking: boolean;
  selected: boolean;
  skipped: boolean;
  complete: boolean;
  /** Percent of this phase's items that are satisfied, rounded down. */
  completion: number;
  /** Phases in `requires` that are not complete. */
  unmetRequires: string[];
  overdue: boolean;
  owner?: string;
  due?: string;
  tasks: TaskReport[];
  line?: number;
}

export interface Report {
  ready: boolean;
  gate: string;
  title: string;
  /** Selected, non-skipped phases that are not complete. */
  incompletePhases: string[];
  completion: number;
  verified: boolean;
  skippedPhases: string[];
  counts: { items: number; satisfied: number; drift: number; overdue: number; expiredWaivers: number };
  phases: PhaseReport[];
}

const BUILT_IN_GATES: Record<string, 'blocking'> = { merge: 'blocking', release: 'blocking' };

/** Gates that judge the whole plan, whatever a pull request touches. */
const GATES_IGNORING_PATHS = new Set(['release']);

export function gateNames(manifest: Manifest): string[] {
  return [...new Set([...Object.keys(BUILT_IN_GATES), ...Object.keys(manifest.data.gates ?? {})])];
}

function selectedPhaseIds(manifest: Manifest, gate: string): Set<string> {
  const selection = manifest.data.gates?.[gate]?.phases ?? BUILT_IN_GATES[gate];
  if (selection === undefined) {
    const names = gateNames(manifest);
    const guess = closest(gate, names);
    throw new ConfigError({
      file: manifest.file,
      ...manifest.gatesPosition,
      message: `unknown gate '${gate}'${guess ? ` (did you mean '${guess}'?)` : ''} — this manifest defines ${listInWords(names, 'and')}`,
    });
  }
  const phases = manifest.data.phases;
  if (selection === 'all') return new Set(phases.map((phase) => phase.id));
  if (selection === 'blocking') return new Set(phases.filter((p) => p.blocking).map((p) => p.id));
  return new Set(selection);
}

/** Every distinct link of the manifest, as the keys `EvaluationContext.links` is looked up by. */
export function linkKeys(manifest: Manifest, repository?: Repository): string[] {
  const keys = new Set<string>();
  for (const phase of manifest.data.phases) {
    for (const item of [...phase.tasks, ...phase.acceptance]) {
      for (const link of item.links ?? []) {
        const parsed = parseLink(link);
        if (parsed) keys.add(linkKey(parsed, repository));
      }
    }
  }
  return [...keys];
}

/** Whether any phase has `paths`, i.e. whether a pull request's changed files matter. */
export function usesPaths(manifest: Manifest): boolean {
  return manifest.data.phases.some((phase) => phase.paths !== undefined);
}

export function evaluate(manifest: Manifest, context: EvaluationContext): Report {
  const selected = selectedPhaseIds(manifest, context.gate);
  const pullRequestKey =
    context.pullRequest && context.repository
      ? linkKey({ number: context.pullRequest.number, kind: 'pull' }, context.repository)
      : undefined;

  const linkReport = (ref: string): LinkReport => {
    const parsed = parseLink(ref);
    // The manifest was validated, so every link parses; stay total anyway.
    const key = parsed ? linkKey(parsed, context.repository) : ref;
    const name = parsed ? linkName(parsed, context.repository) : ref;
    const hintedKind = parsed?.kind === 'issue' || parsed?.kind === 'pull' ? parsed.kind : 'unknown';
    let status: LinkStatus;
    if (context.links === 'offline') {
      status = { kind: hintedKind, state: 'unverified' };
    } else {
      status = context.links.get(key) ?? {
        kind: hintedKind,
        state: 'unknown',
        detail: parsed?.repository || context.repository ? 'not resolved' : 'no repository to resolve #N against',
      };
      if (key === pullRequestKey && status.state === 'open') {
        status = { ...status, kind: 'pull', state: 'merged', detail: 'this pull request completes it' };
      }
    }
    return { ref, key, name, ...status, satisfied: isSatisfiedState(status.state) };
  };

  const evaluateItem = (item: ItemData, kind: TaskReport['kind']): TaskReport => {
    const links = (item.links ?? []).map(linkReport);
    const report = judgeItem(item, links, context.today);
    const line = manifest.itemPositions.get(item.id)?.line;
    return { id: item.id, kind, title: item.title, ...report, links, ...optional({ owner: item.owner, due: item.due, line }) };
  };

  const itemsByPhase = new Map(
    manifest.data.phases.map((phase) => [
      phase.id,
      [
        ...phase.tasks.map((item) => evaluateItem(item, 'task')),
        ...phase.acceptance.map((item) => evaluateItem(item, 'acceptance')),
      ],
    ]),
  );

  // `requires` has no cycles (validated), so this memoised recursion terminates.
  const phasesById = new Map(manifest.data.phases.map((phase) => [phase.id, phase]));
  const completeness = new Map<string, boolean>();
  const isComplete = (id: string): boolean => {
    const known = completeness.get(id);
    if (known !== undefined) return known;
    const phase = phasesById.get(id)!;
    const complete =
      itemsByPhase.get(id)!.every((item) => item.satisfied) && phase.requires.every(isComplete);
    completeness.set(id, complete);
    return complete;
  };

  const honoursPaths = context.pullRequest !== undefined && !GATES_IGNORING_PATHS.has(context.gate);
  const phases = manifest.data.phases.map((phase): PhaseReport => {
    const tasks = itemsByPhase.get(phase.id)!;
    const complete = isComplete(phase.id);
    const skipped = honoursPaths && phase.paths !== undefined && !touchesPaths(context.pullRequest!, phase.paths);
    return {
      id: phase.id,
      name: phase.name,
      blocking: phase.blocking,
      selected: selected.has(phase.id),
      skipped,
      complete,
      completion: percent(tasks.filter((t) => t.satisfied).length, tasks.length),
      unmetRequires: phase.requires.filter((id) => !isComplete(id)),
      overdue: !complete && isPast(phase.due, context.today),
      tasks,
      ...optional({ owner: phase.owner, due: phase.due, line: manifest.phasePositions.get(phase.id)?.line }),
    };
  });

  const gated = phases.filter((phase) => phase.selected && !phase.skipped);
  const gatedItems = gated.flatMap((phase) => phase.tasks);
  const allItems = phases.flatMap((phase) => phase.tasks);
  const incompletePhases = gated.filter((phase) => !phase.complete).map((phase) => phase.id);
  const satisfied = gatedItems.filter((item) => item.satisfied).length;

  return {
    ready: incompletePhases.length === 0,
    gate: context.gate,
    title: manifest.data.title ?? 'Production readiness',
    incompletePhases,
    completion: percent(satisfied, gatedItems.length),
    verified: context.links !== 'offline',
    skippedPhases: phases.filter((phase) => phase.selected && phase.skipped).map((phase) => phase.id),
    counts: {
      items: gatedItems.length,
      satisfied,
      drift: allItems.filter((item) => item.drift).length,
      overdue: allItems.filter((item) => item.overdue).length,
      expiredWaivers: allItems.filter((item) => item.waiver?.expired).length,
    },
    phases,
  };
}

type ItemJudgement = Pick<TaskReport, 'status' | 'satisfied' | 'reason' | 'drift' | 'overdue'> &
  Partial<Pick<TaskReport, 'declaredStatus' | 'hint' | 'waiver'>>;

/** The rules of "How status is decided" for one task or acceptance item. */
function judgeItem(item: ItemData, links: readonly LinkReport[], today: string): ItemJudgement {
  const declared = item.status;
  const waiver = item.waiver && {
    reason: item.waiver.reason,
    expired: isPast(item.waiver.expires, today),
    ...optional({ approvedBy: item.waiver['approved-by'], expires: item.waiver.expires }),
  };
  const unverified = links.filter((link) => link.state === 'unverified');
  const verified = links.filter((link) => link.state !== 'unverified');
  const failing = verified.filter((link) => !link.satisfied);
  const linksSatisfied = failing.length === 0;
  const derived: TaskStatus =
    declared ?? (links.length > 0 && linksSatisfied && unverified.length === 0 ? 'done' : links.some((l) => l.satisfied) ? 'in-progress' : 'todo');

  const base = { status: derived, ...optional({ declaredStatus: declared, waiver }) };
  const verdict = (satisfied: boolean, reason: string, extra: Partial<ItemJudgement> = {}): ItemJudgement => ({
    ...base,
    satisfied,
    reason,
    drift: false,
    overdue: !satisfied && isPast(item.due, today),
    ...extra,
  });

  const expiredNote = waiver?.expired ? ` (waiver expired on ${waiver.expires})` : '';
  if (waiver && !waiver.expired) {
    return verdict(true, `waived: ${waiver.reason}${waiver.expires ? ` (until ${waiver.expires})` : ''}`);
  }

  if (declared === 'done') {
    if (failing.length > 0) {
      // An unreadable link is not drift: nothing says the declared status is wrong.
      return verdict(false, `marked done, but ${failing.map(describeLink).join('; ')}${expiredNote}`, {
        drift: failing.some((link) => link.state !== 'unknown'),
      });
    }
    if (unverified.length > 0) return verdict(true, 'done (declared; links not verified)');
    return verdict(true, links.length > 0 ? 'done; every link is closed' : 'done');
  }

  if (declared === undefined && links.length > 0) {
    if (failing.length > 0) return verdict(false, `${failing.map(describeLink).join('; ')}${expiredNote}`);
    if (unverified.length > 0) return verdict(false, `links not verified and no status declared${expiredNote}`);
    return verdict(true, 'every link is closed');
  }

  const status = declared ?? 'todo';
  const reason = `${declared ? status : 'no status and no links, so todo'}${expiredNote}`;
  const allLinksDone = links.length > 0 && unverified.length === 0 && linksSatisfied;
  return verdict(false, reason, allLinksDone ? { hint: `every link is closed: mark ${item.id} done` } : {});
}

export function describeLink(link: LinkReport): string {
  const name = link.name;
  switch (link.state) {
    case 'open':
      return `${name} is still open`;
    case 'not_planned':
      return `${name} was closed as not planned`;
    case 'duplicate':
      return `${name} was closed as a duplicate`;
    case 'closed_unmerged':
      return `${name} was closed without being merged`;
    case 'unknown':
      return `${name} could not be read${link.detail ? ` (${link.detail})` : ''}`;
    case 'unverified':
      return `${name} is not verified`;
    case 'merged':
      return `${name} is merged`;
    case 'completed':
      return `${name} is completed`;
  }
}

function touchesPaths(pullRequest: NonNullable<EvaluationContext['pullRequest']>, patterns: readonly string[]): boolean {
  const { changedFiles, matches } = pullRequest;
  if (!matches) throw new Error('evaluating `paths` needs a path matcher (loadPathMatcher)');
  return changedFiles.some((file) => patterns.some((pattern) => matches(file, pattern)));
}

function isPast(date: string | undefined, today: string): boolean {
  return date !== undefined && date < today;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.floor((part * 100) / whole);
}

/** Drops undefined values, so reports carry only the fields that apply. */
function optional<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

