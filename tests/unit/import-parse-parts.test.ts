import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/core/import/1-repair.js';
import { importMarkdown } from '../../src/core/import/importer.js';
import { readInParts, readWhole } from '../support/parts.js';
import { random, type Random } from '../support/random.js';

/**
 * The document parsed in parts must read as the whole document parsed at once by
 * `fromMarkdown` with GFM: the same blocks (headings, paragraphs, items, tables, code, with
 * their text, links and lines) and the same reading of them, on random documents made of
 * the constructs that can cross a cut — fences and HTML blocks left open, tables after
 * paragraphs, indented code, nested lists, block quotes, headings inside fences, reference
 * and footnote definitions before, after and twice — cut every few lines.
 */
const RUNS = Number(process.env.READINESS_PARTS_RUNS ?? 150);

const LINES = [
  ...['# Plan', '## Phase 1: Build', '### Tasks', '#', '#no space', '####### seven', '\\# escaped', '  ## indented'],
  ...['- [ ] open task', '- [x] done **bold** and _em_ &amp; &copy;', '* star item', '+ plus item', '- ', '-', '- - -', '* * *', '---', '==='],
  ...['  - [ ] nested task', '    - [x] deeper', '  continued text', '1. ordered', '2) second', '10. tenth'],
  ...['```', '~~~', '````', '  ```', '<div>', '</div>', '<!-- comment', '-->', '<b>inline</b> text', '<details>'],
  ...['| Task | Status |', '|---|---|', '| a | DONE |', 'a | b', '--|--', '| P1 | x |', '|:-:|'],
  ...['    indented code', '\tcode with a tab', '> quote', '> - [ ] quoted task', '>', '> ```', '> [ref', '> 1]: https://x/q'],
  ...['[ref1]: https://github.com/o/r/issues/1', '[Ref1]: https://github.com/o/r/pull/2', '[ref 3]: <https://github.com/o/r/issues/3> "t"'],
  ...['[^1]: a footnote', '[^n]:', '    indented footnote text', '[ref', '1]: https://github.com/o/r/issues/4', '[ref2]:', '  https://x/2'],
  ...['## Phase 2', '- [ ] another task', '- [x] another done', '* [ ] star task', '- [ ] task', '- plain item', '# Title'],
  ...['see [x][ref1] and [ref 3][]', '[ref1]', '- [ ] task [#5][ref2] [^1]', '[^n] call', '\\[ref1]', '[ref\\]1]', '`[ref1]`'],
  ...['https://github.com/a/b/issues/3 and www.x.com', 'a/b#3 and #12', '~~struck~~ text', '**Ann**: ready?', 'Owner: @ann'],
  ...['plain words here', 'more words', 'Completed:', '✅ = done', '', '', '', ''],
];
/** Lines that open what may never close, drawn less often so that most documents still have cuts to try. */
const RARE = ['```js', '</script>', '~~~~ fence', '<script>', '<?php', '?>', '<pre>'];

function document(r: Random): string {
  const length = 1 + r.int(100);
  const lines: string[] = [];
  for (let i = 0; i < length; i++) lines.push(r.chance(0.01) ? r.pick(RARE) : r.pick(LINES));
  const text = lines.join(r.chance(0.2) ? '\r\n' : '\n');
  return r.chance(0.5) ? `${text}\n` : text;
}

describe('a document parsed in parts', () => {
  it(`reads as the whole document parsed at once, on ${RUNS} random documents cut every few lines`, () => {
    const base = Number(process.env.READINESS_PARTS_SEED ?? Date.now() % 1_000_000);
    const runs = process.env.READINESS_PARTS_SEED ? 1 : RUNS;
    let cut = 0;
    for (let i = 0; i < runs; i++) {
      const seed = base + i;
      const r = random(seed);
      const text = repairText(document(r), 'doc.md').text;
      const partLines = 1 + r.int(8);
      const replay = `seed ${seed} (replay: READINESS_PARTS_SEED=${seed}), parts of ${partLines} lines\n${JSON.stringify(text)}`;
      const parts = readInParts(text, partLines);
      const expected = readWhole(text);
      expect(parts.blocks, replay).toEqual(expected.blocks);
      expect(parts.reading, replay).toEqual(expected.reading);
      if (parts.parts > 1) cut++;
    }
    console.info(`parts differential: seeds ${base}–${base + runs - 1}, ${cut} of ${runs} documents read in more than one part`);
    if (runs === RUNS) expect(cut).toBeGreaterThan(RUNS / 3);
  });

  it('imports a document written with CRLF line ends as the same one with LF', () => {
    const r = random(7);
    for (let i = 0; i < 50; i++) {
      const lf = `# Plan\n\n${Array.from({ length: 40 }, () => r.pick(LINES)).join('\n')}\n- [ ] one task\n`;
      const attempt = (text: string) => {
        try {
          return importMarkdown(text, 'plan.md').yaml;
        } catch (error) {
          return String(error);
        }
      };
      expect(attempt(lf.replace(/\n/g, '\r\n'))).toBe(attempt(lf));
    }
  });
});
