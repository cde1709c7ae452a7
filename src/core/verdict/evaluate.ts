import { ConfigError } from '../shared/errors.js';
import { distinctTargets, isSatisfied, sameRepository, targetName, targetOf, type LinkTarget, type Repository } from '../links/links.js';
import { dependenciesFirst, noBlockingPhase, type Manifest, type ManifestLink } from '../manifest/manifest.js';
import type { EvaluationContext, PullRequestScope } from './context.js';
import { linkStatus } from './link-status.js';
import { judgeMilestone, type MilestoneJudgement } from './milestone.js';
import type { PathMatcher } from './paths.js';
import { isGated } from './policy.js';
import { describeLink } from './reasons.js';
import type { LinkReport, PhaseReport, Report, TaskReport, WaiverReport } from './report.js';

export type { EvaluationContext, PullRequestScope } from './context.js';
import type { ItemData, PhaseData, TaskStatus } from '../manifest/schema.js';
import { closest, listInWords } from '../shared/words.js';
import { freezesAt, holdsGate } from '../freezes/moment.js';

const BUILT_IN_GATES: Readonly<Record<string, 'blocking'>> = { merge: 'blocking', release: 'blocking' };

/** Gates that judge the whole plan, whatever a pull request touches. */
const GATES_IGNORING_PATHS = new Set(['release']);

export function gateNames(manifest: Manifest): string[] {
  return [...new Set([...Object.keys(BUILT_IN_GATES), ...Object.keys(manifest.data.gates ?? {})])];
}

/** Every distinct issue or pull request the manifest links to. */
export function linkTargets(manifest: Manifest, repository?: Repository): LinkTarget[] {
  const targets = [...manifest.itemLinks.values()].flatMap((links) => links.flatMap(({ ref }) => targetOf(ref, repository) ?? []));
  return distinctTargets(targets);
}

/** Whether any item links to this issue or pull request. */
export function linksTo(manifest: Manifest, target: LinkTarget, repository?: Repository): boolean {
  return linkTargets(manifest, repository).some((linked) => linked.number === target.number && sameRepository(linked, target));
}

/** Whether any phase has `paths`, i.e. whether a pull request's changed files matter. */
export function usesPaths(manifest: Manifest): boolean {
  return manifest.data.phases.some((phase) => phase.paths !== undefined);
}

/** The phases with `paths` that one of the changed files matches. */
export function phasesTouched(manifest: Manifest, changedFiles: readonly string[], compile: PathMatcher): Set<string> {
  const compiled = new Map<string, (file: string) => boolean>();
  const matcherOf = (pattern: string) => compiled.get(pattern) ?? compiled.set(pattern, compile(pattern)).get(pattern)!;
  const touched = manifest.data.phases.filter((phase) => {
    const matchers = phase.paths?.map(matcherOf) ?? [];
    return matchers.length > 0 && changedFiles.some((file) => matchers.some((matches) => matches(file)));
  });
  return new Set(touched.map((phase) => phase.id));
}

export function evaluate(manifest: Manifest, context: EvaluationContext): Report {
  const selected = selectedPhaseIds(manifest, context.gate);
  const milestones = new Map<string, MilestoneJudgement | undefined>(
    manifest.data.phases.map((phase) => [phase.id, judgeMilestone(manifest, phase, context)]),
  );
  const itemsByPhase = new Map(
    manifest.data.phases.map((phase) => [phase.id, [...evaluateItems(manifest, phase, context), ...(milestones.get(phase.id)?.tasks ?? [])]]),
  );
  const complete = phaseCompleteness(manifest.data.phases, itemsByPhase, (id) => milestones.get(id)?.report.blocks === undefined);
  const honoursPaths = context.pullRequest !== undefined && !GATES_IGNORING_PATHS.has(context.gate);
  const phases = manifest.data.phases.map((phase): PhaseReport => ({
    ...phaseReport(phase, itemsByPhase.get(phase.id)!, complete, context.today, milestones.get(phase.id)),
    selected: selected.has(phase.id),
    skipped: honoursPaths && phase.paths !== undefined && !touches(context.pullRequest!, phase.id),
    ...optional({ line: manifest.phasePositions.get(phase.id)?.line }),
  }));
  return summarize(phases, manifest, context);
}

