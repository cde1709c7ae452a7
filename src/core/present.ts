/**
 * The one vocabulary every view speaks (PR comment, job summary, terminal, tracking
 * document, annotations): what state a phase is in, which items need attention, and the
 * words and symbols for phase, task and link states. Views choose the layout; the
 * decisions are made here, once.
 */
import type { LinkReport, PhaseReport, TaskReport } from './report.js';
import type { LinkState } from './links.js';
import type { TaskStatus } from './schema.js';

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

/** Whether the gate judges this phase: selected, and not skipped for its `paths`. */
export function isGated(phase: PhaseReport): boolean {
  return phase.selected && !phase.skipped;
}

/** An item a maintainer should look at: unsatisfied, contradicted, overdue, or with a hint. */
export function needsAttention(task: TaskReport): boolean {
  return !task.satisfied || task.drift || task.hint !== undefined || task.overdue || Boolean(task.waiver?.expired);
}

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

/** One link's state as a sentence: "acme/api#12 is still open". */
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
