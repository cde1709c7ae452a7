import * as core from '@actions/core';
import { ConfigError, formatProblem, problemPlace, type ConfigProblem } from '../core/shared/errors.js';
import type { Manifest } from '../core/manifest/manifest.js';
import { codeSpan, escapeMarkdown } from '../core/views/markdown.js';
import { COMMENT_LIMIT, measureBytes, measureCharacters, renderMarkdownReport, SUMMARY_LIMIT_BYTES } from '../core/views/render-report.js';
import { needsAttention } from '../core/verdict/policy.js';
import { describeLink } from '../core/verdict/reasons.js';
import type { Report, TaskReport } from '../core/verdict/report.js';
import { answerSummary, oneLine } from '../github/errors.js';
import { thousands } from '../core/shared/words.js';
import { VERDICT_LOOK } from '../core/views/present.js';
import type { Change } from '../core/views/since.js';
import { footerOf, type Page } from './session.js';

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

/**
 * The report as compact JSON; a very large plan keeps only the items that need attention,
 * as the comment shows them.
 * `failure` marks a run that failed after its evaluation: not ready, and why.
 */
export function reportJson(report: Report, failure?: { error: string }): string {
  const base = failure ? { ...report, ready: false, error: failure.error } : report;
  // Counted before it is written: a plan near the size cap gives JSON of a few MB, written for nothing.
  if (jsonLengthAtLeast(base) <= OUTPUT_LIMIT) {
    const full = JSON.stringify(base);
    if (full.length <= OUTPUT_LIMIT) return full;
  }
  const attention = JSON.stringify({
    ...base,
    truncated: 'items that need no attention were left out to fit the 1 MB output limit',
    phases: report.phases.map((phase) => ({ ...phase, tasks: phase.tasks.filter(needsAttention) })),
  });
  if (attention.length <= OUTPUT_LIMIT) return attention;
  return JSON.stringify({
    ...base,
    truncated: 'items were left out to fit the 1 MB output limit',
    phases: report.phases.map((phase) => ({ ...phase, tasks: [] })),
  });
}

/**
 * At most as long as `JSON.stringify(value)`: each string's characters and quotes (escapes
 * only add), each key written, the brackets and separators, one character for any other value.
 */
export function jsonLengthAtLeast(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (Array.isArray(value)) return value.reduce((sum: number, entry) => sum + jsonLengthAtLeast(entry), 2) + Math.max(0, value.length - 1);
  if (value === null || typeof value !== 'object') return 1;
  let length = 2;
  let written = 0;
  for (const [key, entry] of Object.entries(value)) {
    // JSON leaves these keys out.
    if (entry === undefined || typeof entry === 'function' || typeof entry === 'symbol') continue;
    length += key.length + 3 + jsonLengthAtLeast(entry);
    written++;
  }
  return length + Math.max(0, written - 1);
}

/**
 * An error in one line for a summary, a warning or an output: the first of a manifest's
 * problems with its place, or an API's answer without its HTML page.
 */
export function errorLine(error: unknown): string {
  if (error instanceof ConfigError) {
    const [first] = error.problems;
    const total = error.total;
    const more = total > 1 ? ` (and ${thousands(total - 1)} more problems)` : '';
    return first ? `${oneLine(formatProblem(first), 500)}${more}` : 'the configuration is invalid';
  }
  const message = error instanceof Error ? error.message : String(error);
  return answerSummary(message) || (error instanceof Error ? error.name : 'unknown error');
}

/** What a failed run can still tell: its error, and whatever it knew before. */
export interface FailedRun {
  gate: string;
  /** The error in one line, e.g. "GitHub API request failed (502): Unicorn! · GitHub (an HTML page)". */
  error: string;
  /** The mistakes in the configuration as listed (see `listedProblems`), when that is what failed. */
  problems: readonly ConfigProblem[];
  /** The evaluation, when the run failed after it (writing the comment, say). */
  report?: Report;
  /** The manifest's page at the commit read, so each problem links to its line. */
  manifestUrl?: string;
}

/**
 * Outputs of a run that failed: never ready; the incomplete phases and completion only as
 * far as they are known; `report` names the error.
 */
export function setFailureOutputs(failure: FailedRun): void {
  const { report, gate, error } = failure;
  core.setOutput('ready', 'false');
  core.setOutput('incomplete-phases', report ? report.incompletePhases.join(',') : '');
  core.setOutput('completion', String(report?.completion ?? 0));
  const known = { ready: false, gate, incompletePhases: [], completion: 0, error };
  core.setOutput('report', report ? reportJson(report, { error }) : JSON.stringify(known));
}

/** The job summary's account of a failed run: what failed, in words, and where. */
export function failureMarkdown(failure: FailedRun): string {
  const lines = [`### ${VERDICT_LOOK.unevaluated.symbol} readiness-gate could not check gate ${codeWord(failure.gate)}`, ''];
  if (failure.problems.length > 0) {
    const problems = failure.problems.map((problem) => `- ${problemLine(problem, failure.manifestUrl)}`);
    lines.push(`The configuration has to be fixed:`, '', ...problems, '');
  } else {
    lines.push(escapeMarkdown(failure.error), '');
  }
  if (failure.report)
    lines.push(`The gate was evaluated before the failure: ${failure.report.ready ? 'ready' : 'not ready'}, but the run failed.`, '');
  return lines.join('\n');
}

/** A problem with a link to its line of the manifest, at the commit read, when that page is known. */
function problemLine(problem: ConfigProblem, manifestUrl: string | undefined): string {
  const place = codeWord(problemPlace(problem));
  const linked = manifestUrl && problem.line ? `[${place}](${manifestUrl}#L${problem.line})` : place;
  // The fix is code: escaped as text, its `@` would carry an invisible space into a paste.
  const fix = problem.fix ? `, e.g. ${codeSpan(problem.fix)}` : '';
  return `${linked} ${escapeMarkdown(problem.message)}${fix}`;
}

/** A short name in backticks; backticks in it are dropped, so it cannot break out. */
function codeWord(text: string): string {
  return `\`${text.replace(/[`\r\n]/g, '')}\``;
}

function viewOptions(page: Page | undefined, report: Report) {
  if (!page) return {};
  return { footer: footerOf(page, report), serverUrl: page.serverUrl, ...(page.subject ? { subject: page.subject } : {}) };
}

export function summaryMarkdown(report: Report, page?: Page): string {
  return renderMarkdownReport(report, { detail: 'all', ...viewOptions(page, report) }, { max: SUMMARY_LIMIT_BYTES - MARGIN, measure: measureBytes });
}

/** The comment: `reserved` characters are kept for the hidden line of states above it. */
export function commentMarkdown(report: Report, options: { page?: Page; changes?: readonly Change[]; reserved?: number } = {}): string {
  return renderMarkdownReport(
    report,
    { detail: 'problems', ...viewOptions(options.page, report), ...(options.changes ? { changes: options.changes } : {}) },
    { max: COMMENT_LIMIT - MARGIN - (options.reserved ?? 0), measure: measureCharacters },
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
