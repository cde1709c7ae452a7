/**
 * The verdict's rules that every reader of a report applies the same way: which phases
 * the gate judges, and which items need a maintainer's attention. Views and outputs ask
 * these questions here rather than answer them again.
 */
import type { TaskReport } from './report.js';

/** An item a maintainer should look at: unsatisfied, contradicted, overdue, or with a hint. */
export function needsAttention(task: TaskReport): boolean {
  return !task.satisfied || task.drift || task.hint !== undefined || task.overdue || Boolean(task.waiver?.expired);
}
