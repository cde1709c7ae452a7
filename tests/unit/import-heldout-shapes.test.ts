import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../src/core/import/importer.js';
import { explainAccount } from '../../src/core/import/explain.js';

/**
 * Shapes the held-out documents of bench/import-sources.md showed on first sight, each as a
 * self-written miniature: a done word a qualifier limits, a document wrapped in one
 * ```markdown fence, path columns, and numbered success criteria beside a checklist of plans.
 */
function read(file: string) {
  const markdown = readFileSync(new URL(`../fixtures/import/unseen/${file}`, import.meta.url), 'utf8');
  const result = importMarkdown(markdown, file);
  const tasks = result.manifest.phases.flatMap((phase) => phase.tasks.map((task) => `${task.id} | ${task.status} | ${task.title}`));
  return { ...result, tasks };
}

describe('shapes of the held-out documents', () => {
  it('a done word a qualifier limits ("Baseline verified", "Mostly done") is in progress, not done', () => {
    expect(read('qualified-status.md').tasks).toEqual([
      'cutover.1 | in-progress | Gateway',
      'cutover.2 | in-progress | Search',
      'cutover.3 | done | Billing',
    ]);
  });

  it('a document written whole inside one ```markdown fence is read as the Markdown it holds, each line keeping its number', () => {
    const { tasks, yaml, account } = read('fenced-document.md');
    expect(tasks).toEqual(['release.1 | todo | Tag the release', 'release.2 | done | Write the notes']);
    expect(yaml).toContain('the whole document is one ```markdown code block: read as the Markdown it holds');
    expect(explainAccount(account)).toContain('line 5: Tag the release');
  });

  it('a Source Path column names the item; a Target Path is no due date and Gaps are no titles', () => {
    const { tasks, manifest } = read('path-columns.md');
    expect(tasks).toEqual(['docs-move.1 | done | docs/intro.md', 'docs-move.2 | todo | docs/faq.md']);
    expect(manifest.phases[0]!.tasks.every((task) => task.due === undefined)).toBe(true);
  });

  it('numbered success criteria beside a checklist of plans are not its items, and only the line before a list labels it', () => {
    expect(read('criteria-lists.md').tasks).toEqual(['P2.1 | done | 02-01-PLAN.md — Build the wheel', 'P2.2 | todo | 02-02-PLAN.md — Publish it']);
  });
});
