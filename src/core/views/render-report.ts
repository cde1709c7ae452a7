import { codeSpan, escapeMarkdown, issueLink, truncate } from './markdown.js';
import {
  completedByThisPullRequestWords,
  LINK_LOOK,
  linkWords,
  PHASE_HAS_NO_ITEMS,
  PHASE_LOOK,
  phaseState,
  satisfiedCount,
  SKIPPED_BECAUSE,
  subIssueProgress,
  taskStatusWords,
} from './present.js';
import { isGated, needsAttention } from '../verdict/policy.js';
import type { LinkReport, PhaseReport, Report, TaskReport } from '../verdict/report.js';
import { freezeWords } from './freeze-words.js';

/** GitHub rejects comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;
/** GitHub rejects a step summary larger than 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface MarkdownOptions {
  /** `problems`: only items that need attention (for the PR comment); `all`: every item. */
  detail: 'problems' | 'all';
  /** Appended under the report, e.g. a link to the run. */
  footer?: string;
  /** Where links go when GitHub reported no page: `https://github.com` or an Enterprise Server. */
  serverUrl?: string;
}

export interface SizeLimit {
  max: number;
  measure: (text: string) => number;
}

const REASON_MAX = 300;
const LINK_TITLE_MAX = 60;
const LINKS_SHOWN = 10;
/** Phase ids named in the headline; the table names the rest. */
const HEADLINE_IDS = 20;

/** How much of the report one attempt shows. */
interface Shape {
  /** Items shown per phase. */
  tasks: number;
  /** Phases whose items are shown; the later ones are only counted. */
  sections: number;
  /** Rows of the phase table; when capped, only the gate's incomplete phases are listed. */
  phaseRows: number;
  titleMax: number;
}

/**
 * Shapes tried in turn until the report fits: first the per-phase item lists shrink (the
 * longest lists first, as every list is cut to the same length), then the phase table keeps
 * only the gate's incomplete phases, fewer and fewer of them. The heading and the headline
 * are always there.
 */
const SHAPES: readonly Shape[] = [
  ...[Infinity, 500, 200, 100, 50, 20, 10, 5, 3].map((tasks) => ({ tasks, sections: Infinity, phaseRows: Infinity, titleMax: 200 })),
  ...[3, 2, 1].map((tasks) => ({ tasks, sections: Infinity, phaseRows: Infinity, titleMax: 80 })),
  ...[50, 20, 10, 5, 0].map((sections) => ({ tasks: 1, sections, phaseRows: Infinity, titleMax: 80 })),
  ...[2000, 1000, 500, 200, 100, 50, 20, 10, 5].map((phaseRows) => ({ tasks: 0, sections: 0, phaseRows, titleMax: 60 })),
];

