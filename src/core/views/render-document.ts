import { escapeMarkdown, issueLink, ownerText } from './markdown.js';
import { milestoneMarkdown } from './milestone.js';
import { completionWords, FLAG_LOOK, ITEM_LOOK, itemState, linkWords, PHASE_LOOK, phaseState, shown, VERDICT_LOOK, verdictOf } from './present.js';
import type { PhaseReport, Report, TaskReport } from '../verdict/report.js';
import type { FreezeWindow } from '../freezes/windows.js';

export interface DocumentOptions {
  /** The manifest's path, named in the document. */
  source: string;
  /** Today, YYYY-MM-DD: written only when the link states are live, so offline renders are byte-for-byte stable. */
  date?: string;
  /** Where links go when GitHub reported no page: `https://github.com` or an Enterprise Server. */
  serverUrl?: string;
  /** The manifest's freeze windows, listed as written (whether one is open depends on the clock, which the document does not). */
  freezes?: readonly FreezeWindow[];
}

/**
 * The tracking document `readiness-gate render` writes: the verdict, a phase overview table,
 * the phases' dependencies and a task table per phase, in the shape `readiness-gate import`
 * reads back. The same manifest and link states give the same bytes. Text is escaped as in
 * the PR comment; links point only at GitHub's own issue and pull-request pages.
 */
export function renderTrackingDocument(report: Report, options: DocumentOptions): string {
  const lines = [`# ${escapeMarkdown(report.title)}`, '', verdictLine(report), '', provenance(report, options), ''];
  lines.push('## Phase overview', '', ...table(overviewColumns(options), report.phases), '');
  const edges = report.phases.flatMap((phase) => phase.requires.map((required) => [phase.id, required] as const));
  if (edges.length > 0) {
    lines.push('## Dependencies', '', '| Phase | Depends on |', '|-------|------------|');
    for (const [phase, required] of edges) lines.push(`| ${escapeMarkdown(phase)} | ${escapeMarkdown(required)} |`);
    lines.push('');
  }
  if (options.freezes && options.freezes.length > 0) lines.push(...freezeSection(options.freezes));
  for (const phase of report.phases) for (const line of phaseSection(phase, report.verified, options)) lines.push(line);
  return lines.join('\n');
}

function freezeSection(freezes: readonly FreezeWindow[]): string[] {
  const when = ({ schedule }: FreezeWindow) =>
    schedule.kind === 'fixed' ? `${schedule.from} to ${schedule.until}` : `every \`${schedule.every.replace(/`/g, '')}\`, open ${schedule.duration}`;
  const columns: Column<FreezeWindow>[] = [
    { name: 'Freeze window', cell: (freeze) => escapeMarkdown(freeze.name) },
    { name: 'When', cell: when },
    { name: 'Time zone', cell: (freeze) => escapeMarkdown(freeze.timezone) },
    { name: 'Gates', cell: (freeze) => (freeze.gates ? freeze.gates.map(escapeMarkdown).join(', ') : 'every gate') },
    { name: 'Override label', cell: (freeze) => escapeMarkdown(freeze.overrideLabel ?? ''), optional: true },
  ];
  return ['## Freeze windows', '', ...table(columns, freezes), ''];
}

function verdictLine(report: Report): string {
  const gate = `Gate \`${report.gate.replace(/`/g, '')}\``;
  const look = VERDICT_LOOK[verdictOf(report)];
  const verdict = `**${look.symbol} ${gate} is ${look.word}**`;
  if (report.ready) return `${verdict} — ${completionWords(report)}.`;
  return `${verdict} — incomplete: ${report.incompletePhases.map(escapeMarkdown).join(', ')}; ${completionWords(report)}.`;
}

function provenance(report: Report, options: DocumentOptions): string {
  const source = `\`${options.source.replace(/[`\r\n]/g, '')}\``;
  if (report.verified) {
    return `_Rendered from ${source} by readiness-gate${options.date ? ` on ${options.date}` : ''}; edit the manifest, not this file. Link states are live from GitHub._`;
  }
  return `_Rendered from ${source} by readiness-gate; edit the manifest, not this file. Statuses are as declared; links were not verified._`;
}

interface Column<T> {
  name: string;
  cell: (row: T) => string;
  /** Left out when no row has anything to show in it. */
  optional?: boolean;
}

