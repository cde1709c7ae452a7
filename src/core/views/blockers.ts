/**
 * What blocks the gate, as every view lists it: the unsatisfied items of the gate's
 * incomplete phases (or the phase itself, when it has no items or waits for another), each
 * with its owner and due date (the phase's when the item has none, marked as such), and
 * what to do about it in one sentence. Plain data: the views escape and lay it out.
 */
import { isSatisfiedState, type LinkState } from '../links/links.js';
import { isGated } from '../verdict/policy.js';
import type { LinkReport, PhaseReport, Report, TaskReport } from '../verdict/report.js';
import { ITEM_LOOK, itemState, LINK_LOOK, PHASE_HAS_NO_ITEMS, PHASE_LOOK, shortName, type Look } from './present.js';
import { milestoneAdvice, milestoneTitle } from './milestone.js';

/** A value of the item's own, or its phase's when the item has none. */
export interface Inherited {
  text: string;
  fromPhase: boolean;
}

export interface Blocker {
  phase: PhaseReport;
  /** Undefined when the phase itself blocks: it has no items, or waits for a phase it requires. */
  task?: TaskReport;
  look: Look;
  id: string;
  title: string;
  owner?: Inherited;
  due?: Inherited & { overdue: boolean; relative?: string };
  /** What to do, in one sentence. */
  advice: string;
  /** The links that are not satisfied first, then the others. */
  links: LinkReport[];
}

/**
 * What a blocking item is when it is not a task of the plan, in plain words: an acceptance
 * item, or an issue or pull request of its phase's milestone, which is named (the item's id
 * alone is a number). Each view writes them its own way.
 */
export function blockerKindWords(blocker: Blocker): string | undefined {
  if (blocker.task?.kind === 'acceptance') return 'acceptance';
  const milestone = blocker.phase.milestone;
  if (blocker.task?.kind === 'milestone' && milestone) return `milestone ${milestoneTitle(milestone)}`;
  return undefined;
}

/** Every blocker of the report, phase by phase in manifest order. */
export function blockersOf(report: Report): Blocker[] {
  const blockers: Blocker[] = [];
  for (const phase of report.phases) {
    if (!isGated(phase) || phase.complete) continue;
    const unsatisfied = phase.tasks.filter((task) => !task.satisfied);
    if (unsatisfied.length === 0) {
      blockers.push(phaseBlocker(phase, report));
      continue;
    }
    for (const task of unsatisfied) blockers.push(itemBlocker(phase, task, report));
  }
  return blockers;
}

function itemBlocker(phase: PhaseReport, task: TaskReport, report: Report): Blocker {
  const ownDue = task.due ?? phase.due;
  const links = [...task.links.filter((link) => !link.satisfied), ...task.links.filter((link) => link.satisfied)];
  return {
    phase,
    task,
    look: ITEM_LOOK[itemState(task)],
    id: task.id,
    title: task.title,
    ...ownerOf(task.owner, phase.owner),
    ...(ownDue ? { due: dueOf(ownDue, task.due === undefined, report.today) } : {}),
    advice: adviceFor(task, report),
    links,
  };
}

function phaseBlocker(phase: PhaseReport, report: Report): Blocker {
  const waits = phase.unmetRequires;
  const milestone = phase.milestone?.blocks && (phase.empty || waits.length === 0) ? milestoneAdvice(phase.milestone) : undefined;
  const advice =
    milestone ??
    (phase.empty
      ? `${phase.id} ${PHASE_HAS_NO_ITEMS}: add its tasks, or leave it out of the gate`
      : `waits for ${waits.join(', ')}: complete ${waits.length === 1 ? 'it' : 'them'} first`);
  return {
    phase,
    look: PHASE_LOOK.incomplete,
    id: phase.id,
    title: phase.name,
    ...ownerOf(phase.owner, undefined),
    ...(phase.due ? { due: dueOf(phase.due, false, report.today) } : {}),
    advice,
    links: [],
  };
}

