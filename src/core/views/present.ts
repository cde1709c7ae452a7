/**
 * The one vocabulary every view speaks (PR comment, job summary, terminal, tracking
 * document, commit status): each state has one symbol and one word, the same everywhere,
 * and a sentence saying what it means. Views choose the layout; the words are chosen here,
 * once. Which phases the gate judges and which items need attention are the verdict's
 * rules (`verdict/policy.ts`), asked of the report, never decided here.
 */
import type { LinkReport, PhaseReport, Report, TaskReport } from '../verdict/report.js';
import type { LinkState } from '../links/links.js';
import { completedByThisPullRequest, isGated } from '../verdict/policy.js';
import { freezeWords } from './freeze-words.js';

export interface Look {
  /** The same in Markdown and in the terminal. */
  symbol: string;
  word: string;
  /** What the state means, for a legend or a tooltip. */
  sentence: string;
}

/** "❌ not ready": a look as the views show it. */
export function shown(look: Look): string {
  return `${look.symbol} ${look.word}`;
}

/** The verdict on a gate. */
export type Verdict = 'ready' | 'not-ready' | 'frozen' | 'unevaluated';

export const VERDICT_LOOK: Record<Verdict, Look> = {
  ready: { symbol: '✅', word: 'ready', sentence: 'every phase the gate selects is complete' },
  'not-ready': { symbol: '❌', word: 'not ready', sentence: 'a phase the gate selects is incomplete' },
  frozen: { symbol: '❄️', word: 'frozen', sentence: 'a freeze window is open for the gate, whatever its phases say' },
  unevaluated: { symbol: '⚠️', word: 'could not evaluate', sentence: 'the gate could not be checked; no earlier verdict stands' },
};

export function verdictOf(report: Report): Verdict {
  if (report.frozen) return 'frozen';
  return report.ready ? 'ready' : 'not-ready';
}

/**
 * The verdict's word, and for a frozen gate the window that holds it: "frozen — Year-end
 * freeze until Mon 4 Jan 09:00 CET (in 5 days)". Plain text: each view escapes it.
 * `relative: false` for a commit status, which must not change with the clock alone.
 */
export function verdictWords(report: Report, options: { relative: boolean } = { relative: true }): string {
  return freezeWords(report, options).headline ?? VERDICT_LOOK[verdictOf(report)].word;
}

/** Where a phase stands for the gate being evaluated, in order of precedence. */
export type PhaseState = 'not-in-gate' | 'skipped' | 'complete' | 'incomplete';

export function phaseState(phase: PhaseReport): PhaseState {
  if (!phase.selected) return 'not-in-gate';
  if (phase.skipped) return 'skipped';
  return phase.complete ? 'complete' : 'incomplete';
}

export const PHASE_LOOK: Record<PhaseState, Look> = {
  'not-in-gate': { symbol: '➖', word: 'not in gate', sentence: 'the gate does not select this phase' },
  skipped: { symbol: '⏭️', word: 'skipped', sentence: 'no changed file matches its `paths`' },
  complete: { symbol: '✅', word: 'complete', sentence: 'every item is satisfied and every phase it requires is complete' },
  incomplete: { symbol: '❌', word: 'incomplete', sentence: 'an item is not satisfied, or a phase it requires is incomplete' },
};

/** Why a phase is skipped, in the words every view uses. */
export const SKIPPED_BECAUSE = PHASE_LOOK.skipped.sentence;

/** Why a selected phase without tasks or acceptance items is incomplete. */
export const PHASE_HAS_NO_ITEMS = 'has no items yet';

export function satisfiedCount(phase: PhaseReport): number {
  return phase.tasks.filter((task) => task.satisfied).length;
}

/** Where a task or acceptance item stands: satisfied (done or waived), or why not. */
export type ItemState = 'done' | 'waived' | 'drift' | 'unknown' | 'in-progress' | 'blocked' | 'todo';

export function itemState(task: TaskReport): ItemState {
  if (task.satisfied) return task.waiver && !task.waiver.expired ? 'waived' : 'done';
  if (task.status !== 'done') return task.status;
  // Declared done but not satisfied: a link contradicts it, or a link could not be read.
  return task.drift ? 'drift' : 'unknown';
}

export const ITEM_LOOK: Record<ItemState, Look> = {
  done: { symbol: '✅', word: 'done', sentence: 'done, and every link says so' },
  waived: { symbol: '🛡️', word: 'waived', sentence: 'counts as satisfied while its waiver lasts' },
  drift: { symbol: '⚠️', word: 'drift', sentence: 'marked done, but a link says otherwise' },
  unknown: { symbol: '❓', word: 'unknown', sentence: 'marked done, but a link could not be read' },
  'in-progress': { symbol: '🚧', word: 'in progress', sentence: 'started, not finished' },
  blocked: { symbol: '⛔', word: 'blocked', sentence: 'cannot go on until something else happens' },
  todo: { symbol: '⬜', word: 'todo', sentence: 'not started' },
};

export const LINK_LOOK: Record<LinkState, Look> = {
  open: { symbol: '🟡', word: 'open', sentence: 'is open' },
  merged: { symbol: '🟣', word: 'merged', sentence: 'is merged' },
  completed: { symbol: '🟢', word: 'completed', sentence: 'is completed' },
  not_planned: { symbol: '⚪', word: 'not planned', sentence: 'was closed as not planned' },
  duplicate: { symbol: '⚪', word: 'duplicate', sentence: 'was closed as a duplicate' },
  closed_unmerged: { symbol: '🔴', word: 'closed unmerged', sentence: 'was closed without merging' },
  unknown: { symbol: '❓', word: 'unknown', sentence: 'could not be read' },
  unverified: { symbol: '◌', word: 'unverified', sentence: 'is not verified (offline)' },
};