/** A Markdown table of the columns that have something to show. */
function table<T>(columns: readonly Column<T>[], rows: readonly T[]): string[] {
  const cells = rows.map((row) => columns.map((column) => column.cell(row)));
  const shown = columns.map((column, c) => !column.optional || cells.some((row) => row[c] !== ''));
  const pick = <V>(values: readonly V[]) => values.filter((_, c) => shown[c]);
  return [
    `| ${pick(columns)
      .map((column) => column.name)
      .join(' | ')} |`,
    `|${pick(columns)
      .map((column) => '-'.repeat(column.name.length + 2))
      .join('|')}|`,
    ...cells.map((row) => `| ${pick(row).join(' | ')} |`),
  ];
}

function overviewColumns(options: DocumentOptions): Column<PhaseReport>[] {
  return [
    { name: 'Phase', cell: (phase) => escapeMarkdown(phase.id) },
    { name: 'Name', cell: (phase) => escapeMarkdown(phase.name) },
    { name: 'Blocking', cell: (phase) => (phase.blocking ? 'YES' : 'NO') },
    { name: 'Status', cell: (phase) => shown(PHASE_LOOK[phaseState(phase)]) },
    { name: 'Completion', cell: (phase) => `${phase.completion}%` },
    { name: 'Owner', cell: (phase) => owner(phase.owner, options), optional: true },
    { name: 'Due', cell: (phase) => dueCell(phase.due, phase.overdue), optional: true },
  ];
}

function phaseSection(phase: PhaseReport, verified: boolean, options: DocumentOptions): string[] {
  const lines = [`## ${escapeMarkdown(phase.id)} — ${escapeMarkdown(phase.name)}`, ''];
  const facts = [
    phase.requires.length ? `Requires: ${phase.requires.map(escapeMarkdown).join(', ')}` : '',
    phase.unmetRequires.length ? `waiting for ${phase.unmetRequires.map(escapeMarkdown).join(', ')}` : '',
    phase.milestone ? `Milestone: ${milestoneMarkdown(phase.milestone).replace(/^milestone /, '')}` : '',
  ].filter(Boolean);
  if (facts.length) lines.push(facts.join(' — '), '');
  if (phase.tasks.length === 0) return [...lines, '_No tasks yet._', ''];
  const columns: Column<TaskReport>[] = [
    { name: 'ID', cell: (task) => escapeMarkdown(task.id) },
    { name: 'Task', cell: (task) => `${task.kind === 'acceptance' ? 'Acceptance: ' : ''}${escapeMarkdown(task.title)}` },
    { name: 'Owner', cell: (task) => owner(task.owner, options), optional: true },
    { name: 'Status', cell: statusCell },
    { name: 'Due', cell: (task) => dueCell(task.due, task.overdue), optional: true },
    { name: 'Links', cell: (task) => linksCell(task, verified, options), optional: true },
    { name: 'Notes', cell: notesCell, optional: true },
  ];
  return [...lines, ...table(columns, phase.tasks), ''];
}

/**
 * The item's state as every view shows it; where that is not its declared status (waived,
 * drift, unknown), the status follows in words, so `import` reads the plan back as written.
 */
function statusCell(task: TaskReport): string {
  const state = itemState(task);
  const look = shown(ITEM_LOOK[state]);
  if (state === 'waived' || state === 'drift' || state === 'unknown')
    return `${look} (${task.status === 'done' ? 'marked done' : ITEM_LOOK[task.status].word})`;
  return look;
}

function dueCell(due: string | undefined, overdue: boolean): string {
  if (!due) return '';
  return overdue ? `${escapeMarkdown(due)} ${shown(FLAG_LOOK.overdue)}` : escapeMarkdown(due);
}

/** Links to the issues' pages where the repository is known; live states in words. */
function linksCell(task: TaskReport, verified: boolean, options: DocumentOptions): string {
  const serverUrl = options.serverUrl ? { serverUrl: options.serverUrl } : {};
  return task.links.map((link) => issueLink(link, serverUrl) + (verified ? ` (${linkWords(link)})` : '')).join(', ');
}

/** The manifest's notes, and a waiver's reason, which the manifest keeps for the same reader. */
function notesCell(task: TaskReport): string {
  const notes = task.notes ? [escapeMarkdown(task.notes)] : [];
  if (task.waiver) {
    const until = task.waiver.expires ? ` (${task.waiver.expired ? 'expired' : 'until'} ${task.waiver.expires})` : '';
    notes.push(`Waiver: ${escapeMarkdown(task.waiver.reason)}${until}`);
  }
  return notes.join('; ');
}

function owner(text: string | undefined, options: DocumentOptions): string {
  return text ? ownerText(text, options.serverUrl) : '';
}
