import { terminalLine } from './markdown.js';
import { completedByThisPullRequestWords, satisfiedCount } from './present.js';
import { isGated, needsAttention } from '../verdict/policy.js';
import { PHASE_HAS_NO_ITEMS, PHASE_LOOK, phaseState, SKIPPED_BECAUSE } from './present.js';
import type { PhaseReport, Report, TaskReport } from '../verdict/report.js';
import { count } from '../shared/words.js';
import { freezeWords } from './freeze-words.js';

export interface TextOptions {
  /** Every item of every phase, not only what the gate needs attention for. */
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
 * The terminal report of `readiness-gate check`: the gate's phases with the items that need
 * attention, other phases one line each. Text from the manifest or from issues is stripped of
 * escape sequences and control characters, so it cannot move the cursor or retitle the terminal.
 */
export function renderTextReport(report: Report, options: TextOptions = {}): string {
  const paint = options.colour ? COLOURS : NO_COLOURS;
  const lines: string[] = [];
  const freeze = freezeWords(report);
  const verdict = report.ready ? paint.good('READY') : paint.bad(freeze.headline ? `NOT READY, ${terminalLine(freeze.headline)}` : 'NOT READY');
  lines.push(paint.strong(`${terminalLine(report.title)} — gate '${terminalLine(report.gate)}': `) + verdict);
  for (const note of freeze.notes) lines.push(paint.warn(`Freeze: ${terminalLine(note)}`));
  lines.push(
    `${report.completion}% of the gate's items satisfied (${report.counts.satisfied}/${report.counts.items})` +
      (report.verified ? '' : '; links not verified (offline: declared statuses are used)'),
  );
  lines.push('');
  let unlisted = 0;
  for (const phase of report.phases) {
    const inGate = isGated(phase);
    const attention = phase.tasks.filter(needsAttention);
    const tasks = options.verbose ? phase.tasks : inGate ? attention : [];
    if (!inGate && !options.verbose) unlisted += attention.length;
    lines.push(phaseLine(phase, paint, inGate || options.verbose ? undefined : attention));
    for (const task of tasks) lines.push(`      ${taskLine(task, paint)}`);
  }
  lines.push('');
  if (report.incompletePhases.length > 0) lines.push(`Incomplete phases: ${report.incompletePhases.join(', ')}`);
  if (report.skippedPhases.length > 0) lines.push(`Skipped (${SKIPPED_BECAUSE}): ${report.skippedPhases.join(', ')}`);
  const completes = completedByThisPullRequestWords(report);
  if (completes) lines.push(`Pull request: ${completes}`);
  if (report.counts.drift > 0) lines.push(paint.warn(`Drift: ${count(report.counts.drift, 'item')} marked done but contradicted by their links`));
  if (report.counts.overdue > 0) lines.push(paint.warn(`Overdue: ${count(report.counts.overdue, 'item')}`));
  if (report.counts.expiredWaivers > 0) lines.push(paint.warn(`Expired waivers: ${report.counts.expiredWaivers}`));
  for (const caveat of report.caveats) lines.push(`Note: ${terminalLine(caveat)}`);
  if (unlisted > 0) lines.push(paint.dim(`${count(unlisted, 'item')} of phases outside the gate not listed; --verbose lists every item.`));
  return lines.join('\n') + '\n';
}

/** One phase; `outside` holds the items needing attention of a phase outside the gate, counted, not listed. */
function phaseLine(phase: PhaseReport, paint: Palette, outside?: readonly TaskReport[]): string {
  const state = phaseState(phase);
  const notes: string[] = [];
  if (phase.blocking) notes.push('blocking');
  if (phase.empty) notes.push(PHASE_HAS_NO_ITEMS);
  if (state === 'not-in-gate') notes.push(PHASE_LOOK[state].words);
  if (state === 'skipped') notes.push(`skipped: ${SKIPPED_BECAUSE}`);
  if (phase.unmetRequires.length > 0) notes.push(`needs ${phase.unmetRequires.join(', ')}`);
  if (phase.overdue) notes.push(`overdue since ${phase.due}`);
  if (outside && outside.length > 0) notes.push(`${count(outside.length, 'item')} to look at`);
  const tally = `${satisfiedCount(phase)}/${phase.tasks.length}`;
  const mark =
    state === 'complete'
      ? paint.good(PHASE_LOOK[state].mark)
      : state === 'incomplete'
        ? paint.bad(PHASE_LOOK[state].mark)
        : paint.dim(PHASE_LOOK[state].mark);
  const line = `${phase.id} ${terminalLine(phase.name)}  ${tally}${notes.length ? `  [${notes.join('; ')}]` : ''}`;
  return `  ${mark} ${state === 'not-in-gate' || state === 'skipped' ? paint.dim(line) : line}`;
}

function taskLine(task: TaskReport, paint: Palette): string {
  const mark = task.satisfied ? paint.good(PHASE_LOOK.complete.mark) : paint.bad(PHASE_LOOK.incomplete.mark);
  const flags = [task.drift ? 'DRIFT' : '', task.overdue ? `overdue since ${task.due}` : ''].filter(Boolean).join(', ');
  const kind = task.kind === 'acceptance' ? 'acceptance ' : '';
  return (
    `${mark} ${kind}${task.id} ${terminalLine(task.title)} — ${terminalLine(task.reason)}` +
    (flags ? ` ${paint.warn(`[${flags}]`)}` : '') +
    (task.hint ? `\n        hint: ${terminalLine(task.hint)}` : '') +
    (task.notes ? `\n        notes: ${terminalLine(task.notes)}` : '')
  );
}
