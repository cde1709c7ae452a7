import { describe, expect, it } from 'vitest';
import { failureMarkdown, errorLine } from '../../src/action/publish.js';
import { ConfigError } from '../../src/core/shared/errors.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';

describe('the summary of a failed run', () => {
  it('lists the problems with their places, escaped: no HTML, no table breaks, no mentions', () => {
    const markdown = failureMarkdown({
      gate: 'merge',
      error: 'ignored when problems are listed',
      problems: [
        { file: '.github/readiness.yml', line: 4, column: 9, message: "invalid id '<img src=x onerror=alert(1)>|@admin' — use only letters" },
        { file: '.github/readiness.yml', message: 'and 3 more problems' },
      ],
    });
    expect(markdown).toBe(
      [
        '### ❌ readiness-gate could not check gate `merge`',
        '',
        'The configuration has to be fixed:',
        '',
        "- `.github/readiness.yml:4:9` invalid id '&lt;img src=x onerror=alert(1)&gt;\\|@\u200badmin' — use only letters",
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

  it('names the first problem of a manifest with its place, and counts all the others', () => {
    const phases = Array.from({ length: 120 }, (_, i) => `  - { id: P${i}, name: A, requires: [Q${i}] }`).join('\n');
    let error: unknown;
    try {
      parseManifest(`version: 1\nphases:\n${phases}\n`, 'r.yml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(errorLine(error)).toBe(
      "r.yml:3:35 requires unknown phase 'Q0' (did you mean 'P0'?) — phases are P0, P1, P2, P3, P4, P5, P6, P7, P8, P9 and 110 more (and 119 more problems)",
    );
  });
});
