import type { Block } from '../3-structure.js';
import { readDate, type YearSource } from '../classify/date.js';
import { shorten } from '../classify/text.js';

/**
 * The year a day written without one ("due Oct 16") belongs to: the year the nearest heading
 * above it names ("## Q4 2026", "### 2027 roadmap"), else the year the document names in its
 * title or in a line that dates it ("Last updated 2026-03-01"). Two years where one is needed
 * are no answer: the date is left out, never guessed.
 */

const YEAR = /(?<![\d.])(?:19|20)\d\d(?![\d.]|-bit)/g;

/** The year a heading names, if it names one; a problem if it names two. */
export function yearOfHeading(text: string): YearSource | undefined {
  // Most headings hold no year: no need to gather them.
  if (!/(?:19|20)\d\d/.test(text)) return undefined;
  const years = new Set(text.match(YEAR) ?? []);
  const where = `the heading '${shorten(text, 60)}'`;
  if (years.size === 0) return undefined;
  if (years.size > 1) return { problem: `${where} names the years ${[...years].join(' and ')}` };
  return { year: Number([...years][0]), from: where };
}

/** "Last updated: 2026-03-01", "**Date:** March 1, 2026", "As of 2026-03-01": a line that dates the document. */
const DATED_LINE =
  /^\W{0,4}(?:(?:(?:last[ -])?(?:updated|modified|revised|reviewed|edited)|created|written|published|date|report date|version date)\W{0,4}:|(?:last[ -]updated|updated on|(?:status )?as of|dated)\b)\W{0,3}/i;

/**
 * The year of the document: the one its title (its first heading) names, else the one every
 * line that dates it agrees on. Found before the reading starts, since a dating line often
 * closes the document.
 */
export function documentYear(blocks: readonly Block[]): YearSource | undefined {
  const first = blocks.find((block) => block.kind === 'heading');
  const title = blocks.find((block) => block.kind === 'heading' && block.depth === 1) ?? first;
  const fromTitle = title?.kind === 'heading' ? yearOfHeading(title.content.text) : undefined;
  if (fromTitle) return fromTitle;
  const years = new Map<number, string>();
  for (const block of blocks) {
    if (block.kind === 'paragraph')
      for (const line of block.content.lines.length > 0 ? block.content.lines : [block.content.text]) datedLine(line, years);
    else if (block.kind === 'item') datedLine(block.content.text, years);
    else if (block.kind === 'table') for (const row of block.rows) datedLine(row.cells.map((cell) => cell.text).join(': '), years);
  }
  if (years.size === 0) return undefined;
  if (years.size > 1) return { problem: `the lines that date the document name the years ${[...years.keys()].join(' and ')}` };
  const [year, line] = [...years][0]!;
  return { year, from: `the line '${shorten(line, 60)}'` };
}

function datedLine(line: string, years: Map<number, string>): void {
  const label = DATED_LINE.exec(line);
  if (!label) return;
  const date = readDate(line.slice(label[0].length, label[0].length + 40)).date;
  if (date) years.set(Number(date.slice(0, 4)), line);
}
