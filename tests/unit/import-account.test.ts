import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainAccount } from '../../src/core/import/explain.js';
import { importMarkdown } from '../../src/core/import/importer.js';
import { itemAndRowLines } from '../support/item-lines.js';

describe('import --explain: the account of every list item and table row', () => {
  const markdown = readFileSync(new URL('../fixtures/import/account.md', import.meta.url), 'utf8');
  const result = importMarkdown(markdown, 'account.md');
  const explained = explainAccount(result.account);

  it('has one entry per list item and table row, in the legend, the template, the contents and the reference table too', () => {
    expect(result.account.map((entry) => entry.line).sort((a, b) => a - b)).toEqual(itemAndRowLines(markdown));
    expect(explained.match(/^ {2}line \d+:/gm)).toHaveLength(itemAndRowLines(markdown).length);
  });

  it('says for each which task it became or why it is none', () => {
    expect(explained).toBe(
      [
        '  line 5: Legend',
        "    not a task: in 'Contents': a table of contents",
        '  line 6: Work',
        "    not a task: in 'Contents': a table of contents",
        '  line 10: ✅ = done',
        "    not a task: in 'Legend': a legend of the symbols",
        '  line 11: 🚧 = under way',
        "    not a task: in 'Legend': a legend of the symbols",
        '  line 15: Freeze the API',
        '    → launch-plan.1 (todo)',
        '  line 16: 🚧 Write the migration guide',
        '    → launch-plan.2 (in-progress)',
        '  line 17: covers the config changes',
        '    not a task: a note of the task above it',
        '  line 18: Freeze the API',
        '    the same task as launch-plan.1, imported once',
        '  line 19: Owner: @dana',
        '    not a task: metadata of the section (owner, date or dependency)',
        '  line 23: Load test | @ravi | ✅',
        '    → launch-plan.3 (done)',
        '  line 24: (an empty row)',
        '    not a task: an empty row',
        '  line 25: Security review | @mo | ❌',
        '    → launch-plan.4 (todo)',
        '  line 29: Tests pass',
        "    not a task: in 'Definition of Done': a template to copy",
        '  line 30: Docs updated',
        "    not a task: in 'Definition of Done': a template to copy",
        '  line 36: Design | design',
        "    not a task: in 'References': reference material",
        '  line 37: Runbook | runbook',
        "    not a task: in 'References': reference material",
        '',
      ].join('\n'),
    );
  });

  it('counts on stderr what was left out, by reason', () => {
    expect(result.summary.leftOut).toContainEqual(['a table of contents', 2]);
    expect(result.summary.leftOut).toContainEqual(['a template to copy', 2]);
  });

  it('keeps a duplicate less finished than its first listing, as the plan is', () => {
    const frozen = result.manifest.phases[0]!.tasks.find((task) => task.title === 'Freeze the API');
    expect(frozen?.status).toBe('todo');
  });
});

describe('a mark becomes done only where the document says what it means', () => {
  it('leaves a ✅ under a level column todo, saying why', () => {
    const { yaml } = importMarkdown('# A\n\n| Check | Level A |\n|---|---|\n| Alt text | ✅ |\n', 'a.md');
    expect(yaml).toContain("status: todo # '✅' under 'Level A', which marks where it applies, which the document does not establish as done: todo");
  });

  it('reads N/A as no answer, not as No', () => {
    const { manifest, yaml } = importMarkdown('# A\n\n| Task | Status |\n|---|---|\n| Alt text | N/A |\n', 'a.md');
    expect(manifest.phases[0]!.tasks[0]!.status).toBe('todo');
    expect(yaml).toContain("'N/A' (not applicable), which the document does not establish as done: todo");
  });
});

describe('import --explain: items nested in block quotes and tables inside list items', () => {
  const markdown = [
    '# Plan',
    '',
    '## Launch',
    '',
    '- [ ] Sign-off from security',
    '  > - [x] Pen test reviewed',
    '  > - [ ] Findings closed',
    '  >   > - [ ] Re-test booked',
    '- Rollout checklist',
    '',
    '  | Task | Status |',
    '  |---|---|',
    '  | Canary in eu-west | Done |',
    '  | Full rollout | TODO |',
    '',
    '1. Announce',
    '   > 1. [x] Changelog written',
    '',
  ].join('\n');
  const result = importMarkdown(markdown, 'nested.md');

  it('accounts for every one of them, as markdown-it lists them', () => {
    expect(result.account.map((entry) => entry.line).sort((a, b) => a - b)).toEqual(itemAndRowLines(markdown));
  });

  it('imports them with the marks they carry', () => {
    const tasks = result.manifest.phases.flatMap((phase) => phase.tasks);
    const status = (title: string) => tasks.find((task) => task.title === title)?.status;
    expect(status('Pen test reviewed')).toBe('done');
    expect(status('Findings closed')).toBe('todo');
    expect(status('Re-test booked')).toBe('todo');
    expect(status('Canary in eu-west')).toBe('done');
    expect(status('Full rollout')).toBe('todo');
    expect(status('Changelog written')).toBe('done');
  });
});
