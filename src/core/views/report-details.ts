/**
 * What the comment and the summary fold into `<details>`: the comment's "everything else"
 * (the phase table, waivers, items worth a look that do not block), and the summary's full
 * report, one fold per phase with every item.
 */
import { adviceFor } from './blockers.js';
import { milestoneMarkdown } from './milestone.js';
import { codeSpan, escapeMarkdown, htmlText, ownerText, truncate } from './markdown.js';
import {
  FLAG_LOOK,
  ITEM_LOOK,
  itemState,
  PHASE_HAS_NO_ITEMS,
  PHASE_LOOK,
  phaseState,
  satisfiedCount,
  shown,
  SKIPPED_BECAUSE,
  type PhaseState,
} from './present.js';
import { dueWords, linkList, memoRow, waiverWords, type ViewContext } from './report-parts.js';
import { relativeDate } from './blockers.js';
import { completedByThisPullRequest, isGated, needsAttention } from '../verdict/policy.js';
import type { PhaseReport, Report, TaskReport } from '../verdict/report.js';

/** How much of the folded part one attempt at fitting shows. */
export interface DetailShape {
  /** Phases listed (table rows in the comment, folds in the summary). */
  phases: number;
  /** Items listed per phase (summary) or in each list (comment). */
  items: number;
  titleMax: number;
}

function fold(summary: string, body: readonly string[]): string[] {
  return [`<details><summary>${summary}</summary>`, '', ...body, '', '</details>', ''];
}

/** The lists a report's views draw from, found once however many shapes are tried. */
export interface ReportLists {
  phaseCounts: Map<PhaseState, number>;
  waived: TaskReport[];
  /** Items that need attention but do not block: satisfied ones, or in phases outside the gate. */
  worthALook: { phase: PhaseReport; task: TaskReport }[];
}

export function listsOf(report: Report): ReportLists {
  const phaseCounts = new Map<PhaseState, number>();
  for (const phase of report.phases) phaseCounts.set(phaseState(phase), (phaseCounts.get(phaseState(phase)) ?? 0) + 1);
  const waived = report.phases.flatMap((phase) => phase.tasks.filter((task) => itemState(task) === 'waived'));
  const worthALook = report.phases.flatMap((phase) =>
    phase.tasks.filter((task) => needsAttention(task) && (task.satisfied || !isGated(phase))).map((task) => ({ phase, task })),
  );
  return { phaseCounts, waived, worthALook };
}

/** The comment's fold: phases, waivers in effect and other items worth a look. */
export function commentDetails(view: ViewContext, shape: DetailShape, lists: ReportLists): string[] {
  const { phaseCounts: counts, waived, worthALook } = lists;
  const title = [...counts]
    .filter(([state]) => state !== 'incomplete')
    .map(([state, n]) => `${PHASE_LOOK[state].symbol} ${n} ${PHASE_LOOK[state].word}`);
  if (waived.length > 0) title.push(`${ITEM_LOOK.waived.symbol} ${waived.length} ${ITEM_LOOK.waived.word}`);
  if (worthALook.length > 0) title.push(`${FLAG_LOOK.hint.symbol} ${worthALook.length} worth a look`);
  const body = [...phaseTable(view, shape)];
  if (waived.length > 0)
    body.push('', '**Waivers in effect**', '', ...capped(waived, shape.items, (task) => `- ${codeSpan(task.id)} ${waiverWords(task, view)}`));
  if (worthALook.length > 0) {
    body.push('', '**Worth a look** (not blocking)', '');
    body.push(
      ...capped(
        worthALook,
        shape.items,
        ({ task }) => `- ${codeSpan(task.id)} ${shown(ITEM_LOOK[itemState(task)])} ${escapeMarkdown(lookReason(task, view))}`,
      ),
    );
  }
  return fold(`Everything else: ${htmlText(title.join(' · ') || 'all phases')}`, body);
}

function capped<T>(list: readonly T[], max: number, line: (entry: T) => string): string[] {
  const lines = list.slice(0, max).map(line);
  return list.length > max ? [...lines, `- _and ${list.length - max} more_`] : lines;
}

function lookReason(task: TaskReport, view: ViewContext): string {
  if (task.hint) return task.hint;
  if (task.waiver?.expired) return `the waiver expired on ${task.waiver.expires}`;
  if (task.overdue) return `${FLAG_LOOK.overdue.word}: due ${task.due}`;
  return adviceFor(task, view.report);
}

function phaseTable(view: ViewContext, shape: DetailShape): string[] {
  const { report } = view;
  const rows = report.phases
    .slice(0, shape.phases)
    .map((phase) => memoRow(view, phase, `phase ${shape.titleMax}`, () => phaseRow(view, phase, shape)));
  const more = report.phases.length - rows.length;
  return [
    '| Phase | Name | State | Items | Owner | Due |',
    '|---|---|---|---|---|---|',
    ...rows,
    ...(more > 0 ? ['', `_${more} more phases not shown._`] : []),
  ];
}

function phaseRow(view: ViewContext, phase: PhaseReport, shape: DetailShape): string {
  const due = phase.due ? dueWords({ text: phase.due, fromPhase: false, overdue: phase.overdue, ...near(phase, view) }) : '';
  const owner = phase.owner ? ownerText(phase.owner, view.serverUrl) : '';
  const milestone = phase.milestone ? ` · ${milestoneMarkdown(phase.milestone)}` : '';
  return `| ${codeSpan(phase.id)} | ${escapeMarkdown(truncate(phase.name, shape.titleMax))}${milestone} | ${phaseStateWords(phase)} | ${satisfiedCount(phase)}/${phase.tasks.length} | ${owner} | ${due} |`;
}

