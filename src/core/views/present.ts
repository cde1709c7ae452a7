/**
 * The one vocabulary every view speaks (PR comment, job summary, terminal, tracking
 * document, annotations): what state a phase is in, and the words and symbols for phase,
 * task and link states. Views choose the layout; the words are chosen here, once. Which
 * phases the gate judges and which items need attention are the verdict's rules
 * (`verdict/policy.ts`), asked of the report, never decided here.
 */
import type { LinkReport, PhaseReport, Report, TaskReport } from '../verdict/report.js';
import type { LinkState } from '../links/links.js';
import { completedByThisPullRequest } from '../verdict/policy.js';
import type { TaskStatus } from '../manifest/schema.js';

/** Where a phase stands for the gate being evaluated, in order of precedence. */
export type PhaseState = 'not-in-gate' | 'skipped' | 'complete' | 'incomplete';

export function phaseState(phase: PhaseReport): PhaseState {
  if (!phase.selected) return 'not-in-gate';
  if (phase.skipped) return 'skipped';
  return phase.complete ? 'complete' : 'incomplete';
}

interface Look {
  /** For Markdown views. */
  icon: string;
  /** For the terminal, where emoji widths vary. */
  mark: string;
  words: string;
}

export const PHASE_LOOK: Record<PhaseState, Look> = {
  'not-in-gate': { icon: '➖', mark: '-', words: 'not in gate' },
  skipped: { icon: '⏭️', mark: '~', words: 'skipped' },
  complete: { icon: '✅', mark: '✓', words: 'complete' },
  incomplete: { icon: '❌', mark: '✗', words: 'incomplete' },
};

/** Why a phase is skipped, in the words every view uses. */
export const SKIPPED_BECAUSE = 'no changed file matches its `paths`';

export function satisfiedCount(phase: PhaseReport): number {
  return phase.tasks.filter((task) => task.satisfied).length;
}

/** How a task's standing is shown: an icon and its status word. */
export type TaskStanding = 'waived' | 'satisfied' | 'contradicted' | TaskStatus;

export function taskStanding(task: TaskReport): TaskStanding {
  if (task.satisfied && task.waiver && !task.waiver.expired) return 'waived';
  if (task.satisfied) return 'satisfied';
  // Declared done but not satisfied: drift, or a link that could not be read.
  if (task.status === 'done') return 'contradicted';
  return task.status;
}

export const TASK_ICON: Record<TaskStanding, string> = {
  waived: '🛡️',
  satisfied: '✅',
  contradicted: '⚠️',
  done: '✅',
  'in-progress': '🚧',
  blocked: '⛔',
  todo: '⬜',
};

/** A task as "🛡️ waived (todo)", "✅ done", "⚠️ done" or "⬜ todo". */
export function taskStatusWords(task: TaskReport): string {
  const standing = taskStanding(task);
  return standing === 'waived' ? `${TASK_ICON.waived} waived (${task.status})` : `${TASK_ICON[standing]} ${task.status}`;
}

export const LINK_LOOK: Record<LinkState, { icon: string; words: string }> = {
  open: { icon: '🟡', words: 'open' },
  merged: { icon: '🟣', words: 'merged' },
  completed: { icon: '🟢', words: 'completed' },
  not_planned: { icon: '⚪', words: 'not planned' },
  duplicate: { icon: '⚪', words: 'duplicate' },
  closed_unmerged: { icon: '🔴', words: 'closed unmerged' },
  unknown: { icon: '❓', words: 'unknown' },
  unverified: { icon: '·', words: 'unverified' },
};

/** A link's state in a word or two: "open", "merged", "merged with this PR". */
export function linkWords(link: LinkReport): string {
  if (!completedByThisPullRequest(link)) return LINK_LOOK[link.state].words;
  return link.completedByThisPullRequest === 'merging' ? 'this PR' : 'closed by this PR';
}

/** "P2.1", or "P2.1 by closing acme/api#12" when the pull request completes it through a closing keyword. */
function completionByThisPullRequest(task: TaskReport): string {
  const closed = task.links
    .filter((link) => completedByThisPullRequest(link) && link.completedByThisPullRequest === 'closing')
    .map((link) => link.name);
  return closed.length > 0 ? `${task.id} by closing ${closed.join(', ')}` : task.id;
}

/** "this PR completes P2.1, P2.3": the items merging the pull request under evaluation completes. */
export function completedByThisPullRequestWords(report: Report): string | undefined {
  const ids = report.phases.flatMap((phase) =>
    phase.tasks.filter((task) => task.satisfied && task.links.some(completedByThisPullRequest)).map(completionByThisPullRequest),
  );
  if (ids.length === 0) return undefined;
  const shown = ids.slice(0, 10);
  return `this PR completes ${shown.join(', ')}${ids.length > shown.length ? ` and ${ids.length - shown.length} more` : ''}`;
}

/** "3 of 5 sub-issues closed", for a link to an issue with sub-issues. */
export function subIssueProgress(link: LinkReport): string | undefined {
  const sub = link.subIssues;
  return sub && sub.total > 0 ? `${sub.closed} of ${sub.total} sub-issues closed` : undefined;
}

/** Why a selected phase without tasks or acceptance items is incomplete. */
export const PHASE_HAS_NO_ITEMS = 'has no items yet';

/** Progress as a tracking document states it, in words `import` reads back. */
export type PhaseProgress = 'done' | 'in-progress' | 'not-started';

export function phaseProgress(phase: PhaseReport): PhaseProgress {
  if (phase.complete) return 'done';
  if (phase.tasks.some((task) => task.satisfied || task.status !== 'todo')) return 'in-progress';
  return 'not-started';
}

export const PROGRESS_WORDS: Record<PhaseProgress, string> = {
  done: '✅ DONE',
  'in-progress': '🟡 IN PROGRESS',
  'not-started': '🔴 NOT STARTED',
};

export const DOCUMENT_STATUS_WORDS: Record<TaskStatus, string> = {
  done: '✅ DONE',
  'in-progress': '🟡 IN PROGRESS',
  blocked: '⛔ BLOCKED',
  todo: '🔴 TODO',
};
