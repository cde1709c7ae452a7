import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/core/import/1-repair.js';
import { parseMarkdown } from '../../src/core/import/2-parse.js';
import { readStructure, type Block, type Structure } from '../../src/core/import/3-structure.js';
import { importMarkdown } from '../../src/core/import/importer.js';
import { mdastStructure } from '../support/mdast-structure.js';
import { random, type Random } from '../support/random.js';

/**
 * The structure step reads markdown-it's tokens; mdast-util-from-markdown with GFM, the
 * parser it replaced, is kept as the oracle (tests/support/mdast-structure.ts). Both must
 * give the same blocks — headings, paragraphs, items with their nesting and checkboxes,
 * tables, code, with their text, links, lines and flags — on every fixture, every seed and
 * random documents of the constructs where Markdown parsers part ways.
 */
const RUNS = Number(process.env.READINESS_MARKDOWN_RUNS ?? 300);

function readWithMarkdownIt(text: string): Structure {
  return readStructure(parseMarkdown(text, 'doc.md'));
}

/**
 * Where the two parsers differ by design rather than by mistake, that class of difference
 * is taken out of the comparison here, and only here:
 *
 * - Table rows are as wide as the header: markdown-it pads a short row with empty cells
 *   and leaves out cells past the header's count, as GitHub shows the table; mdast keeps
 *   the cells as written. (The importer reads a missing cell as an empty one; a cell past
 *   the header, which GitHub does not show, is no longer read.)
 */
function comparable(structure: Structure): Block[] {
  return structure.blocks.map((block) => {
    if (block.kind !== 'table') return block;
    const width = block.header.length;
    const empty = { text: '', lines: [], links: [], struck: false, anchorsOnly: false };
    const rows = block.rows.map((row) => ({ ...row, cells: Array.from({ length: width }, (_, i) => row.cells[i] ?? empty) }));
    return { ...block, rows };
  });
}

/**
 * Generated documents avoid, by a blank line, what only micromark (the oracle's parser)
 * reads otherwise than CommonMark's reference parser and markdown-it do:
 *
 * - a list item that may not interrupt a paragraph (an empty one, or ordered from other
 *   than 1) after indented code or a reference definition: micromark reads it as
 *   paragraph text, as though a paragraph were open, even past a blank line after code;
 *   such items are not generated, and a blank line follows a definition;
 * - a line of HTML (`</script>`, `-->`) on a lazy continuation line of a quote or item:
 *   micromark lets an HTML block interrupt the lazy paragraph;
 * - a line indented four or more right after text: after a block quote line micromark
 *   continues the quote's paragraph lazily where markdown-it starts indented code;
 * - a one-column table whose header or delimiter row has no pipe (`a\n|:-:|`,
 *   `| one |\n---`): micromark and markdown-it disagree on which is a table.
 */
function avoidKnownDifferences(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const before = out.at(-1) ?? '';
    const afterText = before.trim() !== '';
    const itemThatCannotInterrupt = /^ {0,3}(?:[-*+]\s*$|(?:[2-9]|1\d)[.)](?:\s|$))/.test(line);
    const html = /^\s*(?:<\/|-->|\?>)/.test(line);
    const indentedAfterText = /^(?: {4}|\t)/.test(line);
    const afterDefinition = before.includes(']:');
    const rowEnd = before.includes('|') && !line.includes('|');
    if (afterText && (itemThatCannotInterrupt || html || indentedAfterText || afterDefinition || rowEnd)) out.push('');
    out.push(line);
  }
  return out;
}

function expectSame(text: string, replay: string): void {
  expect(comparable(readWithMarkdownIt(text)), replay).toEqual(comparable(mdastStructure(text)));
}