function near(phase: PhaseReport, view: ViewContext): { relative?: string } {
  const relative = phase.due && !phase.complete ? relativeDate(phase.due, view.report.today) : undefined;
  return relative ? { relative } : {};
}

/** "❌ incomplete, has no items yet", "⏭️ skipped (no changed file matches its `paths`)". */
function phaseStateWords(phase: PhaseReport): string {
  const state = phaseState(phase);
  const parts = [shown(PHASE_LOOK[state])];
  if (state === 'skipped') parts.push(`(${SKIPPED_BECAUSE})`);
  if (phase.empty) parts.push(PHASE_HAS_NO_ITEMS);
  if (phase.unmetRequires.length > 0) parts.push(`waits for ${phase.unmetRequires.map(codeSpan).join(', ')}`);
  return parts.join(' ');
}

/** The summary's full report: each phase folded, with every item. */
export function summaryPhases(view: ViewContext, shape: DetailShape): { lines: string[]; hiddenItems: number } {
  const { report } = view;
  const lines = ['#### Every phase', ''];
  let hiddenItems = 0;
  for (const phase of report.phases.slice(0, shape.phases)) {
    const tasks = phase.tasks.slice(0, shape.items);
    hiddenItems += phase.tasks.length - tasks.length;
    const more =
      phase.tasks.length > tasks.length
        ? ['', `_${phase.tasks.length - tasks.length} more of ${phase.tasks.length} items in ${escapeMarkdown(phase.id)} not shown._`]
        : [];
    const milestone = phase.milestone ? [`${milestoneMarkdown(phase.milestone)}`, ''] : [];
    const summary = memoRow(view, phase, `summary ${shape.titleMax}`, () => phaseSummary(phase, view, shape));
    lines.push(...fold(summary, [...milestone, ...itemTable(view, tasks, shape), ...more]));
  }
  const hiddenPhases = report.phases.length - Math.min(report.phases.length, shape.phases);
  if (hiddenPhases > 0) {
    hiddenItems += report.phases.slice(shape.phases).reduce((sum, phase) => sum + phase.tasks.length, 0);
    lines.push(`_${hiddenPhases} more phases not shown._`, '');
  }
  return { lines, hiddenItems };
}

function phaseSummary(phase: PhaseReport, view: ViewContext, shape: DetailShape): string {
  const state = phaseState(phase);
  const facts = [`${satisfiedCount(phase)}/${phase.tasks.length} items`, PHASE_LOOK[state].word];
  if (phase.empty) facts.push(PHASE_HAS_NO_ITEMS);
  if (phase.unmetRequires.length > 0) facts.push(`waits for ${phase.unmetRequires.join(', ')}`);
  if (phase.owner) facts.push(`owner ${phase.owner}`);
  if (phase.due) facts.push(`due ${phase.due}${phase.overdue ? ` ${FLAG_LOOK.overdue.symbol} ${FLAG_LOOK.overdue.word}` : ''}`);
  const name = htmlText(truncate(phase.name, shape.titleMax));
  return `${PHASE_LOOK[state].symbol} <code>${htmlText(phase.id)}</code> ${name} — ${htmlText(facts.join(' · '))}`;
}

function itemTable(view: ViewContext, tasks: readonly TaskReport[], shape: DetailShape): string[] {
  if (tasks.length === 0) return [`_${PHASE_HAS_NO_ITEMS}._`];
  const withNotes = tasks.some((task) => task.notes);
  const header = ['State', 'Item', 'Owner', 'Due', 'Why', 'Links', ...(withNotes ? ['Notes'] : [])];
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...tasks.map((task) => memoRow(view, task, `item ${shape.titleMax} ${withNotes}`, () => itemRow(view, task, shape, withNotes))),
  ];
}

function itemRow(view: ViewContext, task: TaskReport, shape: DetailShape, withNotes: boolean): string {
  const kind = task.kind === 'acceptance' ? '_acceptance:_ ' : '';
  const due = task.due
    ? dueWords({ text: task.due, fromPhase: false, overdue: task.overdue, ...(task.satisfied ? {} : relative(task.due, view)) })
    : '';
  const cells = [
    shown(ITEM_LOOK[itemState(task)]),
    `${codeSpan(task.id)} ${kind}${escapeMarkdown(truncate(task.title, shape.titleMax))}`,
    task.owner ? ownerText(task.owner, view.serverUrl) : '',
    due,
    escapeMarkdown(truncate(whyWords(task, view), 300)),
    linkList(view, task.links),
  ];
  if (withNotes) cells.push(escapeMarkdown(truncate(task.notes ?? '', 300)));
  return `| ${cells.join(' | ')} |`;
}

function relative(date: string, view: ViewContext): { relative?: string } {
  const words = relativeDate(date, view.report.today);
  return words ? { relative: words } : {};
}

/** Why an item stands where it does, when its state alone does not say it. */
function whyWords(task: TaskReport, view: ViewContext): string {
  if (!task.satisfied) return adviceFor(task, view.report);
  if (task.waiver && !task.waiver.expired) return task.reason;
  if (task.links.some(completedByThisPullRequest)) return `${FLAG_LOOK['this-pull-request'].word} it`;
  return '';
}