function ownerOf(own: string | undefined, phaseOwner: string | undefined): { owner?: Inherited } {
  if (own) return { owner: { text: own, fromPhase: false } };
  return phaseOwner ? { owner: { text: phaseOwner, fromPhase: true } } : {};
}

function dueOf(date: string, fromPhase: boolean, today: string): Inherited & { overdue: boolean; relative?: string } {
  const relative = relativeDate(date, today);
  return { text: date, fromPhase, overdue: date < today, ...(relative ? { relative } : {}) };
}

const DAY_MS = 86_400_000;
/** Dates further ahead than this are shown as dates only. */
const NEAR_DAYS = 14;

/** "16 days late", "due today", "in 3 days"; nothing for a date far ahead. */
export function relativeDate(date: string, today: string): string | undefined {
  const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  if (!Number.isFinite(days)) return undefined;
  if (days < 0) return `${-days} ${days === -1 ? 'day' : 'days'} late`;
  if (days === 0) return 'due today';
  return days <= NEAR_DAYS ? `in ${days} ${days === 1 ? 'day' : 'days'}` : undefined;
}

/** What to do about each state a failing link can be in. */
const LINK_ADVICE: Partial<Record<LinkState, string>> = {
  not_planned: 'relink or waive',
  duplicate: 'link the issue it duplicates',
  closed_unmerged: 'link the pull request that replaces it, or waive',
  unknown: 'check the reference and that the token can read it',
};

/** In order of what to fix first: a link the plan cannot stand on before one that is merely open. */
const FAILURE_ORDER: readonly LinkState[] = ['unknown', 'not_planned', 'duplicate', 'closed_unmerged', 'open', 'completed', 'merged'];

/** One sentence: what a maintainer does about this item. */
export function adviceFor(task: TaskReport, report: Report): string {
  const overdue = task.overdue ? ', or move its due date' : '';
  return itemAdvice(task, report) + overdue;
}

function itemAdvice(task: TaskReport, report: Report): string {
  if (task.waiver?.expired) return `the waiver expired on ${task.waiver.expires}: renew it or finish the task`;
  const failing = task.links.filter((link) => link.state !== 'unverified' && !link.satisfied);
  const first = [...failing].sort((a, b) => FAILURE_ORDER.indexOf(a.state) - FAILURE_ORDER.indexOf(b.state))[0];
  if (first) return linkAdvice(first, task, report);
  if (task.hint) return task.hint;
  if (task.links.some((link) => link.state === 'unverified') && task.declaredStatus === undefined) {
    return 'links not verified and no status: check online, or declare a status';
  }
  if (task.status === 'blocked') return 'blocked: clear what blocks it, or waive it';
  if (task.status === 'in-progress') return 'in progress: finish it, then mark it done';
  return 'not started: do it, then mark it done';
}

function linkAdvice(link: LinkReport, task: TaskReport, report: Report): string {
  const name = shortName(link, report);
  const more = task.links.filter((other) => other !== link && other.state !== 'unverified' && !other.satisfied).length;
  const others = more > 0 ? ` (and ${more} more ${more === 1 ? 'link' : 'links'})` : '';
  const sub = link.subIssues;
  if (isSatisfiedState(link.state) && sub && sub.open > 0) {
    return `${name} is closed but ${sub.open} of its ${sub.total} sub-issues are open${others}: close them or reopen ${name}`;
  }
  const state = `${name} ${LINK_LOOK[link.state].sentence}${link.state === 'unknown' && link.detail ? ` (${link.detail})` : ''}${others}`;
  if (task.drift && link.state === 'open') return `marked done but ${state}: close it or reopen the task`;
  if (task.drift) return `marked done but ${state}: ${LINK_ADVICE[link.state] ?? 'relink or reopen the task'}`;
  const advice = LINK_ADVICE[link.state];
  if (advice) return `${state}: ${advice}`;
  return `${state}: ${link.kind === 'pull' ? 'review and merge it' : 'finish it and close it'}`;
}