function touches(pullRequest: PullRequestScope, phaseId: string): boolean {
  return pullRequest.touchedPhases === 'all' || pullRequest.touchedPhases.has(phaseId);
}

function selectedPhaseIds(manifest: Manifest, gate: string): Set<string> {
  const selection = Object.hasOwn(manifest.data.gates ?? {}, gate)
    ? manifest.data.gates![gate]!.phases
    : Object.hasOwn(BUILT_IN_GATES, gate)
      ? BUILT_IN_GATES[gate]
      : undefined;
  if (selection === undefined) throw unknownGate(manifest, gate);
  const phases = manifest.data.phases;
  if (selection === 'all') return new Set(phases.map((phase) => phase.id));
  if (selection === 'blocking') {
    const blocking = phases.filter((p) => p.blocking).map((p) => p.id);
    // A gate of the manifest's own is checked when it is parsed; a built-in one only when used.
    if (blocking.length === 0) throw new ConfigError({ file: manifest.file, ...manifest.phasesPosition, message: noBlockingPhase(gate) });
    return new Set(blocking);
  }
  return new Set(selection);
}

function unknownGate(manifest: Manifest, gate: string): ConfigError {
  const names = gateNames(manifest);
  const guess = closest(gate, names);
  return new ConfigError({
    file: manifest.file,
    ...manifest.gatesPosition,
    message: `unknown gate '${gate}'${guess ? ` (did you mean '${guess}'?)` : ''} — this manifest defines ${listInWords(names, 'and')}`,
  });
}

function evaluateItems(manifest: Manifest, phase: PhaseData, context: EvaluationContext): TaskReport[] {
  const evaluateItem = (item: ItemData, kind: TaskReport['kind']): TaskReport => {
    const links = (manifest.itemLinks.get(item.id) ?? []).map((link) => linkReport(link, context));
    const line = manifest.itemPositions.get(item.id)?.line;
    return {
      id: item.id,
      kind,
      title: item.title,
      ...withSubIssueHint(judgeItem(item, links, context.today), links),
      links,
      ...optional({ owner: item.owner, due: item.due, notes: item.notes, line }),
    };
  };
  return [...phase.tasks.map((item) => evaluateItem(item, 'task')), ...phase.acceptance.map((item) => evaluateItem(item, 'acceptance'))];
}

function linkReport({ raw, ref }: ManifestLink, context: EvaluationContext): LinkReport {
  const target = targetOf(ref, context.repository);
  const hintedKind = ref.kind === 'any' ? 'unknown' : ref.kind;
  const status = linkStatus(target, hintedKind, context);
  const name = target ? targetName(target) : `#${ref.number}`;
  return { ref: raw, key: name.toLowerCase(), name, ...status, satisfied: isSatisfied(status) };
}

/** Whether each phase is complete: its items satisfied and every phase it requires complete. */
function phaseCompleteness(
  phases: readonly PhaseData[],
  itemsByPhase: ReadonlyMap<string, readonly TaskReport[]>,
  milestoneAllows: (id: string) => boolean,
): Map<string, boolean> {
  const phasesById = new Map(phases.map((phase) => [phase.id, phase]));
  const complete = new Map<string, boolean>();
  // `requires` has no cycles (validated), so this memoised recursion terminates.
  const isComplete = (id: string): boolean => {
    const known = complete.get(id);
    if (known !== undefined) return known;
    const items = itemsByPhase.get(id)!;
    const result = items.length > 0 && items.every((item) => item.satisfied) && milestoneAllows(id) && phasesById.get(id)!.requires.every(isComplete);
    complete.set(id, result);
    return result;
  };
  // Requirements first, so each call finds them known: a long chain cannot exhaust the stack.
  for (const id of dependenciesFirst(phases)) isComplete(id);
  return complete;
}

