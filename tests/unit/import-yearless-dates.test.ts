import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../src/core/import/importer.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';
import { readDate, readTrailingDate, withYear } from '../../src/core/import/classify/date.js';
import { yearOfHeading } from '../../src/core/import/read/year.js';

/**
 * Days written without their year ("due Oct 16", "16 Oct") take the year of the nearest
 * heading above that names one, else the year the document names in its title or in a line
 * that dates it; else they are left out with a comment that says why. Never guessed.
 */
function dues(file: string) {
  const markdown = readFileSync(new URL(`../fixtures/import/unseen/${file}`, import.meta.url), 'utf8');
  const { yaml, manifest, summary } = importMarkdown(markdown, file);
  expect(parseManifest(yaml, 'readiness.yml').data).toEqual(manifest);
  const lines = yaml.split('\n');
  // Each task's title and due lines, with the comments written beside them.
  const tasks = lines.flatMap((line, i) =>
    /^ {8}title: /.test(line)
      ? [[line, ...lines.slice(i + 1, i + 4).filter((next) => /^ {8}due: /.test(next))].map((text) => text.trim()).join(' / ')]
      : [],
  );
  return { tasks, guesses: Object.fromEntries(summary.guesses) };
}

describe('dates without a year', () => {
  it('take the year of the nearest heading that names one, in lists and tables, else the one a line dating the document names', () => {
    const { tasks, guesses } = dues('yearless-headings.md');
    expect(tasks).toEqual([
      "title: Freeze the API / due: 2026-10-16 # the year 2026 from the heading 'Q4 2026'",
      "title: Cut the branch / due: 2026-10-16 # the year 2026 from the heading 'Q4 2026'",
      "title: Retire the old CLI / due: 2027-03-03 # the year 2027 from the heading '2027 roadmap'",
      "title: Write the FAQ / due: 2025-12-01 # the year 2025 from the line 'Last updated: 2025-11-20'",
    ]);
    expect(guesses['year from its context']).toBe(4);
  });

  it("take the year of the document's title; a day that year does not have, or a heading naming two years, leaves the date out with the reason", () => {
    const { tasks, guesses } = dues('yearless-title.md');
    expect(tasks).toEqual([
      "title: Branch off # impossible date left out: 'Feb 29' is not a day of 2026",
      "title: Move the runners # date without a year left out: 'Jan 12' (the heading '2026–2027 migration' names the years 2026 and 2027)",
    ]);
    expect(guesses['date left out']).toBe(2);
  });

  it('are left out with a comment when nothing in the document names the year', () => {
    expect(dues('yearless-none.md').tasks).toEqual([
      "title: Hand over the pager # date without a year left out: 'Oct 16' (neither a heading above it nor the document names a year)",
    ]);
  });

  it('are left out when the lines dating the document disagree on the year', () => {
    expect(dues('yearless-dated-lines.md').tasks).toEqual([
      "title: Drop the legacy tables # date without a year left out: 'Jan 9' (the lines that date the document name the years 2025 and 2026)",
    ]);
  });

  it('are read as days without a year only where no full date starts first, and only with a capitalized month', () => {
    expect(readDate('ship on Oct 16th').yearless).toEqual({ month: 10, day: 16, text: 'Oct 16th' });
    expect(readDate('ship on 16 October').yearless).toEqual({ month: 10, day: 16, text: '16 October' });
    expect(readDate('ship Oct 16, 2026').date).toBe('2026-10-16');
    expect(readDate('ship 2026 Oct 16').date).toBe('2026-10-16');
    expect(readDate('released Oct 2026')).toEqual({});
    expect(readDate('this may 2 things')).toEqual({});
    expect(readTrailingDate('Cut the branch Oct 16')).toMatchObject({ yearless: { month: 10, day: 16 }, at: 14 });
    expect(readTrailingDate('Support Node 16')).toEqual({});
    expect(withYear(readDate('Oct 16'), { year: 2026, from: 'x' })).toEqual({ date: '2026-10-16', yearFrom: 'the year 2026 from x' });
    expect(yearOfHeading('Handle 2048-bit keys')).toBeUndefined();
    expect(yearOfHeading('v1.2026 notes')).toBeUndefined();
  });
});
