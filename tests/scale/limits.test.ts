import { describe, expect, it } from 'vitest';
import { ConfigError, listedProblems, type ConfigProblem } from '../../src/core/shared/errors.js';
import { evaluate } from '../../src/core/verdict/evaluate.js';
import { MAX_MANIFEST_BYTES, parseManifest } from '../../src/core/manifest/manifest.js';
import { closest, editDistance, listSomeInWords } from '../../src/core/shared/words.js';

/** The problems a manifest is rejected with, as "line:col message". */
function problems(yaml: string): string[] {
  try {
    parseManifest(yaml, 'readiness.yml');
  } catch (error) {
    if (error instanceof ConfigError) return listedProblems(error).map(place);
    throw error;
  }
  throw new Error('the manifest was accepted');
}

function place(problem: ConfigProblem): string {
  return problem.line === undefined ? problem.message : `${problem.line}:${problem.column} ${problem.message}`;
}

/** A valid one-phase manifest whose only task carries `extra` (YAML lines at the task's indentation). */
function withTask(...extra: string[]): string {
  return [
    'version: 1',
    'phases:',
    '  - id: P0',
    '    name: Security',
    '    blocking: true',
    '    tasks:',
    '      - id: P0.1',
    '        title: Rotate keys',
    ...extra.map((line) => `        ${line}`),
    '',
  ].join('\n');
}

describe('manifest limits', () => {
  it('refuses an id longer than 100 characters, once, at the id', () => {
    const id = 'A'.repeat(101);
    expect(problems(`version: 1\nphases:\n  - id: ${id}\n    name: Long\n`)).toEqual([
      "3:9 'id' in phase 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA…' is 101 characters long — at most 100",
    ]);
  });

  it('accepts an id of exactly 100 characters', () => {
    const id = 'A'.repeat(100);
    expect(parseManifest(`version: 1\nphases:\n  - id: ${id}\n    name: Long\n    blocking: true\n`, 'r.yml').data.phases[0]!.id).toBe(id);
  });

  it('refuses two 30,000-character ids and a long unknown requires at once, quoting none of them whole', () => {
    const [a, b, c] = ['A', 'B', 'C'].map((letter) => letter.repeat(30_000));
    const found = problems(`version: 1\nphases:\n  - id: ${a}\n    name: A\n    requires: [${c}]\n  - id: ${b}\n    name: B\n`);
    expect(found).toEqual([
      `3:9 'id' in phase '${'A'.repeat(59)}…' is 30,000 characters long — at most 100`,
      `5:16 an entry in phase '${'A'.repeat(59)}…' is 30,000 characters long — at most 100`,
      `6:9 'id' in phase '${'B'.repeat(59)}…' is 30,000 characters long — at most 100`,
    ]);
  });

  it('refuses a gate name longer than 100 characters', () => {
    const long = 'G'.repeat(101);
    expect(problems(`version: 1\nphases:\n  - { id: P0, name: A }\ngates:\n  ${long}: { phases: all }\n`)).toEqual([
      `5:3 gate name '${'G'.repeat(59)}…' is 101 characters long — at most 100`,
    ]);
  });

  it('refuses text over 10,000 characters in titles and notes', () => {
    expect(problems(withTask(`notes: ${'x'.repeat(10_001)}`))).toEqual(["9:16 'notes' in task 'P0.1' is 10,001 characters long — at most 10,000"]);
    expect(problems(withTask().replace('Rotate keys', 'y'.repeat(10_001)))).toEqual([
      "8:16 'title' in task 'P0.1' is 10,001 characters long — at most 10,000",
    ]);
  });

  it('refuses more than 100 links on one item', () => {
    const links = Array.from({ length: 101 }, (_, i) => `"#${i + 1}"`).join(', ');
    expect(problems(withTask(`links: [${links}]`))).toEqual(["9:16 'links' in task 'P0.1' lists 101 entries — at most 100"]);
  });

  it('refuses a manifest over 1 MiB, counting bytes, not characters', () => {
    const padding = `# ${'é'.repeat(MAX_MANIFEST_BYTES / 2)}\n`;
    expect(problems(withTask() + padding)).toEqual([
      "is 1,048,702 bytes — a manifest may be at most 1 MiB (1,048,576 bytes), the most GitHub's contents API serves; split long notes out or trim the plan",
    ]);
  });

  it('lists 50 problems, then counts the rest', () => {
    const phases = Array.from({ length: 3000 }, (_, i) => `  - { id: P${i}, name: Phase, requires: [Q${i}] }`);
    const found = problems(`version: 1\nphases:\n${phases.join('\n')}\n`);
    expect(found).toHaveLength(51);
    expect(found[0]).toBe("3:39 requires unknown phase 'Q0' (did you mean 'P0'?) — phases are P0, P1, P2, P3, P4, P5, P6, P7, P8, P9 and 2,990 more");
    expect(found[50]).toBe('and 2,950 more problems');
  });

  it('counts the problems a capped list stands for', () => {
    expect.assertions(2);
    const phases = Array.from({ length: 3000 }, (_, i) => `  - { id: P${i}, name: Phase, requires: [Q${i}] }`);
    try {
      parseManifest(`version: 1\nphases:\n${phases.join('\n')}\n`, 'readiness.yml');
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(50);
      expect((error as ConfigError).total).toBe(3000);
    }
  });

  it('counts the schema problems past 50 without listing them', () => {
    const phases = Array.from({ length: 80 }, (_, i) => `  - { id: P${i}, name: Phase, colour: red }`);
    const found = problems(`version: 1\nphases:\n${phases.join('\n')}\n`);
    expect(found).toHaveLength(51);
    expect(found[0]).toBe(
      "3:28 unknown key 'colour' in phase 'P0' — expected id, name, blocking, requires, owner, due, paths, milestone, notes, tasks or acceptance",
    );
    expect(found[50]).toBe('and 30 more problems');
  });
});