function phaseReport(
  phase: PhaseData,
  tasks: TaskReport[],
  complete: ReadonlyMap<string, boolean>,
  today: string,
  milestone: MilestoneJudgement | undefined,
): Omit<PhaseReport, 'selected' | 'skipped'> {
  const isComplete = complete.get(phase.id)!;
  // The milestone's due date is the phase's, unless the manifest gives one.
  const due = phase.due ?? milestone?.report.due;
  return {
    id: phase.id,
    name: phase.name,
    blocking: phase.blocking,
    complete: isComplete,
    completion: tasks.length === 0 ? 0 : percent(tasks.filter((t) => t.satisfied).length, tasks.length),
    requires: phase.requires,
    unmetRequires: phase.requires.filter((id) => !complete.get(id)),
    empty: tasks.length === 0,
    overdue: !isComplete && isPast(due, today),
    tasks,
    ...optional({ owner: phase.owner, due, milestone: milestone?.report }),
  };
}

function summarize(phases: PhaseReport[], manifest: Manifest, context: EvaluationContext): Report {
  const gated = phases.filter(isGated);
  const gatedItems = gated.flatMap((phase) => phase.tasks);
  const allItems = phases.flatMap((phase) => phase.tasks);
  const incompletePhases = gated.filter((phase) => !phase.complete).map((phase) => phase.id);
  const satisfied = gatedItems.filter((item) => item.satisfied).length;
  const freezes = freezesOf(manifest, context);
  return {
    ready: incompletePhases.length === 0 && !(freezes && holdsGate(freezes)),
    gate: context.gate,
    title: manifest.data.title ?? 'Production readiness',
    incompletePhases,
    // 0/0 is 100% only when nothing is missing (every phase skipped), never beside "not ready".
    completion: gatedItems.length === 0 && incompletePhases.length > 0 ? 0 : percent(satisfied, gatedItems.length),
    verified: context.links !== 'offline',
    today: context.today,
    ...(context.repository ? { repository: { owner: context.repository.owner, repo: context.repository.repo } } : {}),
    skippedPhases: phases.filter((phase) => phase.selected && phase.skipped).map((phase) => phase.id),
    caveats: [...(context.caveats ?? []), ...milestoneCaveats(gated), ...(gated.length === 0 ? [EVERY_PHASE_SKIPPED] : [])],
    counts: {
      items: gatedItems.length,
      satisfied,
      drift: allItems.filter((item) => item.drift).length,
      overdue: allItems.filter((item) => item.overdue).length,
      expiredWaivers: allItems.filter((item) => item.waiver?.expired).length,
      dropped: phases.reduce((dropped, phase) => dropped + (phase.milestone?.dropped.length ?? 0), 0),
    },
    phases,
    ...(freezes ? { frozen: holdsGate(freezes), freezes } : {}),
  };
}

/** A milestone listing GitHub cut short, or could not give, limits the verdict's grounds: say so. */
function milestoneCaveats(gated: readonly PhaseReport[]): string[] {
  return gated.flatMap((phase) => {
    const milestone = phase.milestone;
    if (!milestone?.blocks || !(milestone.state === 'unknown' || milestone.cutShort)) return [];
    return [`${milestone.blocks}: phase ${phase.id} is not complete`];
  });
}

/** The freeze windows that concern the gate, for a manifest that has any. */
function freezesOf(manifest: Manifest, context: EvaluationContext) {
  if (manifest.freezes.length === 0 || !context.moment) return undefined;
  return freezesAt(manifest.freezes, context.gate, context.moment, context.pullRequest?.labels);
}

const EVERY_PHASE_SKIPPED =
  'every phase this gate selects was skipped: the pull request changes no file that their `paths` match, so there is nothing to gate';

