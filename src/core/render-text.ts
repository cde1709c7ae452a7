import type { PhaseReport, Report, TaskReport } from './evaluate.js';
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
    for (const task of phase.tasks) {
      if (task.satisfied && !task.hint && !task.drift) continue;
      lines.push(`      ${taskLine(task)}`);
    }
  }
  lines.push('');
  if (report.incompletePhases.length > 0) lines.push(`Incomplete phases: ${report.incompletePhases.join(', ')}`);
  if (report.skippedPhases.length > 0) lines.push(`Skipped (paths not touched): ${report.skippedPhases.join(', ')}`);
  if (report.counts.drift > 0) lines.push(`Drift: ${count(report.counts.drift, 'item')} marked done but contradicted by their links`);
  if (report.counts.overdue > 0) lines.push(`Overdue: ${count(report.counts.overdue, 'item')}`);
  if (report.counts.expiredWaivers > 0) lines.push(`Expired waivers: ${report.counts.expiredWaivers}`);
  return lines.join('\n') + '\n';
}

function phaseLine(phase: PhaseReport): string {
  const mark = !phase.selected ? '-' : phase.skipped ? '~' : phase.complete ? '✓' : '✗';
  const done = phase.tasks.filter((task) => task.satisfied).length;
  const notes: string[] = [];
  if (phase.blocking) notes.push('blocking');
  if (!phase.selected) notes.push('not in gate');
  if (phase.skipped) notes.push('skipped: no changed file matches its paths');
  if (phase.unmetRequires.length > 0) notes.push(`needs ${phase.unmetRequires.join(', ')}`);
  if (phase.overdue) notes.push(`overdue since ${phase.due}`);
  return `  ${mark} ${phase.id} ${phase.name}  ${done}/${phase.tasks.length}${notes.length ? `  [${notes.join('; ')}]` : ''}`;
}

function taskLine(task: TaskReport): string {
  const mark = task.satisfied ? '✓' : '✗';
  const flags = [task.drift ? 'DRIFT' : '', task.overdue ? `overdue since ${task.due}` : '']
    .filter(Boolean)
    .join(', ');
  const kind = task.kind === 'acceptance' ? 'acceptance ' : '';
  return (
    `${mark} ${kind}${task.id} ${task.title} — ${task.reason}` +
    (flags ? ` [${flags}]` : '') +
    (task.hint ? `\n        hint: ${task.hint}` : '')
  );
}
