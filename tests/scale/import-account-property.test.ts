import { describe, expect, it } from 'vitest';
import { ImportError, importMarkdown } from '../../src/core/import/importer.js';
import { random, type Random } from '../support/random.js';
import { itemAndRowLines } from '../support/item-lines.js';

/**
 * The two rules above every pattern, held against a small model of the contract on random
 * documents: no manifest has more `done` tasks than items whose mark the document
 * establishes as done, and every list item and table row has exactly one account entry,
 * with a task or a reason.
 *
 * The model knows, for each kind of line it writes, whether its mark establishes done:
 * a checked box, ✅ before an item, a Done or ✅ Status cell do; a ✅ under a column that
 * names a level, "N/A", a symbol no legend explains, two marks of which one is open, and
 * anything in a legend, an unfilled template or a table of contents do not.
 */
interface Piece {
  markdown: string;
  /** Items this piece holds whose mark the document establishes as done. */
  done: number;
}

const LIST_LINES: readonly ((title: string) => Piece)[] = [
  (t) => ({ markdown: `- [x] ${t}`, done: 1 }),
  (t) => ({ markdown: `- [ ] ${t}`, done: 0 }),
  (t) => ({ markdown: `- ✅ ${t}`, done: 1 }),
  (t) => ({ markdown: `- ❌ ${t}`, done: 0 }),
  (t) => ({ markdown: `- 🚧 ${t}`, done: 0 }),
  (t) => ({ markdown: `- 🌟 ${t}`, done: 0 }),
  (t) => ({ markdown: `- ${t}`, done: 0 }),
  (t) => ({ markdown: `1. ${t}`, done: 0 }),
  (t) => ({ markdown: `- [ ] ${t} [IN PROGRESS]`, done: 0 }),
  (t) => ({ markdown: `- [x] ${t}\n  - [ ] sub ${t}`, done: 2 }),
  (t) => ({ markdown: `- ~~${t}~~`, done: 1 }),
  // Items in a block quote inside an item, and a table inside an item: nested, still counted.
  (t) => ({ markdown: `- [ ] ${t}\n  > - [x] quoted ${t}\n  > - [ ] quoted open ${t}`, done: 1 }),
  (t) => ({ markdown: `- ${t}\n\n  | Task | Status |\n  |---|---|\n  | row ${t} | Done |\n`, done: 1 }),
];

const STATUS_CELLS: readonly [string, number][] = [
  ['✅', 1],
  ['Done', 1],
  ['❌', 0],
  ['In progress', 0],
  ['N/A', 0],
  ['✅🔨', 0],
  ['', 0],
  ['TODO', 0],
];

function words(rng: Random): string {
  const pool = ['deploy', 'docs', 'cache', 'login', 'backup', 'alerts', 'search', 'audit', 'billing', 'export'];
  return `${rng.pick(pool)} ${rng.pick(pool)} ${rng.int(1000)}`;
}

function section(rng: Random, n: number): Piece {
  const kind = rng.int(7);
  const count = 1 + rng.int(5);
  const titles = Array.from({ length: count }, () => words(rng));
  if (kind === 0) {
    // A table with a Status column.
    const cells = titles.map((t) => [t, rng.pick(STATUS_CELLS)] as const);
    const rows = cells.map(([t, [cell]]) => `| ${t} | ${cell} |`).join('\n');
    return { markdown: `## Table ${n}\n\n| Task | Status |\n|---|---|\n${rows}\n`, done: cells.reduce((sum, [, [, d]]) => sum + d, 0) };
  }
  if (kind === 1) {
    // ✅ under columns that name levels: where a check applies, never that it is done.
    const rows = titles.map((t) => `| ${t} | ${rng.pick(['✅', ''])} | ✅ |`).join('\n');
    return { markdown: `## Levels ${n}\n\n| Check | Level B | Level A |\n|---|---|---|\n${rows}\n`, done: 0 };
  }
  if (kind === 2) {
    const junk = rng.pick(['Legend', 'Definition of Done', 'Contents', 'Template']);
    const boxes = titles.map(() => rng.pick([' ', 'x']));
    const lines = titles.map((t, i) => (junk === 'Contents' ? `- [${t}](#${t.replace(/ /g, '-')})` : `- [${boxes[i]}] ${t}`));
    // A template is the unfilled one: a Definition of Done with a checked box is the team's own.
    const checked = boxes.filter((box) => box === 'x').length;
    const filled = (junk === 'Definition of Done' || junk === 'Template') && checked > 0;
    return { markdown: `## ${junk}\n\n${lines.join('\n')}\n`, done: filled ? checked : 0 };
  }
  if (kind === 3) return { markdown: `## Legend ${n}\n\n- ✅ = done\n- 🚧 = in progress\n`, done: 0 };
  const pieces = titles.map((t) => rng.pick(LIST_LINES)(t));
  const heading = rng.pick(['## Checklist', `## Phase ${n}`, `### Step ${n}`, `## Q3 2025`]);
  return { markdown: `${heading}\n\n${pieces.map((p) => p.markdown).join('\n')}\n`, done: pieces.reduce((sum, p) => sum + p.done, 0) };
}

function document(seed: number): Piece {
  const rng = random(seed);
  const sections = Array.from({ length: 1 + rng.int(6) }, (_, i) => section(rng, i + 1));
  return { markdown: `# Plan ${seed}\n\n${sections.map((s) => s.markdown).join('\n')}`, done: sections.reduce((sum, s) => sum + s.done, 0) };
}

describe('import: never greener than the document, nothing dropped in silence', () => {
  const first = Number(process.env.READINESS_ACCOUNT_SEED ?? Date.now() % 1_000_000);
  const runs = process.env.READINESS_ACCOUNT_SEED ? 1 : 400;
  console.log(`import account property: seeds ${first}–${first + runs - 1} (replay one: READINESS_ACCOUNT_SEED=<seed>)`);

  it('holds for random documents against the model of the contract', () => {
    for (let seed = first; seed < first + runs; seed++) {
      const doc = document(seed);
      let result;
      try {
        result = importMarkdown(doc.markdown, `plan-${seed}.md`);
      } catch (error) {
        if (error instanceof ImportError) continue;
        throw error;
      }
      const where = `seed ${seed}:\n${doc.markdown}`;
      expect(result.summary.done, where).toBeLessThanOrEqual(doc.done);
      const lines = result.account.map((entry) => entry.line).sort((a, b) => a - b);
      expect(lines, where).toEqual(itemAndRowLines(doc.markdown));
      for (const entry of result.account) expect(entry.items.length > 0 || Boolean(entry.reason), `${where}\nline ${entry.line}`).toBe(true);
      const accounted = new Set(result.account.flatMap((entry) => entry.items));
      for (const phase of result.manifest.phases)
        for (const task of [...phase.tasks, ...phase.acceptance])
          expect(
            [...accounted].some((item) => item.id === task.id),
            where,
          ).toBe(true);
    }
  });
});