type ItemJudgement = Pick<TaskReport, 'status' | 'satisfied' | 'reason' | 'drift' | 'overdue'> &
  Partial<Pick<TaskReport, 'declaredStatus' | 'hint' | 'waiver'>>;

/** What the links of one item say, taken together. */
interface LinkEvidence {
  all: readonly LinkReport[];
  unverified: readonly LinkReport[];
  /** Verified links that are not satisfied (open, not planned, unreadable, …). */
  failing: readonly LinkReport[];
}

/** The rules of "How status is decided" for one task or acceptance item. */
function judgeItem(item: ItemData, links: readonly LinkReport[], today: string): ItemJudgement {
  const evidence: LinkEvidence = {
    all: links,
    unverified: links.filter((link) => link.state === 'unverified'),
    failing: links.filter((link) => link.state !== 'unverified' && !link.satisfied),
  };
  const waiver = waiverReport(item, today);
  const base = { status: impliedStatus(item.status, evidence), ...optional({ declaredStatus: item.status, waiver }) };
  const verdict = (satisfied: boolean, reason: string, extra: Partial<ItemJudgement> = {}): ItemJudgement => ({
    ...base,
    satisfied,
    reason,
    drift: false,
    overdue: !satisfied && isPast(item.due, today),
    ...extra,
  });

  if (waiver && !waiver.expired) {
    return verdict(true, `waived: ${waiver.reason}${waiver.expires ? ` (until ${waiver.expires})` : ''}`);
  }
  const expiredNote = waiver?.expired ? ` (waiver expired on ${waiver.expires})` : '';
  const failures = evidence.failing.map(describeLink).join('; ');
  if (item.status === 'done') {
    // An unreadable link is not drift: nothing says the declared status is wrong.
    if (failures) return verdict(false, `marked done, but ${failures}${expiredNote}`, { drift: evidence.failing.some((l) => l.state !== 'unknown') });
    if (evidence.unverified.length > 0) return verdict(true, 'done (declared; links not verified)');
    return verdict(true, links.length > 0 ? 'done; every link is closed' : 'done');
  }
  if (item.status === undefined && links.length > 0) {
    if (failures) return verdict(false, `${failures}${expiredNote}`);
    if (evidence.unverified.length > 0) return verdict(false, `links not verified and no status declared${expiredNote}`);
    return verdict(true, 'every link is closed');
  }
  const reason = `${item.status ?? 'no status and no links, so todo'}${expiredNote}`;
  const allLinksDone = links.length > 0 && evidence.unverified.length === 0 && evidence.failing.length === 0;
  return verdict(false, reason, allLinksDone ? { hint: `every link is closed: mark ${item.id} done` } : {});
}

/** An open issue whose sub-issues are all closed is probably done: say so. */
function withSubIssueHint(judgement: ItemJudgement, links: readonly LinkReport[]): ItemJudgement {
  const finished = links.filter((l) => l.state === 'open' && l.subIssues && l.subIssues.total > 0 && l.subIssues.closed === l.subIssues.total);
  if (finished.length === 0 || judgement.hint) return judgement;
  return { ...judgement, hint: `every sub-issue of ${finished.map((l) => l.name).join(', ')} is closed: close it if the work is done` };
}

/** The declared status, else what the links imply. */
function impliedStatus(declared: TaskStatus | undefined, evidence: LinkEvidence): TaskStatus {
  if (declared) return declared;
  const allSatisfied = evidence.all.length > 0 && evidence.failing.length === 0 && evidence.unverified.length === 0;
  if (allSatisfied) return 'done';
  return evidence.all.some((link) => link.satisfied) ? 'in-progress' : 'todo';
}

function waiverReport(item: ItemData, today: string): WaiverReport | undefined {
  if (!item.waiver) return undefined;
  return {
    reason: item.waiver.reason,
    expired: isPast(item.waiver.expires, today),
    ...optional({ approvedBy: item.waiver['approved-by'], expires: item.waiver.expires }),
  };
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
