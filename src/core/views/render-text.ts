import { terminalLine } from './markdown.js';
import { blockerKindWords, blockersOf, type Blocker } from './blockers.js';
import {
  completedByThisPullRequestWords,
  completionWords,
  FLAG_LOOK,
  flagCounts,
  incompleteClause,
  ITEM_LOOK,
  itemState,
  LINK_LOOK,
  PHASE_HAS_NO_ITEMS,
  PHASE_LOOK,
  phaseState,
  progressBar,
  satisfiedCount,
  shortName,
  shown,
  SKIPPED_BECAUSE,
  VERDICT_LOOK,
  verdictOf,
  verdictWords,
} from './present.js';
import { isGated, needsAttention } from '../verdict/policy.js';
import type { PhaseReport, Report, TaskReport } from '../verdict/report.js';
import { count } from '../shared/words.js';
import { milestoneText } from './milestone.js';
import { freezeWords } from './freeze-words.js';

export interface TextOptions {
  /** Every item of every phase, not only what blocks the gate. */
  verbose?: boolean;
  /** ANSI colours, for a terminal that shows them. */
  colour?: boolean;
}

type Paint = (text: string) => string;
interface Palette {
  good: Paint;
  bad: Paint;
  warn: Paint;
  dim: Paint;
  strong: Paint;
}

const ansi =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;
const COLOURS: Palette = { good: ansi(32, 39), bad: ansi(31, 39), warn: ansi(33, 39), dim: ansi(2, 22), strong: ansi(1, 22) };
const plain: Paint = (text) => text;
const NO_COLOURS: Palette = { good: plain, bad: plain, warn: plain, dim: plain, strong: plain };

/**
 * Why the CLI's completion figure can differ from the action's: offline, declared statuses
 * count and no link is read; online, no pull request is under evaluation.
 */
export const OFFLINE_FIGURE =
  'offline: declared statuses count and links are not read, so the action, which reads them on GitHub, can give another figure';
export const ONLINE_FIGURE = 'no pull request here: the action on a pull request also counts what merging it completes';

/**
 * The terminal report of `readiness-gate check`: the headline, the figures, what blocks the
 * gate with owner, due date and what to do, then the phases one line each. Text from the
 * manifest or from issues is stripped of escape sequences and control characters, so it
 * cannot move the cursor or retitle the terminal.
 */
export function renderTextReport(report: Report, options: TextOptions = {}): string {
  const paint = options.colour ? COLOURS : NO_COLOURS;
  const look = VERDICT_LOOK[verdictOf(report)];
  const words = `${look.symbol} ${terminalLine(verdictWords(report))}`;
  const verdict = report.ready ? paint.good(words) : paint.bad(words);
  const lines = [
    `${verdict} ${paint.strong(`${terminalLine(report.title)} — gate '${terminalLine(report.gate)}'`)} — ${incompleteClause(report)}`,
    figuresLine(report),
  ];
  for (const caveat of report.caveats) lines.push(paint.warn(`Note: ${terminalLine(caveat)}`));
  for (const note of freezeWords(report).notes) lines.push(paint.warn(`Freeze: ${terminalLine(note)}`));
  const blockers = blockersOf(report);
  if (blockers.length > 0) lines.push('', paint.strong('Blocking:'));
  // One line at a time: a plan of many thousand blockers is more than a call's arguments may hold.
  for (const blocker of blockers) for (const line of blockerLines(blocker, report, paint)) lines.push(line);
  lines.push('', paint.strong('Phases:'));
  let unlisted = 0;
  for (const phase of report.phases) {
    const attention = phase.tasks.filter(needsAttention);
    if (!isGated(phase) && !options.verbose) unlisted += attention.length;
    lines.push(phaseLine(phase, paint, isGated(phase) || options.verbose ? undefined : attention));
    const tasks = options.verbose ? phase.tasks : isGated(phase) ? attention.filter((task) => task.satisfied) : [];
    for (const task of tasks) lines.push(`      ${taskLine(task, paint)}`);
  }
  if (report.incompletePhases.length > 0) lines.push('', `Incomplete phases: ${report.incompletePhases.join(', ')}`);
  if (report.skippedPhases.length > 0) lines.push(`Skipped (${SKIPPED_BECAUSE}): ${report.skippedPhases.join(', ')}`);
  if (unlisted > 0) lines.push(paint.dim(`${count(unlisted, 'item')} of phases outside the gate not listed; --verbose lists every item.`));
  return lines.join('\n') + '\n';
}

