import { DOCUMENT_STATUS_WORDS, LINK_LOOK, phaseProgress, PROGRESS_WORDS } from './present.js';
import type { Report, TaskReport } from './report.js';

/**
 * The tracking document `readiness-gate render` writes: a phase overview table and a task
 * table per phase, in the shape `readiness-gate import` reads back.
 */
export function renderTrackingDocument(report: Report, options: { source: string; date: string }): string {
  const lines = [
    `# ${cell(report.title)}`,
    '',
    `_Rendered from \`${options.source}\` on ${options.date} by readiness-gate; edit the manifest, not this file. ` +
      (report.verified ? 'Link states are live from GitHub._' : 'Statuses are as declared; links were not verified._'),
    '',
    '## Phase overview',
    '',
    '| Phase | Name | Blocking | Status | Completion |',
    '|-------|------|----------|--------|------------|',
    ...report.phases.map(
      (phase) =>
        `| ${phase.id} | ${cell(phase.name)} | ${phase.blocking ? 'YES' : 'NO'} | ${PROGRESS_WORDS[phaseProgress(phase)]} | ${phase.completion}% |`,
    ),
    '',
  ];
  for (const phase of report.phases) {
    lines.push(`## ${phase.id} — ${cell(phase.name)}`, '');
    const facts = [
      phase.owner ? `Owner: ${cell(phase.owner)}` : '',
      phase.due ? `Due: ${phase.due}${phase.overdue ? ' (overdue)' : ''}` : '',
      phase.unmetRequires.length ? `Waiting for: ${phase.unmetRequires.join(', ')}` : '',
    ].filter(Boolean);
    if (facts.length) lines.push(facts.join(' · '), '');
    if (phase.tasks.length === 0) {
      lines.push('_No tasks._', '');
      continue;
    }
    lines.push('| ID | Task | Owner | Status | Links |', '|----|------|-------|--------|-------|');
    for (const task of phase.tasks) lines.push(taskRow(task, report.verified));
    lines.push('');
  }
  return lines.join('\n');
}

function taskRow(task: TaskReport, verified: boolean): string {
  const title = `${task.kind === 'acceptance' ? 'Acceptance: ' : ''}${cell(task.title)}`;
  let status = DOCUMENT_STATUS_WORDS[task.status];
  if (task.drift) status += ' ⚠️ drift';
  if (task.waiver && !task.waiver.expired) status += ' (waived)';
  const links = task.links.map((link) => (verified ? `${link.ref} (${LINK_LOOK[link.state].words})` : link.ref)).join(', ');
  return `| ${task.id} | ${title} | ${cell(task.owner ?? '')} | ${status} | ${links} |`;
}

/** Keeps text inside its table cell. */
function cell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}