/** Marks beside a state: how late, what this pull request does, what contradicts the plan. */
export type Flag = 'overdue' | 'drift' | 'expired-waiver' | 'this-pull-request' | 'hint' | 'dropped';

export const FLAG_LOOK: Record<Flag, Look> = {
  overdue: { symbol: '⏰', word: 'overdue', sentence: 'its due date has passed' },
  drift: { symbol: ITEM_LOOK.drift.symbol, word: ITEM_LOOK.drift.word, sentence: ITEM_LOOK.drift.sentence },
  'expired-waiver': { symbol: '⌛', word: 'expired waiver', sentence: 'its waiver has expired, so it counts again' },
  'this-pull-request': { symbol: '✨', word: 'this PR completes', sentence: 'merging this pull request satisfies it' },
  hint: { symbol: '💡', word: 'hint', sentence: 'the plan could say more than it does' },
  dropped: {
    symbol: LINK_LOOK.not_planned.symbol,
    word: 'dropped',
    sentence: 'left its milestone’s scope (not planned, duplicate or closed unmerged)',
  },
};

/** A link's state in a word or two: "open", "merged", "this PR", "closed by this PR". */
export function linkWords(link: LinkReport): string {
  if (!completedByThisPullRequest(link)) return LINK_LOOK[link.state].word;
  return link.completedByThisPullRequest === 'merging' ? 'this PR' : 'closed by this PR';
}

/** `#12` for a link into the report's own repository, else `owner/repo#12`. */
export function shortName(link: LinkReport, report: Pick<Report, 'repository'>): string {
  const own = report.repository && `${report.repository.owner}/${report.repository.repo}#`.toLowerCase();
  return own && link.key.startsWith(own) ? `#${link.key.slice(own.length)}` : link.name;
}

/** "P2.1", or "P2.1 by closing acme/api#12" when the pull request completes it through a closing keyword. */
function completionByThisPullRequest(task: TaskReport, report: Report): string {
  const closed = task.links
    .filter((link) => completedByThisPullRequest(link) && link.completedByThisPullRequest === 'closing')
    .map((link) => shortName(link, report));
  return closed.length > 0 ? `${task.id} by closing ${closed.join(', ')}` : task.id;
}

/** "this PR completes P2.1, P2.3": the items merging the pull request under evaluation completes. */
export function completedByThisPullRequestWords(report: Report): string | undefined {
  const ids = report.phases.flatMap((phase) =>
    phase.tasks
      .filter((task) => task.satisfied && task.links.some(completedByThisPullRequest))
      .map((task) => completionByThisPullRequest(task, report)),
  );
  if (ids.length === 0) return undefined;
  const shownIds = ids.slice(0, 10);
  return `${FLAG_LOOK['this-pull-request'].word} ${shownIds.join(', ')}${ids.length > shownIds.length ? ` and ${ids.length - shownIds.length} more` : ''}`;
}

/** "3 of 5 sub-issues closed", for a link to an issue with sub-issues. */
export function subIssueProgress(link: LinkReport): string | undefined {
  const sub = link.subIssues;
  return sub && sub.total > 0 ? `${sub.closed} of ${sub.total} sub-issues closed` : undefined;
}

/** "1 of 3 phases incomplete": the headline's count of what blocks the gate. */
export function incompleteClause(report: Report): string {
  const gated = report.phases.filter(isGated).length;
  if (gated === 0) return 'every phase skipped';
  if (gated === 1) return `1 phase ${report.incompletePhases.length === 0 ? 'complete' : 'incomplete'}`;
  if (report.incompletePhases.length === 0) return `all ${gated} phases complete`;
  return `${report.incompletePhases.length} of ${gated} phases incomplete`;
}

/** The counts beside the completion figure, each with its symbol; only those that are not zero. */
export function flagCounts(report: Report): string[] {
  const counts: string[] = [];
  if (report.counts.overdue > 0) counts.push(`${FLAG_LOOK.overdue.symbol} ${report.counts.overdue} ${FLAG_LOOK.overdue.word}`);
  if (report.counts.drift > 0) counts.push(`${FLAG_LOOK.drift.symbol} ${report.counts.drift} ${FLAG_LOOK.drift.word}`);
  if (report.counts.expiredWaivers > 0) {
    const n = report.counts.expiredWaivers;
    counts.push(`${FLAG_LOOK['expired-waiver'].symbol} ${n} ${FLAG_LOOK['expired-waiver'].word}${n === 1 ? '' : 's'}`);
  }
  if (report.counts.dropped > 0) counts.push(`${FLAG_LOOK.dropped.symbol} ${report.counts.dropped} ${FLAG_LOOK.dropped.word}`);
  return counts;
}

/** A ten-cell bar of the completion figure: "███████░░░". */
export function progressBar(percent: number, cells = 10): string {
  const full = Math.max(0, Math.min(cells, Math.floor((percent * cells) / 100)));
  return '█'.repeat(full) + '░'.repeat(cells - full);
}

/** "62% complete (5/8 items)": the completion figure as every view states it. */
export function completionWords(report: Report): string {
  return `${report.completion}% complete (${report.counts.satisfied}/${report.counts.items} items)`;
}
