import * as core from '@actions/core';
import type { Manifest } from '../core/manifest.js';
import { describeLink } from '../core/present.js';
import {
  COMMENT_LIMIT,
  measureBytes,
  measureCharacters,
  renderMarkdownReport,
  SUMMARY_LIMIT_BYTES,
} from '../core/render-report.js';
import type { Report, TaskReport } from '../core/report.js';

/** GitHub keeps at most 1 MB per step output. */
const OUTPUT_LIMIT = 1_000_000;
/** Room kept for the marker and for notes appended to the summary. */
const MARGIN = 4_096;

export function setOutputs(report: Report): void {
  core.setOutput('ready', String(report.ready));
  core.setOutput('incomplete-phases', report.incompletePhases.join(','));
  core.setOutput('completion', String(report.completion));
  core.setOutput('report', reportJson(report));
}

/** The report as compact JSON; a very large plan keeps only the items that need attention. */
export function reportJson(report: Report): string {
  const full = JSON.stringify(report);
  if (full.length <= OUTPUT_LIMIT) return full;
  const attention = JSON.stringify({
    ...report,
    truncated: 'satisfied items were left out to fit the 1 MB output limit',
    phases: report.phases.map((phase) => ({ ...phase, tasks: phase.tasks.filter((task) => !task.satisfied || task.drift) })),
  });
  if (attention.length <= OUTPUT_LIMIT) return attention;
  return JSON.stringify({
    ...report,
    truncated: 'items were left out to fit the 1 MB output limit',
    phases: report.phases.map((phase) => ({ ...phase, tasks: [] })),
  });
}

export function summaryMarkdown(report: Report, footer?: string): string {
  return renderMarkdownReport(
    report,
    { detail: 'all', ...(footer ? { footer } : {}) },
    { max: SUMMARY_LIMIT_BYTES - MARGIN, measure: measureBytes },
  );
}

export function commentMarkdown(report: Report, footer?: string): string {
  return renderMarkdownReport(
    report,
    { detail: 'problems', ...(footer ? { footer } : {}) },
    { max: COMMENT_LIMIT - MARGIN, measure: measureCharacters },
  );
}

/** Warnings and notices on the manifest's lines, where the problem is written down. */
export function annotate(report: Report, manifest: Manifest): void {
  const at = (task: TaskReport) => ({ file: manifest.file, ...(task.line ? { startLine: task.line } : {}) });
  for (const phase of report.phases) {
    for (const task of phase.tasks) {
      if (task.drift) {
        core.warning(`${task.id} is ${task.reason}`, { ...at(task), title: `Readiness drift: ${task.id}` });
      } else if (task.waiver?.expired) {
        core.warning(`${task.id}: the waiver expired on ${task.waiver.expires}`, { ...at(task), title: 'Expired waiver' });
      }
      for (const link of task.links.filter((l) => l.state === 'unknown')) {
        core.warning(`${task.id}: ${describeLink(link)}`, { ...at(task), title: 'Unreadable link' });
      }
      if (task.hint) core.notice(`${task.id}: ${task.hint}`, { ...at(task), title: 'Mark it done' });
      if (task.overdue && phase.selected) {
        core.notice(`${task.id} was due on ${task.due}`, { ...at(task), title: 'Overdue' });
      }
    }
  }
}
