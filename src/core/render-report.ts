import { codeSpan, escapeMarkdown, truncate } from './markdown.js';
import { isGated, LINK_LOOK, needsAttention, PHASE_LOOK, phaseState, satisfiedCount, SKIPPED_BECAUSE, taskStatusWords } from './present.js';
import type { LinkReport, PhaseReport, Report, TaskReport } from './report.js';

/** GitHub rejects comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;
/** GitHub rejects a step summary larger than 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface MarkdownOptions {
  /** `problems`: only items that need attention (for the PR comment); `all`: every item. */
  detail: 'problems' | 'all';
  /** Appended under the report, e.g. a link to the run. */
  footer?: string;
}

const TITLE_MAX = 200;
const REASON_MAX = 300;
const LINKS_SHOWN = 10;
/** Row caps tried in turn until the document fits; the longest lists shrink first. */
const ROW_CAPS = [Infinity, 500, 200, 100, 50, 20, 10, 5, 0];

export function renderMarkdownReport(
  report: Report,
  options: MarkdownOptions,
  limit: { max: number; measure: (text: string) => number },
): string {
  for (const cap of ROW_CAPS) {
    const text = renderWithCap(report, options, cap, cap);
    if (limit.measure(text) <= limit.max) return text;
  }
  // Even the phase table alone is too large: keep what fits and say so.
  const text = renderWithCap(report, options, 0, 50);
  return limit.measure(text) <= limit.max ? text : hardTruncate(text, limit);
}

export const measureCharacters = (text: string): number => text.length;
export const measureBytes = (text: string): number => new TextEncoder().encode(text).length;

function hardTruncate(text: string, limit: { max: number; measure: (text: string) => number }): string {
  const note = '\n\n_The report was cut to fit GitHub’s size limit; see the job summary or the `report` output._\n';
  let keep = text.length;
  while (keep > 0 && limit.measure(text.slice(0, keep) + note) > limit.max) keep = Math.floor(keep * 0.9);
  return text.slice(0, text.lastIndexOf('\n', keep) + 1) + note;
}

function renderWithCap(report: Report, options: MarkdownOptions, taskCap: number, phaseCap: number): string {
  const lines: string[] = [];
  const icon = report.ready ? '✅' : '❌';
  const verdict = report.ready ? 'ready' : 'not ready';
  lines.push(`### ${icon} ${escapeMarkdown(report.title)}: ${codeSpan(report.gate)} gate is ${verdict}`, '');
  lines.push(headline(report), '');

  const phases = report.phases;
  lines.push('| Phase | Name | Blocking | Status | Items |', '|---|---|---|---|---|');
  const shownPhases = phases.slice(0, phaseCap === Infinity ? phases.length : Math.max(phaseCap, 0));
  for (const phase of shownPhases) {
    lines.push(
      `| ${codeSpan(phase.id)} | ${escapeMarkdown(truncate(phase.name, TITLE_MAX))} | ${phase.blocking ? 'yes' : 'no'} | ${phaseStatus(phase)} | ${satisfiedCount(phase)}/${phase.tasks.length} (${phase.completion}%) |`,
    );
  }
  if (shownPhases.length < phases.length) {
    lines.push('', `_${phases.length - shownPhases.length} more phases not shown._`);
  }
  lines.push('');

  let hiddenTasks = 0;
  for (const phase of phases) {
    const tasks = options.detail === 'all' ? phase.tasks : phase.tasks.filter(needsAttention);
    if (tasks.length === 0) continue;
    if (options.detail === 'problems' && !isGated(phase) && !tasks.some((t) => t.drift)) continue;
    const shown = tasks.slice(0, taskCap === Infinity ? tasks.length : taskCap);
    hiddenTasks += tasks.length - shown.length;
    if (shown.length === 0) continue;
    lines.push(`#### ${PHASE_LOOK[phaseState(phase)].icon} ${codeSpan(phase.id)} ${escapeMarkdown(truncate(phase.name, TITLE_MAX))}`, '');
    lines.push('| Task | Title | Owner | Status | Links | Notes |', '|---|---|---|---|---|---|');
    for (const task of shown) lines.push(taskRow(task));
    if (shown.length < tasks.length) {
      lines.push('', `_${tasks.length - shown.length} more of ${tasks.length} items in ${escapeMarkdown(phase.id)} not shown._`);
    }
    lines.push('');
  }
  if (hiddenTasks > 0) {
    lines.push(`_To stay within GitHub’s size limit, ${hiddenTasks} items were left out; the \`report\` output has them all._`, '');
  }
  if (options.footer) lines.push(options.footer, '');
  return lines.join('\n');
}

function headline(report: Report): string {
  const parts = [`**${report.completion}%** of the gate’s items are satisfied (${report.counts.satisfied}/${report.counts.items})`];
  if (report.incompletePhases.length > 0) {
    parts.push(`incomplete: ${report.incompletePhases.map(codeSpan).join(', ')}`);
  }
  if (report.skippedPhases.length > 0) {
    parts.push(`skipped (${SKIPPED_BECAUSE}): ${report.skippedPhases.map(codeSpan).join(', ')}`);
  }
  if (report.counts.drift > 0) parts.push(`⚠️ ${report.counts.drift} marked done but contradicted by their links`);
  if (report.counts.overdue > 0) parts.push(`⏰ ${report.counts.overdue} overdue`);
  if (report.counts.expiredWaivers > 0) parts.push(`${report.counts.expiredWaivers} expired waivers`);
  if (!report.verified) parts.push('links not verified (offline)');
  return parts.join(' · ');
}

function phaseStatus(phase: PhaseReport): string {
  const state = phaseState(phase);
  const look = PHASE_LOOK[state];
  if (state === 'not-in-gate' || state === 'skipped') return `${look.icon} ${look.words}${phase.complete ? ' (complete)' : ''}`;
  const parts = [`${look.icon} ${look.words}`];
  if (phase.unmetRequires.length > 0) parts.push(`needs ${phase.unmetRequires.map(codeSpan).join(', ')}`);
  if (phase.overdue) parts.push(`⏰ due ${escapeMarkdown(phase.due ?? '')}`);
  return parts.join(', ');
}

function taskRow(task: TaskReport): string {
  const status = taskStatusWords(task);
  const notes: string[] = [];
  if (task.drift) notes.push('⚠️ **drift**');
  if (task.overdue) notes.push(`⏰ overdue (due ${escapeMarkdown(task.due ?? '')})`);
  notes.push(escapeMarkdown(truncate(task.reason, REASON_MAX)));
  if (task.hint) notes.push(`💡 ${escapeMarkdown(task.hint)}`);
  const links = task.links.slice(0, LINKS_SHOWN).map(linkCell);
  if (task.links.length > LINKS_SHOWN) links.push(`+${task.links.length - LINKS_SHOWN} more`);
  const title = `${task.kind === 'acceptance' ? '_acceptance:_ ' : ''}${escapeMarkdown(truncate(task.title, TITLE_MAX))}`;
  return `| ${codeSpan(task.id)} | ${title} | ${escapeMarkdown(task.owner ?? '')} | ${status} | ${links.join(' ')} | ${notes.join(' — ')} |`;
}

function linkCell(link: LinkReport): string {
  // References are code spans so that the report does not cross-link every issue it names.
  const look = LINK_LOOK[link.state];
  return `${look.icon} ${codeSpan(link.name)} ${look.words}`;
}