export function renderMarkdownReport(report: Report, options: MarkdownOptions, limit: SizeLimit): string {
  // Shapes with more table rows than could possibly fit are not worth rendering.
  const lists = listedItems(report, options).map(({ tasks }) => tasks.length);
  const first = Math.max(
    0,
    SHAPES.findIndex((shape) => rowCount(report, lists, shape) * MIN_ROW <= limit.max),
  );
  const full = renderShape(report, options, SHAPES[first]!);
  if (limit.measure(full) <= limit.max) return full;
  // Each shape is no larger than the one before it: search for the first that fits.
  let low = first + 1;
  let high = SHAPES.length - 1;
  let fitting: string | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const text = renderShape(report, options, SHAPES[middle]!);
    if (limit.measure(text) <= limit.max) {
      fitting = text;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return fitting ?? hardTruncate(renderShape(report, options, SHAPES[SHAPES.length - 1]!), options, limit);
}

/** The fewest characters a table row can take: `| \`x\` | … |` with its cells. */
const MIN_ROW = 30;

/** How many item rows and phase rows a shape shows at least, without rendering it. */
function rowCount(report: Report, lists: readonly number[], shape: Shape): number {
  const phaseRows = shape.phaseRows === Infinity ? report.phases.length : Math.min(shape.phaseRows, report.phases.length);
  return lists.slice(0, shape.sections).reduce((rows, tasks) => rows + Math.min(tasks, shape.tasks), phaseRows);
}

/**
 * The phases that get a section of items, with the items it lists: every item, or for the
 * comment those that need attention, in the gate's phases or marked done against their links.
 */
function listedItems(report: Report, options: MarkdownOptions): { phase: PhaseReport; tasks: TaskReport[] }[] {
  const lists: { phase: PhaseReport; tasks: TaskReport[] }[] = [];
  for (const phase of report.phases) {
    const tasks = options.detail === 'all' ? phase.tasks : phase.tasks.filter(needsAttention);
    if (tasks.length === 0) continue;
    if (options.detail === 'problems' && !isGated(phase) && !tasks.some((t) => t.drift)) continue;
    lists.push({ phase, tasks });
  }
  return lists;
}

export const measureCharacters = (text: string): number => text.length;
export const measureBytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** The last resort: cut at a line, keeping the heading and headline, and say so. */
function hardTruncate(text: string, options: MarkdownOptions, limit: SizeLimit): string {
  const note = `\n\n_The report was cut to fit GitHub’s size limit${options.detail === 'problems' ? '; the job summary shows more' : ''}._\n`;
  let keep = text.length;
  while (keep > 0 && limit.measure(text.slice(0, keep) + note) > limit.max) keep = Math.floor(keep * 0.9);
  return text.slice(0, text.lastIndexOf('\n', keep) + 1) + note;
}

function renderShape(report: Report, options: MarkdownOptions, shape: Shape): string {
  const lines: string[] = [];
  const icon = report.ready ? '✅' : '❌';
  const freeze = freezeWords(report);
  const verdict = report.ready ? 'ready' : freeze.headline ? escapeMarkdown(freeze.headline) : 'not ready';
  lines.push(`### ${icon} ${escapeMarkdown(report.title)}: ${codeSpan(report.gate)} gate is ${verdict}`, '');
  lines.push(headline(report) + freeze.notes.map((note) => `\n\n> ❄️ ${escapeMarkdown(note)}`).join(''), '');
  lines.push(...phaseTable(report, shape), '');

  let hiddenTasks = 0;
  for (const [section, { phase, tasks }] of listedItems(report, options).entries()) {
    const shown = section < shape.sections ? tasks.slice(0, shape.tasks) : [];
    hiddenTasks += tasks.length - shown.length;
    if (shown.length === 0) continue;
    lines.push(`#### ${PHASE_LOOK[phaseState(phase)].icon} ${codeSpan(phase.id)} ${escapeMarkdown(truncate(phase.name, shape.titleMax))}`, '');
    lines.push(...taskTable(shown, shape, options), '');
    if (shown.length < tasks.length) {
      lines.push(`_${tasks.length - shown.length} more of ${tasks.length} items in ${escapeMarkdown(phase.id)} not shown._`, '');
    }
  }
  if (hiddenTasks > 0) lines.push(leftOutNote(hiddenTasks, options), '');
  if (options.footer) lines.push(options.footer, '');
  return lines.join('\n');
}

/** Says how much was left out, and only points where more is really shown. */
function leftOutNote(hidden: number, options: MarkdownOptions): string {
  const where =
    options.detail === 'problems' ? ' The job summary shows more.' : ' `readiness-gate check --verbose` on the manifest lists every item.';
  return `_To stay within GitHub’s size limit, ${hidden} items were left out.${where}_`;
}

function phaseTable(report: Report, shape: Shape): string[] {
  const rows = ['| Phase | Name | Blocking | Status | Items |', '|---|---|---|---|---|'];
  const row = (phase: PhaseReport) =>
    `| ${codeSpan(phase.id)} | ${escapeMarkdown(truncate(phase.name, shape.titleMax))} | ${phase.blocking ? 'yes' : 'no'} | ${phaseStatus(phase)} | ${satisfiedCount(phase)}/${phase.tasks.length} (${phase.completion}%) |`;
  if (shape.phaseRows === Infinity) return [...rows, ...report.phases.map(row)];

  // Too many phases for one table: the gate's incomplete phases are the ones that matter.
  const incomplete = report.phases.filter((phase) => isGated(phase) && !phase.complete);
  const shown = incomplete.slice(0, shape.phaseRows);
  const hidden = report.phases.length - shown.length;
  const hiddenIncomplete = incomplete.length - shown.length;
  const which = hiddenIncomplete > 0 ? ` (${hiddenIncomplete} of them incomplete)` : ' (complete, skipped or not in the gate)';
  return [...rows, ...shown.map(row), ...(hidden > 0 ? ['', `_${hidden} more phases not shown${which}._`] : [])];
}

function headline(report: Report): string {
  const parts = [`**${report.completion}%** of the gate’s items are satisfied (${report.counts.satisfied}/${report.counts.items})`];
  if (report.incompletePhases.length > 0) parts.push(`incomplete: ${idList(report.incompletePhases)}`);
  if (report.skippedPhases.length > 0) parts.push(`skipped (${SKIPPED_BECAUSE}): ${idList(report.skippedPhases)}`);
  const completes = completedByThisPullRequestWords(report);
  if (completes) parts.push(`🟣 ${escapeMarkdown(completes)}`);
  if (report.counts.drift > 0) parts.push(`⚠️ ${report.counts.drift} marked done but contradicted by their links`);
  if (report.counts.overdue > 0) parts.push(`⏰ ${report.counts.overdue} overdue`);
  if (report.counts.expiredWaivers > 0) parts.push(`${report.counts.expiredWaivers} expired waivers`);
  if (!report.verified) parts.push('links not verified (offline)');
  const caveats = report.caveats.map((caveat) => `\n\n> ⚠️ ${escapeMarkdown(caveat)}`).join('');
  return parts.join(' · ') + caveats;
}

/** Phase ids as code spans, the first few of a long list and how many more. */
function idList(ids: readonly string[]): string {
  const shown = ids.slice(0, HEADLINE_IDS).map(codeSpan).join(', ');
  return ids.length > HEADLINE_IDS ? `${shown} and ${ids.length - HEADLINE_IDS} more` : shown;
}

function phaseStatus(phase: PhaseReport): string {
  const state = phaseState(phase);
  const look = PHASE_LOOK[state];
  if (state === 'not-in-gate' || state === 'skipped') return `${look.icon} ${look.words}${phase.complete ? ' (complete)' : ''}`;
  const parts = [`${look.icon} ${look.words}`];
  if (phase.empty) parts.push(PHASE_HAS_NO_ITEMS);
  if (phase.unmetRequires.length > 0) parts.push(`needs ${phase.unmetRequires.map(codeSpan).join(', ')}`);
  if (phase.overdue) parts.push(`⏰ due ${escapeMarkdown(phase.due ?? '')}`);
  return parts.join(', ');
}

/** The item table; the Notes column (the manifest's notes) only when an item has some. */
function taskTable(tasks: readonly TaskReport[], shape: Shape, options: MarkdownOptions): string[] {
  const withNotes = tasks.some((task) => task.notes);
  const header = withNotes
    ? ['| Task | Title | Owner | Status | Links | Why | Notes |', '|---|---|---|---|---|---|---|']
    : ['| Task | Title | Owner | Status | Links | Why |', '|---|---|---|---|---|---|'];
  return [...header, ...tasks.map((task) => taskRow(task, shape, options, withNotes))];
}

function taskRow(task: TaskReport, shape: Shape, options: MarkdownOptions, withNotes: boolean): string {
  const status = taskStatusWords(task);
  const why: string[] = [];
  if (task.drift) why.push('⚠️ **drift**');
  if (task.overdue) why.push(`⏰ overdue (due ${escapeMarkdown(task.due ?? '')})`);
  why.push(escapeMarkdown(truncate(task.reason, REASON_MAX)));
  if (task.hint) why.push(`💡 ${escapeMarkdown(task.hint)}`);
  const links = task.links.slice(0, LINKS_SHOWN).map((link) => linkCell(link, options));
  if (task.links.length > LINKS_SHOWN) links.push(`+${task.links.length - LINKS_SHOWN} more`);
  const title = `${task.kind === 'acceptance' ? '_acceptance:_ ' : ''}${escapeMarkdown(truncate(task.title, shape.titleMax))}`;
  const cells = [codeSpan(task.id), title, escapeMarkdown(task.owner ?? ''), status, links.join('<br>'), why.join(' — ')];
  if (withNotes) cells.push(escapeMarkdown(truncate(task.notes ?? '', REASON_MAX)));
  return `| ${cells.join(' | ')} |`;
}

/**
 * A link as a real link to the issue's page, with its title when GitHub told it. A link
 * from a comment adds a back-reference on the issue once, which is what a reader expects.
 */
function linkCell(link: LinkReport, options: MarkdownOptions): string {
  const look = LINK_LOOK[link.state];
  const title = link.title ? truncate(link.title, LINK_TITLE_MAX) : undefined;
  const progress = subIssueProgress(link);
  const target = issueLink(link, { ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}), ...(title ? { title: `· ${title}` } : {}) });
  return `${look.icon} ${target} ${linkWords(link)}${progress ? ` (${progress})` : ''}`;
}