const LINES = [
  ...['# Plan', '## Phase 1: Build', '### Tasks', '#', '#no space', '####### seven', '\\# escaped', '  ## indented', 'Setext', '---', '==='],
  ...['- [ ] open task', '- [x] done **bold** and _em_ &amp; &copy;', '* star item', '+ plus item', '- - -', '* * *'],
  ...['- [X] upper', '- [ ]', '- [ ]   ', '- [x]\ttab', '- [ ]no space', '- [x] [link](https://github.com/o/r/pull/9)', '1. [ ] ordered task'],
  ...['  - [ ] nested task', '    - [x] deeper', '      - [ ] deepest', '  continued text', '1. ordered', '1) first', '- > quoted in item'],
  ...['```', '~~~', '````', '  ```', '<div>', '</div>', '<!-- comment', '-->', '<b>inline</b> text<br>more', '<details>'],
  ...['| Task | Status |', '|---|---|', '| a | DONE |', 'a | b', '--|--', '| P1 | x |', '| a | b | c |', '| `a|b` | \\| |'],
  ...['    indented code', '\tcode with a tab', '> quote', '> - [ ] quoted task', '>', '> ```', '> [ref', '> 1]: https://x/q', '>> deeper'],
  ...['[ref1]: https://github.com/o/r/issues/1', '[Ref1]: https://github.com/o/r/pull/2', '[ref 3]: <https://github.com/o/r/issues/3> "t"'],
  ...['[ref', '1]: https://github.com/o/r/issues/4', '[ref2]:', '  https://x/2', '[x]: https://github.com/o/r/issues/8'],
  ...['## Phase 2', '- [ ] another task', '- [x] another done', '* [ ] star task', '- plain item', '# Title'],
  ...['see [x][ref1] and [ref 3][]', '[ref1]', '- [ ] task [#5][ref2]', '\\[ref1]', '[ref\\]1]', '`[ref1]`'],
  ...['https://github.com/a/b/issues/3 and [b](https://github.com/a/b/pull/4)', '<https://github.com/a/b/issues/5>', 'a/b#3 and #12'],
  ...['~~struck~~ text', '~one~ tilde', '~~~three~~~', '- [ ] ~~all struck~~', '- ~~struck~~ item', '**Ann**: ready?', '✅ **Bo**: done'],
  ...['*emph* _em_ **strong** __strong__ ***both*** *_mixed_*', '![alt **text**](x.png) image', '![Complete][ref1]', '[toc](#anchor)'],
  ...[
    '&amp; &#35;12 &lt;b&gt; &nbsp; &bogus;',
    'Owner: @ann',
    'text with trailing spaces  ',
    'line\\',
    'plain words here',
    'Completed:',
    '✅ = done',
  ],
  ...['', '', '', '', '', ''],
];
/** Lines that open what may never close, drawn less often so that most documents have something after them. */
const RARE = ['```js', '</script>', '~~~~ fence', '<script>', '<?php', '?>', '<pre>'];

function document(r: Random): string {
  const length = 1 + r.int(60);
  const lines: string[] = [];
  for (let i = 0; i < length; i++) lines.push(r.chance(0.02) ? r.pick(RARE) : r.pick(LINES));
  const text = avoidKnownDifferences(lines).join(r.chance(0.2) ? '\r\n' : '\n');
  return r.chance(0.5) ? `${text}\n` : text;
}

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

describe('markdown-it, read as GitHub reads Markdown', () => {
  it('reads every fixture as the mdast oracle does', () => {
    const dir = 'tests/fixtures/import';
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.md'))) {
      expectSame(repairText(readFileSync(join(dir, name), 'utf8'), name).text, name);
    }
  });

  // The seed documents are kept beside the repository; a checkout without them skips this.
  it.skipIf(!existsSync(SEEDS))('reads every seed as the mdast oracle does', () => {
    const names = readdirSync(SEEDS).filter((file) => file.endsWith('.txt'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expectSame(repairText(readFileSync(new URL(name, SEEDS), 'utf8'), name).text, name);
  });

  it(`reads ${RUNS} random documents as the mdast oracle does`, () => {
    const base = Number(process.env.READINESS_MARKDOWN_SEED ?? Date.now() % 1_000_000);
    const runs = process.env.READINESS_MARKDOWN_SEED ? 1 : RUNS;
    console.info(`markdown-it differential: seeds ${base}–${base + runs - 1} (replay one: READINESS_MARKDOWN_SEED=<seed>)`);
    for (let i = 0; i < runs; i++) {
      const seed = base + i;
      const text = repairText(document(random(seed)), 'doc.md').text;
      expectSame(text, `seed ${seed} (replay: READINESS_MARKDOWN_SEED=${seed})\n${JSON.stringify(text)}`);
    }
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
