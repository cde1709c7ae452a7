/**
 * The PR comment and the job summary: a headline, a line of figures, the items that block
 * (and only those), what changed since the last run, then everything else folded. A ready
 * gate gets a few lines. When GitHub's size limits would be passed, the longest folded
 * lists shrink first and the blockers last.
 */
import { blockersOf, type Blocker } from './blockers.js';
import { commentDetails, listsOf, summaryPhases, type DetailShape, type ReportLists } from './report-details.js';
import { blockersTable, caveats, figures, headline, RowMemo, sinceLine, waiversLine, type Subject, type ViewContext } from './report-parts.js';
import type { Change } from './since.js';
import type { Report } from '../verdict/report.js';

/** GitHub rejects comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;
/** GitHub rejects a step summary larger than 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface MarkdownOptions {
  /** `problems`: the PR comment (the blockers, the rest folded); `all`: the job summary (every item, folded per phase). */
  detail: 'problems' | 'all';
  /** Appended under the report: the manifest's lines and the run. */
  footer?: string;
  /** Where links go when GitHub reported no page: `https://github.com` or an Enterprise Server. */
  serverUrl?: string;
  /** What is gated, for the headline. */
  subject?: Subject;
  /** What changed since the comment was last written. */
  changes?: readonly Change[];
}

export interface SizeLimit {
  max: number;
  measure: (text: string) => number;
}

/** How much one attempt shows: the folded part first gives way, the blockers last. */
export interface Shape extends DetailShape {
  blockers: number;
}

export const SHAPES: readonly Shape[] = [
  ...[Infinity, 500, 200, 100, 50, 20, 10, 5, 3, 1, 0].map((items) => ({ items, phases: Infinity, blockers: Infinity, titleMax: 200 })),
  ...[2000, 500, 200, 100, 50, 20, 10, 0].map((phases) => ({ items: 0, phases, blockers: Infinity, titleMax: 80 })),
  ...[2000, 1000, 500, 200, 100, 50, 20, 10, 5, 1].map((blockers) => ({ items: 0, phases: 0, blockers, titleMax: 60 })),
];

/** What every shape of one report shares, found once: its blockers and lists, the lines under the headline, the table rows written so far. */
export interface Shared {
  blockers: Blocker[];
  lists: ReportLists;
  rows: RowMemo;
  /** The lines under the headline, the same in every shape. */
  figures: string;
  caveats: string[];
  since: string[];
}

export function renderMarkdownReport(report: Report, options: MarkdownOptions, limit: SizeLimit): string {
  return renderFirstShapeThatFits(report, options, limit, distinctShapes);
}

/** The search itself, over the shapes `choose` keeps; the tests hold it to every shape tried. */
export function renderFirstShapeThatFits(
  report: Report,
  options: MarkdownOptions,
  limit: SizeLimit,
  choose: (report: Report, options: MarkdownOptions, shared: Shared) => readonly Shape[],
): string {
  const shared: Shared = {
    blockers: blockersOf(report),
    lists: listsOf(report),
    rows: new RowMemo(),
    figures: figures(report),
    caveats: caveats(report),
    since: sinceLine(options.changes ?? []),
  };
  const renderShape = (shape: Shape) => renderShapeOf(report, options, shape, shared);
  const shapes = choose(report, options, shared);
  // Shapes with more table rows than could possibly fit are not worth rendering.
  const first = Math.max(
    0,
    shapes.findIndex((shape) => rowCount(report, options, shape) * MIN_ROW <= limit.max),
  );
  const full = renderShape(shapes[first]!);
  if (limit.measure(full) <= limit.max) return full;
  // Each shape is no larger than the one before it: search for the first that fits.
  const fitting = firstSuccess(first + 1, shapes.length, (index) => {
    const text = renderShape(shapes[index]!);
    return limit.measure(text) <= limit.max ? text : undefined;
  });
  return fitting ?? hardTruncate(renderShape(shapes[shapes.length - 1]!), options, limit);
}

/**
 * The shapes that differ for this report: one that shows up to 500 items of each phase is
 * the full report when no phase has more than 10, and need not be rendered again once the
 * full one was too large. In the summary a shape's item count caps each phase's table; in
 * the comment, its lists of waivers and of items worth a look.
 */
