import { needsAttention, PHASE_LOOK, phaseState, satisfiedCount, SKIPPED_BECAUSE } from './present.js';
import type { PhaseReport, Report, TaskReport } from './report.js';
import { count } from './words.js';

/** The terminal report of `readiness-gate check`. */
export function renderTextReport(report: Report): string {
  const lines: string[] = [];
  lines.push(`${report.title} — gate '${report.gate}': ${report.ready ? 'READY' : 'NOT READY'}`);
  lines.push(
    `${report.completion}% of the gate's items satisfied (${report.counts.satisfied}/${report.counts.items})` +
      (report.verified ? '' : '; links not verified (offline: declared statuses are used)'),
  );
  lines.push('');
  for (const phase of report.phases) {
    lines.push(phaseLine(phase));
    for (const task of phase.tasks.filter(needsAttention)) lines.push(`      ${taskLine(task)}`);
  }
  lines.push('');
  if (report.incompletePhases.length > 0) lines.push(`Incomplete phases: ${report.incompletePhases.join(', ')}`);
  if (report.skippedPhases.length > 0) lines.push(`Skipped (${SKIPPED_BECAUSE}): ${report.skippedPhases.join(', ')}`);
  if (report.counts.drift > 0) lines.push(`Drift: ${count(report.counts.drift, 'item')} marked done but contradicted by their links`);
  if (report.counts.overdue > 0) lines.push(`Overdue: ${count(report.counts.overdue, 'item')}`);
  if (report.counts.expiredWaivers > 0) lines.push(`Expired waivers: ${report.counts.expiredWaivers}`);
  return lines.join('\n') + '\n';
}

function phaseLine(phase: PhaseReport): string {
  const state = phaseState(phase);
  const notes: string[] = [];
  if (phase.blocking) notes.push('blocking');
  if (state === 'not-in-gate') notes.push(PHASE_LOOK[state].words);
  if (state === 'skipped') notes.push(`skipped: ${SKIPPED_BECAUSE}`);
  if (phase.unmetRequires.length > 0) notes.push(`needs ${phase.unmetRequires.join(', ')}`);
  if (phase.overdue) notes.push(`overdue since ${phase.due}`);
  const tally = `${satisfiedCount(phase)}/${phase.tasks.length}`;
  return `  ${PHASE_LOOK[state].mark} ${phase.id} ${phase.name}  ${tally}${notes.length ? `  [${notes.join('; ')}]` : ''}`;
}

function taskLine(task: TaskReport): string {
  const mark = task.satisfied ? PHASE_LOOK.complete.mark : PHASE_LOOK.incomplete.mark;
  const flags = [task.drift ? 'DRIFT' : '', task.overdue ? `overdue since ${task.due}` : ''].filter(Boolean).join(', ');
  const kind = task.kind === 'acceptance' ? 'acceptance ' : '';
  return (
    `${mark} ${kind}${task.id} ${task.title} — ${task.reason}` + (flags ? ` [${flags}]` : '') + (task.hint ? `\n        hint: ${task.hint}` : '')
  );
}