function figuresLine(report: Report): string {
  const parts = [`${completionWords(report)} ${progressBar(report.completion)}`];
  const completes = completedByThisPullRequestWords(report);
  if (completes) parts.push(`${FLAG_LOOK['this-pull-request'].symbol} ${completes}`);
  parts.push(...flagCounts(report));
  const why = report.verified ? ONLINE_FIGURE : OFFLINE_FIGURE;
  return `${parts.join(' · ')}\n(${why})`;
}

function blockerLines(blocker: Blocker, report: Report, paint: Palette): string[] {
  const facts: string[] = [];
  if (blocker.owner) facts.push(`owner ${terminalLine(blocker.owner.text)}${blocker.owner.fromPhase ? ' (phase)' : ''}`);
  if (blocker.due) {
    const relative = blocker.due.relative ? `, ${blocker.due.overdue ? `${FLAG_LOOK.overdue.symbol} ` : ''}${blocker.due.relative}` : '';
    facts.push(`due ${blocker.due.text}${relative}${blocker.due.fromPhase ? ' (phase)' : ''}`);
  }
  for (const link of blocker.links.slice(0, 5)) {
    facts.push(
      `${LINK_LOOK[link.state].symbol} ${terminalLine(shortName(link, report))}${link.title ? ` ${terminalLine(link.title.slice(0, 40))}` : ''}`,
    );
  }
  const kind = blockerKindWords(blocker);
  return [
    `  ${paint.bad(shown(blocker.look))} · ${kind ? `${terminalLine(kind)}: ` : ''}${blocker.id} ${terminalLine(blocker.title)}`,
    ...(facts.length > 0 ? [`      ${facts.join(' · ')}`] : []),
    `      → ${terminalLine(blocker.advice)}`,
  ];
}

/** One phase; `outside` holds the items needing attention of a phase outside the gate, counted, not listed. */
function phaseLine(phase: PhaseReport, paint: Palette, outside?: readonly TaskReport[]): string {
  const state = phaseState(phase);
  const notes: string[] = [];
  if (phase.blocking) notes.push('blocking');
  if (phase.empty) notes.push(PHASE_HAS_NO_ITEMS);
  if (state === 'skipped') notes.push(SKIPPED_BECAUSE);
  if (phase.unmetRequires.length > 0) notes.push(`waits for ${phase.unmetRequires.join(', ')}`);
  if (phase.owner) notes.push(`owner ${terminalLine(phase.owner)}`);
  if (phase.due) notes.push(`due ${phase.due}${phase.overdue ? ` ${FLAG_LOOK.overdue.symbol} ${FLAG_LOOK.overdue.word}` : ''}`);
  if (phase.milestone) notes.push(milestoneText(phase.milestone));
  if (outside && outside.length > 0) notes.push(`${count(outside.length, 'item')} to look at`);
  const look = shown(PHASE_LOOK[state]);
  const painted = state === 'complete' ? paint.good(look) : state === 'incomplete' ? paint.bad(look) : paint.dim(look);
  const line = `${phase.id} ${terminalLine(phase.name)}  ${satisfiedCount(phase)}/${phase.tasks.length}${notes.length ? `  [${notes.join('; ')}]` : ''}`;
  return `  ${painted} ${state === 'not-in-gate' || state === 'skipped' ? paint.dim(line) : line}`;
}

function taskLine(task: TaskReport, paint: Palette): string {
  const look = shown(ITEM_LOOK[itemState(task)]);
  const flags = [task.overdue ? `${FLAG_LOOK.overdue.word} since ${task.due}` : '', task.waiver?.expired ? FLAG_LOOK['expired-waiver'].word : '']
    .filter(Boolean)
    .join(', ');
  const kind = task.kind === 'acceptance' ? 'acceptance ' : '';
  return (
    `${task.satisfied ? paint.good(look) : paint.bad(look)} · ${kind}${task.id} ${terminalLine(task.title)} — ${terminalLine(task.reason)}` +
    (flags ? ` ${paint.warn(`[${flags}]`)}` : '') +
    (task.hint ? `\n        ${FLAG_LOOK.hint.symbol} ${terminalLine(task.hint)}` : '') +
    (task.notes ? `\n        notes: ${terminalLine(task.notes)}` : '')
  );
}
