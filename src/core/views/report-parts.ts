/**
 * The pieces the comment and the job summary share, in the order a maintainer reads them:
 * the headline, the line of figures, the blockers, what changed since the last run, the
 * waivers in effect. Every state is shown as `present.ts` says; every text from the
 * manifest or from issues goes through `markdown.ts`.
 */
import { blockerKindWords, type Blocker, type Inherited } from './blockers.js';
import { codeSpan, escapeMarkdown, issueUrl, ownerText, referenceText, truncate } from './markdown.js';
import {
  completedByThisPullRequestWords,
  flagCounts,
  FLAG_LOOK,
  incompleteClause,
  ITEM_LOOK,
  LINK_LOOK,
  progressBar,
  shortName,
  shown,
  subIssueProgress,
  VERDICT_LOOK,
  verdictOf,
  verdictWords,
} from './present.js';
import { freezeWords } from './freeze-words.js';
import type { Change } from './since.js';
import type { LinkReport, Report, TaskReport } from '../verdict/report.js';

/** What the run gates: a pull request, or a release's (or a push's) ref and commit. */
export type Subject = { pullRequest: number } | { ref?: string; sha: string };

export interface ViewContext {
  report: Report;
  /** Where links go when GitHub reported no page: `https://github.com` or an Enterprise Server. */
  serverUrl?: string;
  subject?: Subject;
  /** Table rows already written for this report, reused by every shape tried against a size limit. */
  rows?: RowMemo;
}

/**
 * A row depends only on its item, the view and how long a title may be: rendered once per
 * report, however many shapes are tried before one fits GitHub's size limit.
 */
export class RowMemo {
  private readonly byVariant = new Map<string, WeakMap<object, string>>();

  row(item: object, variant: string, write: () => string): string {
    let rows = this.byVariant.get(variant);
    if (!rows) this.byVariant.set(variant, (rows = new WeakMap()));
    let row = rows.get(item);
    if (row === undefined) rows.set(item, (row = write()));
    return row;
  }
}

/** The row of `item`, from the view's memo when it has one. */
export function memoRow(view: ViewContext, item: object, variant: string, write: () => string): string {
  return view.rows ? view.rows.row(item, variant, write) : write();
}

const LINK_TITLE_MAX = 40;

/** "for #42", "for `v1.2.0` at `1a2b3c4`", "at `1a2b3c4`". */
export function subjectWords(subject: Subject | undefined): string {
  if (!subject) return '';
  if ('pullRequest' in subject) return ` for #${subject.pullRequest}`;
  const sha = codeSpan(subject.sha.slice(0, 7));
  return subject.ref ? ` for ${codeSpan(subject.ref)} at ${sha}` : ` at ${sha}`;
}

/** The one-line headline: verdict, gate, what is gated and how many phases are incomplete. */
export function headline(view: ViewContext, titleMax = 200): string {
  const { report } = view;
  const look = VERDICT_LOOK[verdictOf(report)];
  const title = escapeMarkdown(truncate(report.title, titleMax));
  const verdict = escapeMarkdown(verdictWords(report));
  return `### ${look.symbol} ${title}: ${codeSpan(report.gate)} gate is ${verdict}${subjectWords(view.subject)} — ${incompleteClause(report)}`;
}

/** The line of figures: completion with its bar, what this pull request completes, the counts that matter. */
export function figures(report: Report): string {
  const parts = [
    `**${report.completion}%** complete ${codeSpan(progressBar(report.completion))} ${report.counts.satisfied}/${report.counts.items} items`,
  ];
  const completes = completedByThisPullRequestWords(report);
  if (completes) parts.push(`${FLAG_LOOK['this-pull-request'].symbol} ${escapeMarkdown(completes)}`);
  parts.push(...flagCounts(report));
  if (!report.verified) parts.push('links not verified (offline: declared statuses count)');
  return parts.join(' · ');
}

/** What limits the verdict's grounds, then the freeze windows a label passes or that open within the week: one quoted line each. */
export function caveats(report: Report): string[] {
  return [
    ...report.caveats.map((caveat) => `> ${VERDICT_LOOK.unevaluated.symbol} ${escapeMarkdown(caveat)}`),
    ...freezeWords(report).notes.map((note) => `> ${VERDICT_LOOK.frozen.symbol} ${escapeMarkdown(note)}`),
  ];
}

