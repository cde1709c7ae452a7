import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/shared/errors.js';
import { ImportError, importMarkdown } from '../../src/core/import/importer.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';

/** A small seeded generator, so a failure can be replayed from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const FRAGMENTS = [
  '# ',
  '## ',
  '### Phase 1: ',
  '### v2.8 (Q1 2026)\n',
  '- [ ] ',
  '- [x] ',
  '- [~] ',
  '  - ',
  '1. ',
  '| a | b |\n|---|---|\n',
  '| ID | Task | Status |\n|--|--|--|\n',
  '| P0.1 | x | DONE |\n',
  '| Repo | Owner | Status |\n|---|---|---|\n| a/b | @x | :white_check_mark: |\n',
  '✅ ',
  '❌ ',
  '🌓 ',
  'ðŸŸ¢',
  'ï¿½',
  '\uF8FF',
  '~~gone~~',
  '**bold**',
  '**Ann**: ready?\n- Answer: Yes\n',
  '`code`',
  '```\n',
  '> quote\n',
  '#12 ',
  'a/b#3 ',
  '[#9](https://github.com/o/r/issues/9) ',
  '[x][ref]\n\n[ref]: https://github.com/o/r/pull/2\n',
  'https://github.com/a/b/pull/4 ',
  'Owner: x Target: 2026-02-30 ',
  'Due: 8/13/2019 ',
  'May 3rd, 2019 ',
  '(CRITICAL)',
  '(LOW)',
  '(optional)',
  '[',
  ']',
  '|',
  '\n',
  '\n\n',
  'word ',
  '<b>',
  '&amp;',
  '@alice ',
  '| Blocked | Depends On |\n|---|---|\n| P1.* | P0-P999999999 |\n',
  '| Phase | Name | Blocking |\n|---|---|---|\n| P0 | A | YES |\n',
  '✅ = done\n',
  '## Definition of Done\n',
  '## Contents\n- [Intro](#intro)\n',
  '\u0000',
  '\t',
  '\r\n',
];

/** Shapes that once cost minutes or a stack overflow, at sizes a property run can afford. */
const HOSTILE = [
  () => `# Plan\n\n${'>'.repeat(5000)} - [ ] deep\n`,
  () => `# Plan\n\n${'- '.repeat(3000)}[ ] deep\n`,
  () => `# Plan\n\n- [ ] ${'https://x/'.repeat(20000)}\n`,
  () => `# Plan\n\n| Task | Status |${' c |'.repeat(3000)}\n|${'---|'.repeat(3002)}\n| t | DONE |${' x |'.repeat(3000)}\n`,
  () => `# Plan\n\n- [ ] ${'['.repeat(20000)}\n`,
  () => `# Plan\n\n- [ ] ${'*a'.repeat(20000)}\n`,
  () =>
    `# Plan\n\n| Phase | Name | Blocking |\n|---|---|---|\n| P0 | A | YES |\n| P1 | B | NO |\n\n| Task | Depends On |\n|---|---|\n| P1 | P0-P999999999 |\n\n## P0\n- [ ] a\n## P1\n- [ ] b\n`,
  () => Array.from({ length: 2000 }, (_, i) => `## Tasks\n- [ ] item ${i}\n`).join(''),
  () => `# Plan\n\n${'#1'.repeat(30000)}\n`,
  () => `- [ ] ${'a'.repeat(100000)}#1\n`,
];

