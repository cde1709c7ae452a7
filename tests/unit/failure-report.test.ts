import { describe, expect, it } from 'vitest';
import { failureMarkdown, errorLine } from '../../src/action/publish.js';
import { ConfigError, listedProblems } from '../../src/core/shared/errors.js';
import { problemAnnotations } from '../../src/action/problems.js';

describe('the summary of a failed run', () => {
  it('lists the problems with their places, escaped: no HTML, no table breaks, no mentions', () => {
    const markdown = failureMarkdown({
      gate: 'merge',
      error: 'ignored when problems are listed',
      manifestUrl: 'https://github.com/acme/api/blob/abc/.github/readiness.yml',
      problems: listedProblems(
        new ConfigError(
          [{ file: '.github/readiness.yml', line: 4, column: 9, message: "invalid id '<img src=x onerror=alert(1)>|@admin' — use only letters" }],
          { omitted: 3 },
        ),
      ),
    });
    expect(markdown).toBe(
      [
        '### ⚠️ readiness-gate could not check gate `merge`',
        '',
        'The configuration has to be fixed:',
        '',
        "- [`.github/readiness.yml:4:9`](https://github.com/acme/api/blob/abc/.github/readiness.yml#L4) invalid id '&lt;img src=x onerror=alert(1)&gt;\\|@\u200badmin' — use only letters",
        '- `.github/readiness.yml` and 3 more problems',
        '',
      ].join('\n'),
    );
  });

  it('names an error that is not the manifest in one escaped line', () => {
    const markdown = failureMarkdown({
      gate: 'v1.0',
      error: 'readiness-gate failed: GET /x answered 502: Unicorn! · GitHub (an HTML page)',
      problems: [],
    });
    expect(markdown).toContain('\n\nreadiness-gate failed: GET /x answered 502: Unicorn\\! · GitHub (an HTML page)\n');
    expect(markdown).toContain('gate `v1.0`');
  });
});

describe('an error in one line', () => {
  it('takes the title of an HTML page, never the page', () => {
    const page = '<!DOCTYPE html>\n<html><head><title>Unicorn! · GitHub</title></head><body><h1>No server</h1></body></html>';
    expect(errorLine(new Error(page))).toBe('Unicorn! · GitHub (an HTML page)');
  });

  it('flattens and shortens a long message', () => {
    const line = errorLine(new Error(`first\nsecond ${'x'.repeat(500)}`));
    expect(line).toMatch(/^first second x+…$/);
    expect(line.length).toBeLessThanOrEqual(200);
  });

  it('names the first problem with its place, and counts all the others, listed or not', () => {
    const listed = Array.from({ length: 50 }, (_, i) => ({ file: 'r.yml', line: i + 3, column: 35, message: `requires unknown phase 'Q${i}'` }));
    const error = new ConfigError(listed, { omitted: 1_950 });
    expect(error.total).toBe(2_000);
    expect(errorLine(error)).toBe("r.yml:3:35 requires unknown phase 'Q0' (and 1,999 more problems)");
    expect(errorLine(new ConfigError(listed.slice(0, 2)))).toBe("r.yml:3:35 requires unknown phase 'Q0' (and 1 more problems)");
    expect(errorLine(new ConfigError(listed[0]!))).toBe("r.yml:3:35 requires unknown phase 'Q0'");
  });

  it('counts what was left out in a line of its own, after the listed problems, never as one of them', () => {
    const error = new ConfigError([{ file: 'r.yml', line: 9, column: 1, message: 'bad' }], { omitted: 2_950 });
    expect(error.problems).toHaveLength(1);
    expect(listedProblems(error).at(-1)).toEqual({ file: 'r.yml', message: 'and 2,950 more problems' });
    expect(error.message).toBe('r.yml:9:1 bad\nr.yml and 2,950 more problems');
    // Words like the count's in a real problem are a problem, not a count.
    expect(new ConfigError({ file: 'r.yml', message: 'and 3 more problems' }).total).toBe(1);
  });
});

describe('the annotations of a manifest with problems', () => {
  const problems = (n: number) => Array.from({ length: n }, (_, i) => ({ file: 'r.yml', line: n - i, column: 3, message: `problem ${n - i}` }));

  it('are one per problem in reading order while ten fit', () => {
    const annotations = problemAnnotations(new ConfigError(problems(10)));
    expect(annotations.map((a) => [a.properties.startLine, a.message])).toEqual(Array.from({ length: 10 }, (_, i) => [i + 1, `problem ${i + 1}`]));
  });

  it('are nine problems and a tenth counting the rest beyond ten, listed or omitted', () => {
    const annotations = problemAnnotations(new ConfigError(problems(11)));
    expect(annotations).toHaveLength(10);
    expect(annotations.at(-1)).toEqual({
      message: 'and 2 more problems in r.yml: the job summary lists them',
      properties: { file: 'r.yml', title: 'readiness-gate configuration' },
    });
    const omitted = problemAnnotations(new ConfigError(problems(50), { omitted: 2950 }));
    expect(omitted.at(-1)!.message).toBe('and 2,991 more problems in r.yml: the job summary lists them');
  });

  it('name the file of a problem without a line', () => {
    const [annotation] = problemAnnotations(new ConfigError({ file: 'ops/r.yml', message: 'no manifest at this path' }));
    expect(annotation).toEqual({
      message: 'ops/r.yml no manifest at this path',
      properties: { file: 'ops/r.yml', title: 'readiness-gate configuration' },
    });
  });
});

describe('a suggested fix in the summary', () => {
  it('is code a reader can paste: no invisible character after its @', () => {
    const problem = { file: 'r.yml', line: 8, column: 16, message: 'YAML syntax error: … — quote the value', fix: 'owner: "@alice"' };
    const markdown = failureMarkdown({ gate: 'merge', error: 'x', problems: [problem] });
    expect(markdown).toContain('`r.yml:8:16` YAML syntax error: … — quote the value, e.g. `owner: "@alice"`');
    expect(markdown).not.toContain('\u200b');
  });
});
