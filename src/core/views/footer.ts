/**
 * The small print under the comment and the summary: the manifest as a link to the lines
 * that matter at the commit evaluated, and the run. One line, which a refresh recognises
 * (it names the run, so a new run alone is no reason to rewrite a comment).
 */
import { isGated } from '../verdict/policy.js';
import type { Report } from '../verdict/report.js';

export interface FooterSource {
  /** The manifest's path in the repository. */
  path: string;
  /** The commit it was read at. */
  sha: string;
  /** `https://github.com/owner/repo/blob/<sha>/<path>`, when the page is known. */
  blobUrl?: string;
  /** The run's page. */
  runUrl?: string;
}

export interface LineRange {
  start: number;
  end: number;
}

/**
 * The lines of the gate's incomplete phases (from the first one's line to the end of the
 * last one), or of the whole file when nothing is incomplete or lines are not known.
 */
export function manifestRange(report: Report, lineCount: number): LineRange {
  const lines = report.phases.map((phase) => phase.line);
  const incomplete = report.phases.flatMap((phase, index) => (isGated(phase) && !phase.complete && phase.line ? [index] : []));
  if (incomplete.length === 0) return { start: 1, end: lineCount };
  const first = incomplete[0]!;
  const last = incomplete[incomplete.length - 1]!;
  const next = lines.slice(last + 1).find((line) => line !== undefined);
  return { start: lines[first]!, end: next ? next - 1 : lineCount };
}

/** The footer's line; its start and its words are what `isFooterLine` knows it by. */
export function footerLine(source: FooterSource, range?: LineRange): string {
  const path = `\`${source.path.replace(/[`\r\n]/g, '')}\``;
  const lines = range ? (range.start === range.end ? ` line ${range.start}` : ` lines ${range.start}–${range.end}`) : '';
  const anchor = range ? (range.start === range.end ? `#L${range.start}` : `#L${range.start}-L${range.end}`) : '';
  const manifest = source.blobUrl ? `[${path}${lines}](${source.blobUrl}${anchor})` : `${path}${lines}`;
  const run = source.runUrl ? ` · [the run](${source.runUrl})` : '';
  return `<sub>readiness-gate · manifest ${manifest} at \`${source.sha.slice(0, 7)}\`${run}</sub>`;
}

const FOOTER_LINE = /^<sub>readiness-gate · manifest .*<\/sub>$/;

export function isFooterLine(line: string): boolean {
  return FOOTER_LINE.test(line);
}
