import { describe, expect, it } from 'vitest';
import { LinkStates } from '../../src/core/links/links.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';
import { evaluate } from '../../src/core/verdict/evaluate.js';
import { ITEM_LOOK, itemState, shown, type ItemState } from '../../src/core/views/present.js';
import { renderTrackingDocument } from '../../src/core/views/render-document.js';
import { COMMENT_LIMIT, measureCharacters, renderMarkdownReport } from '../../src/core/views/render-report.js';
import { renderTextReport } from '../../src/core/views/render-text.js';

const repository = { owner: 'acme', repo: 'api' };
const manifest = parseManifest(
  `version: 1
phases:
  - id: P0
    name: Every state
    blocking: true
    tasks:
      - { id: A.done, title: Alpha, status: done }
      - { id: B.waived, title: Bravo, status: todo, waiver: { reason: accepted } }
      - { id: C.drift, title: Charlie, status: done, links: ["#1"] }
      - { id: D.unknown, title: Delta, status: done, links: ["#2"] }
      - { id: E.progress, title: Echo, status: in-progress }
      - { id: F.blocked, title: Foxtrot, status: blocked }
      - { id: G.todo, title: Golf, status: todo }
`,
  'readiness.yml',
);
const links = LinkStates.of([
  [
    { ...repository, number: 1 },
    { kind: 'issue', state: 'open', title: 'One' },
  ],
]);
const report = evaluate(manifest, { gate: 'merge', today: '2026-01-01', links, repository });
const items = report.phases[0]!.tasks;
const limit = { max: COMMENT_LIMIT, measure: measureCharacters };

const views = {
  comment: renderMarkdownReport(report, { detail: 'problems' }, limit),
  summary: renderMarkdownReport(report, { detail: 'all' }, limit),
  cli: renderTextReport(report, { verbose: true }),
  render: renderTrackingDocument(report, { source: 'readiness.yml' }),
};

/** The lines of a view that name the item (as code in Markdown, as a word in the terminal and the document). */
function linesOf(view: string, id: string): string[] {
  return view.split('\n').filter((line) => line.includes(`\`${id}\``) || line.includes(` ${id} `) || line.startsWith(`| ${id} |`));
}

describe('one vocabulary', () => {
  it('covers every item state in this plan', () => {
    expect(new Set(items.map(itemState))).toEqual(new Set(Object.keys(ITEM_LOOK)));
  });

  it('shows the same item state with the same symbol and word in the comment, the summary, the CLI and render', () => {
    for (const item of items) {
      const state: ItemState = itemState(item);
      const look = shown(ITEM_LOOK[state]);
      const others = Object.entries(ITEM_LOOK)
        .filter(([other]) => other !== state)
        .map(([, other]) => shown(other));
      for (const [name, view] of Object.entries(views)) {
        // The comment shows only what blocks: satisfied items are not among its rows.
        if (name === 'comment' && item.satisfied) continue;
        const rows = linesOf(view, item.id).filter((line) => line.startsWith('|') || line.trimStart().match(/^\S+ [a-z ]+ · /));
        expect(rows.length, `${item.id} in the ${name}`).toBeGreaterThan(0);
        for (const row of rows) {
          expect(row, `${item.id} in the ${name}`).toContain(look);
          for (const other of others) expect(row, `${item.id} in the ${name}`).not.toContain(other);
        }
      }
    }
  });
});