describe('YAML that would cost the run its memory', () => {
  const bomb = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
    'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
    '',
  ].join('\n');

  it('reports an alias bomb at the alias that passes the limit', () => {
    expect(problems(bomb)).toEqual([
      '6:8 YAML aliases expand the manifest by more than 100,000 values here (an alias bomb?) — write the values out instead',
    ]);
  });

  it('still accepts aliases used as intended, even many of them', () => {
    const tasks = Array.from({ length: 300 }, (_, i) => `      - { id: T${i}, title: Task, owner: *team }`);
    const yaml = `version: 1\nphases:\n  - id: P0\n    name: A\n    blocking: true\n    owner: &team backend\n    tasks:\n${tasks.join('\n')}\n`;
    expect(parseManifest(yaml, 'r.yml').data.phases[0]!.tasks[299]!.owner).toBe('backend');
  });

  it('reports nesting too deep for the parser as a syntax error at line 1', () => {
    expect(problems(`version: 1\nphases: ${'['.repeat(100_000)}\n`)).toEqual([
      expect.stringMatching(/^\d+:\d+ YAML syntax error: collections nest too deeply to read$/),
    ]);
  });

  it('lists at most 50 YAML syntax errors', () => {
    const found = problems(`version: 1\n${'- : : ]\n'.repeat(200)}`);
    expect(found.length).toBeLessThanOrEqual(51);
    expect(found.at(-1)).toMatch(/^and [\d,]+ more problems$/);
  });
});

describe('long chains of requires', () => {
  /** Phase i requires phase i + 1; each has one task done; the last is blocking. */
  function chain(length: number, closing = ''): string {
    const phases = Array.from({ length }, (_, i) => {
      const requires = i + 1 < length ? `, requires: [P${i + 1}]` : closing;
      return `- {id: P${i}, name: A${i === 0 ? ', blocking: true' : ''}${requires}, tasks: [{id: T${i}, title: A, status: done}]}`;
    });
    return `version: 1\nphases:\n${phases.join('\n')}\n`;
  }

  it('evaluates a chain of 11,000 phases without exhausting the call stack', () => {
    const manifest = parseManifest(chain(11_000), 'r.yml');
    const report = evaluate(manifest, { gate: 'merge', today: '2026-11-23', links: 'offline' });
    expect(report.ready).toBe(true);
  });

  it('finds a cycle that closes at the end of a chain of 11,000 phases', () => {
    const found = problems(chain(11_000, ', requires: [P10990]'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^10993:\d+ cycle in requires: P10990 → P10991 → .* → P10999 → P10990$/);
  });
});

describe('typo suggestions', () => {
  it('suggests the nearest candidate within a third of the word', () => {
    expect(closest('titel', ['title', 'owner'])).toBe('title');
    expect(closest('P10', ['P1', 'P0'])).toBe('P1');
    expect(closest('P2', ['P0', 'P1'])).toBe('P0');
    expect(closest('zzzz', ['title', 'owner'])).toBeUndefined();
  });

  it('suggests nothing for words longer than 64 characters', () => {
    expect(closest('A'.repeat(30_000), ['A'.repeat(29_999), 'B'.repeat(30_000)])).toBeUndefined();
    // Bounded work: the comparison stops at the first row past the limit (30,000 otherwise).
    expect(editDistance('A'.repeat(30_000), 'B'.repeat(30_000), 3)).toBe(4);
  });

  it('counts a swap of neighbours as one edit and stops past its limit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });

  it('names the first entries of a long list and counts the rest', () => {
    expect(listSomeInWords(['a', 'b', 'c'], 'and')).toBe('a, b and c');
    expect(listSomeInWords(['a', 'b', 'c', 'd'], 'or', 2)).toBe('a, b or 2 more');
  });
});
