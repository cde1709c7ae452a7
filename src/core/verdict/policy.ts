/**
 * The verdict's rules that every reader of a report applies the same way: which phases
 * the gate judges, which items need a maintainer's attention, and which links count only
 * because of the pull request under evaluation. Views and outputs ask these questions
 * here rather than answer them again.
 */
import type { LinkReport, PhaseReport, TaskReport } from './report.js';

/** An item a maintainer should look at: unsatisfied, contradicted, overdue, or with a hint. */
export function needsAttention(task: TaskReport): boolean {
  return !task.satisfied || task.drift || task.hint !== undefined || task.overdue || Boolean(task.waiver?.expired);
}

/** Whether the gate judges this phase: selected, and not skipped for its `paths`. */
export function isGated(phase: PhaseReport): boolean {
  return phase.selected && !phase.skipped;
}

/**
 * Whether this link counts as satisfied only because of the pull request under evaluation:
 * it is that pull request, or an issue the pull request closes when it merges.
 */
export function completedByThisPullRequest(link: LinkReport): boolean {
  return link.satisfied && link.completedByThisPullRequest !== undefined;
}