/** The blockers table, at most `max` rows, and how many more there are. */
export function blockersTable(view: ViewContext, blockers: readonly Blocker[], max: number, titleMax: number, elsewhere: string): string[] {
  if (blockers.length === 0) return [];
  const rows = blockers.slice(0, max).map((blocker) => memoRow(view, blocker, `blocker ${titleMax}`, () => blockerRow(view, blocker, titleMax)));
  const lines = ['| State | Blocking item | Owner | Due | What to do | Links |', '|---|---|---|---|---|---|', ...rows];
  if (blockers.length > rows.length) lines.push('', `_${blockers.length - rows.length} more blocking items not shown: ${elsewhere}._`);
  return lines;
}

function blockerRow(view: ViewContext, blocker: Blocker, titleMax: number): string {
  const kind = itemKindWords(blocker);
  const title = `${codeSpan(blocker.id)} ${kind}${escapeMarkdown(truncate(blocker.title, titleMax))}`;
  const owner = blocker.owner ? inheritedOwner(blocker.owner, view) : '';
  const due = blocker.due ? dueWords(blocker.due) : '';
  const links = linkList(view, blocker.links);
  return `| ${shown(blocker.look)} | ${title} | ${owner} | ${due} | ${escapeMarkdown(truncate(blocker.advice, 300))} | ${links} |`;
}

function itemKindWords(blocker: Blocker): string {
  const words = blockerKindWords(blocker);
  return words ? `_${escapeMarkdown(truncate(words, 70))}:_ ` : '';
}

/** The phase's value is marked, so nobody takes it for the item's own. */
export function inheritedOwner(owner: Inherited, view: ViewContext): string {
  return `${ownerText(owner.text, view.serverUrl)}${owner.fromPhase ? ' _(phase)_' : ''}`;
}

export function dueWords(due: Inherited & { overdue: boolean; relative?: string }): string {
  const relative = due.relative ? ` · ${due.overdue ? `**${FLAG_LOOK.overdue.symbol} ${due.relative}**` : due.relative}` : '';
  return `${escapeMarkdown(due.text)}${relative}${due.fromPhase ? ' _(phase)_' : ''}`;
}

const LINKS_SHOWN = 5;

/** Links as clickable short references carrying the issue's title, each with its state's symbol. */
export function linkList(view: ViewContext, links: readonly LinkReport[]): string {
  const cells = links.slice(0, LINKS_SHOWN).map((link) => linkRef(view, link));
  if (links.length > LINKS_SHOWN) cells.push(`+${links.length - LINKS_SHOWN} more`);
  return cells.join('<br>');
}

function linkRef(view: ViewContext, link: LinkReport): string {
  const url = issueUrl(link, view.serverUrl);
  const title = link.title ? ` ${escapeMarkdown(truncate(link.title, LINK_TITLE_MAX))}` : '';
  const text = `${referenceText(shortName(link, view.report))}${title}`;
  const progress = subIssueProgress(link);
  return `${LINK_LOOK[link.state].symbol} ${url ? `[${text}](${url})` : text}${progress ? ` (${progress})` : ''}`;
}

const CHANGES_SHOWN = 10;

/** "Since the last run": one line of what changed state. */
export function sinceLine(changes: readonly Change[]): string[] {
  if (changes.length === 0) return [];
  const entries = changes.slice(0, CHANGES_SHOWN).map((change) => `${codeSpan(change.id)} ${shown(change.to)} (was ${shown(change.from)})`);
  const more = changes.length > CHANGES_SHOWN ? ` · and ${changes.length - CHANGES_SHOWN} more` : '';
  return [`**Since the last run:** ${entries.join(' · ')}${more}`];
}

const WAIVERS_SHOWN = 5;

/** The waivers in effect, named in one line: id, reason, approver, expiry. */
export function waiversLine(view: ViewContext, waived: readonly TaskReport[]): string[] {
  if (waived.length === 0) return [];
  const entries = waived.slice(0, WAIVERS_SHOWN).map((task) => `${codeSpan(task.id)} ${waiverWords(task, view)}`);
  const more = waived.length > WAIVERS_SHOWN ? `; and ${waived.length - WAIVERS_SHOWN} more` : '';
  return [`${ITEM_LOOK.waived.symbol} **${waived.length === 1 ? 'Waiver' : 'Waivers'} in effect:** ${entries.join('; ')}${more}`];
}

/** "“reason”, approved by @cto, until 2027-06-30" */
export function waiverWords(task: TaskReport, view: ViewContext): string {
  const waiver = task.waiver!;
  const parts = [`“${escapeMarkdown(truncate(waiver.reason, 100))}”`];
  if (waiver.approvedBy) parts.push(`approved by ${ownerText(waiver.approvedBy, view.serverUrl)}`);
  if (waiver.expires) parts.push(`until ${escapeMarkdown(waiver.expires)}`);
  return parts.join(', ');
}