/** Import ends in a manifest `check` accepts, with at least one task, or in an ImportError: never anything else. */
function importsOrRefuses(markdown: string, timing?: { ms: number }): 'manifest' | 'refused' {
  let result;
  const started = performance.now();
  try {
    result = importMarkdown(markdown, 'random.md');
  } catch (error) {
    if (timing) timing.ms = performance.now() - started;
    expect(error, markdown.slice(0, 500)).toBeInstanceOf(ImportError);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^random\.md(?::\d+:\d+)? /);
    return 'refused';
  }
  if (timing) timing.ms = performance.now() - started;
  const parsed = parseManifest(result.yaml, 'random.yml');
  expect(parsed.data).toEqual(result.manifest);
  const items = parsed.data.phases.reduce((sum, phase) => sum + phase.tasks.length + phase.acceptance.length, 0);
  expect(items, 'an imported manifest is never empty').toBeGreaterThan(0);
  expect(result.summary.tasks).toBe(items);
  return 'manifest';
}

describe('importing arbitrary Markdown', () => {
  it('ends in a valid, non-empty manifest or a refusal with a message, for 500 random documents', () => {
    const next = random(20261123);
    const outcomes = { manifest: 0, refused: 0 };
    for (let run = 0; run < 500; run++) {
      const parts: string[] = [];
      const length = Math.floor(next() * 60);
      for (let i = 0; i < length; i++) {
        const roll = next();
        if (roll < 0.85) parts.push(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!);
        else if (roll < 0.99) parts.push(String.fromCharCode(Math.floor(next() * 0x3000)));
        else parts.push(FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!.repeat(1 + Math.floor(next() * 2000)));
      }
      outcomes[importsOrRefuses(parts.join(''))]++;
    }
    // Both outcomes occur: the generator is not trivially one-sided.
    expect(outcomes.manifest).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(20);
  });

  it.each(HOSTILE.map((make, index) => [index, make] as const))('hostile shape %i ends in a manifest or a refusal, quickly', (_index, make) => {
    const timing = { ms: 0 };
    importsOrRefuses(make(), timing);
    expect(timing.ms).toBeLessThan(2000);
  });

  it('refuses a document without tasks, saying what it looked like, instead of writing tasks: []', () => {
    const prose = '# Notes\n\nWe talked about the launch.\n\n- coffee\n- cake\n\n| Metric | Value |\n|---|---|\n| users | 10 |\n\n```\ncode\n```\n';
    expect(() => importMarkdown(prose, 'notes.md')).toThrow(ImportError);
    expect(() => importMarkdown(prose, 'notes.md')).toThrow(
      'notes.md no task found, so no manifest was written. The document has 1 heading, 1 paragraph, 2 list items without a checkbox or status mark, 1 table (0 with a task and a status, owner or date column), 1 code block.',
    );
    expect(() => importMarkdown('', 'empty.md')).toThrow('The document has nothing but blank lines.');
    expect(() => importMarkdown('## Definition of Done\n- [ ] Tests pass\n', 'dod.md')).toThrow(
      '1 item in legends, templates, contents, recaps or alternatives',
    );
  });

  it('refuses nesting no plan needs with the line it starts on', () => {
    expect(() => importMarkdown(`# Plan\n\n${'>'.repeat(10000)} x\n`, 'deep.md')).toThrow(
      /^deep\.md:3:1 nests block quotes or lists 10000 levels deep/,
    );
  });
});

describe('the size limit', () => {
  const plan = `# Plan\n\n${Array.from({ length: 8_000 }, (_, t) => `${t % 100 === 0 ? `\n## Area ${t / 100}\n\n` : ''}- [ ] task number ${t} with a title long enough to count, then long enough again to count twice over\n`).join('')}`;

  it('refuses a plan whose manifest would exceed 1 MiB', () => {
    let refusal: unknown;
    try {
      importMarkdown(plan, 'plan.md');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ImportError);
    expect(String(refusal)).toMatch(/more than the 1 MiB a manifest may have/);
  });

  it('imports it whole when the limit is lifted', () => {
    const { yaml, summary, manifest } = importMarkdown(plan, 'plan.md', Infinity);
    expect(summary.tasks).toBe(8_000);
    expect(Buffer.byteLength(yaml)).toBeGreaterThan(1024 * 1024);
    expect(manifest.phases).toHaveLength(80);
  });
});