function distinctShapes(report: Report, options: MarkdownOptions, shared: Shared): Shape[] {
  const itemsShown =
    options.detail === 'all'
      ? report.phases.reduce((most, phase) => Math.max(most, phase.tasks.length), 0)
      : Math.max(shared.lists.waived.length, shared.lists.worthALook.length);
  const seen = new Set<string>();
  return SHAPES.filter((shape) => {
    const key = [
      Math.min(shape.items, itemsShown),
      Math.min(shape.phases, report.phases.length),
      Math.min(shape.blockers, shared.blockers.length),
      shape.titleMax,
    ].join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The value of the first index in [from, count) whose attempt succeeds, for attempts that
 * succeed from some index on. The nearest are tried first, at doubling steps, then the gap
 * is halved: a size limit is mostly met a shape or two down, and no search takes more than
 * about twice log2(count) attempts.
 */
export function firstSuccess<T>(from: number, count: number, attempt: (index: number) => T | undefined): T | undefined {
  let failed = from - 1;
  let found: { index: number; value: T } | undefined;
  for (let step = 1; !found && failed < count - 1; step *= 2) {
    const index = Math.min(failed + step, count - 1);
    const value = attempt(index);
    if (value === undefined) failed = index;
    else found = { index, value };
  }
  if (!found) return undefined;
  for (let low = failed + 1, high = found.index - 1; low <= high;) {
    const middle = (low + high) >> 1;
    const value = attempt(middle);
    if (value === undefined) low = middle + 1;
    else {
      found = { index: middle, value };
      high = middle - 1;
    }
  }
  return found.value;
}

/** The fewest characters a table row can take: `| \`x\` | … |` with its cells. */
const MIN_ROW = 30;

/** How many rows a shape shows at least, without rendering it. */
function rowCount(report: Report, options: MarkdownOptions, shape: Shape): number {
  const phases = Math.min(shape.phases, report.phases.length);
  const items =
    options.detail === 'all' ? report.phases.slice(0, phases).reduce((sum, phase) => sum + Math.min(shape.items, phase.tasks.length), 0) : 0;
  const blockers = Math.min(shape.blockers, report.incompletePhases.length === 0 ? 0 : report.counts.items - report.counts.satisfied);
  return phases + items + blockers;
}

export const measureCharacters = (text: string): number => text.length;
export const measureBytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** The last resort: cut at a line, keeping the headline, and say so. */
function hardTruncate(text: string, options: MarkdownOptions, limit: SizeLimit): string {
  const note = `\n\n_The report was cut to fit GitHub’s size limit${options.detail === 'problems' ? '; the job summary shows more' : ''}._\n`;
  let keep = text.length;
  while (keep > 0 && limit.measure(text.slice(0, keep) + note) > limit.max) keep = Math.floor(keep * 0.9);
  return text.slice(0, text.lastIndexOf('\n', keep) + 1) + note;
}

function renderShapeOf(report: Report, options: MarkdownOptions, shape: Shape, shared: Shared): string {
  const view: ViewContext = {
    report,
    rows: shared.rows,
    ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
    ...(options.subject ? { subject: options.subject } : {}),
  };
  const lines = [headline(view, shape.titleMax), '', shared.figures];
  if (shared.caveats.length > 0) lines.push('', ...shared.caveats);
  lines.push('');
  const { waived } = shared.lists;
  const { since } = shared;
  if (report.ready && options.detail === 'problems') {
    // Ready: a few lines, no tables — what stands in for the plan, and what changed.
    for (const line of [...waiversLine(view, waived), ...since]) lines.push(line, '');
    if (options.footer) lines.push(options.footer, '');
    return lines.join('\n');
  }
  const elsewhere = options.detail === 'problems' ? 'the job summary lists them' : '`readiness-gate check --verbose` lists every item';
  const table = blockersTable(view, shared.blockers, shape.blockers, shape.titleMax, elsewhere);
  if (table.length > 0) lines.push(...table, '');
  if (since.length > 0) lines.push(...since, '');
  if (options.detail === 'problems') {
    for (const line of commentDetails(view, shape, shared.lists)) lines.push(line);
  } else {
    if (report.ready) lines.push(...waiversLine(view, waived), '');
    const { lines: phases, hiddenItems } = summaryPhases(view, shape);
    for (const line of phases) lines.push(line);
    if (hiddenItems > 0) lines.push(`_To stay within GitHub’s size limit, ${hiddenItems} items were left out; ${elsewhere}._`, '');
  }
  if (options.footer) lines.push(options.footer, '');
  return lines.join('\n');
}
