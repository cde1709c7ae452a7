import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/shared/errors.js';
import { parseManifest, type Manifest } from '../../src/core/manifest/manifest.js';

/**
 * A large manifest is read a few phases at a time; whatever it holds, the result must be
 * the one reading it whole gives. A `%YAML` directive makes the file be read whole: the
 * same manifest with one, its lines shifted by the two it adds, is the reference.
 */
const DIRECTIVE = '%YAML 1.2\n---\n';

/** `phases` phases of 10 tasks each, about a kilobyte a phase. */
function largeManifest(phases: number): string {
  const lines = ['version: 1', 'title: Large plan', 'phases:'];
  for (let p = 0; p < phases; p++) {
    lines.push(`  - id: P${p}`, `    name: Phase ${p}`, '    blocking: true', `    requires: [${p > 0 ? `P${p - 1}` : ''}]`, '    tasks:');
    for (let t = 0; t < 10; t++)
      lines.push(`      - { id: T${p}.${t}, title: "Task ${t}", status: ${t % 2 ? 'done' : 'todo'}, links: ["#${t + 1}"] }`);
    lines.push(
      '    acceptance:',
      `      - id: A${p}`,
      `        title: Accepted ${p}`,
      `        notes: |`,
      `          Line one of ${p}`,
      '          line two',
    );
  }
  lines.push('gates:', '  merge: { phases: [P0, P1] }', '');
  return lines.join('\n');
}

/** The outcome of parsing, lines counted from `firstLine`: the data and positions, or the problems. */
function outcome(source: string, firstLine = 1): unknown {
  const line = (n: number) => n - firstLine + 1;
  const shift = <T extends { line?: number; message?: string }>(position: T) => ({
    ...position,
    ...(position.line === undefined ? {} : { line: line(position.line) }),
    ...(position.message === undefined ? {} : { message: position.message.replace(/line (\d+)/g, (_, n: string) => `line ${line(Number(n))}`) }),
  });
  try {
    const manifest: Manifest = parseManifest(source, 'readiness.yml');
    return {
      data: manifest.data,
      phases: [...manifest.phasePositions].map(([id, at]) => [id, shift(at)]),
      items: [...manifest.itemPositions].map(([id, at]) => [id, shift(at)]),
      links: [...manifest.itemLinks],
      gates: shift(manifest.gatesPosition),
      phasesKey: shift(manifest.phasesPosition),
    };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems.map(shift);
  }
}

const MISTAKES: [RegExp, string][] = [
  [/ {4}name: Phase 12\n/, ''],
  [/( {4}name: Phase 8\n)/, '$1    nmae: typo\n'],
  [/id: T16\.3,/, 'id: T2.3,'],
  [/id: P20\n/, 'id: P19\n'],
  [/requires: \[P24\]/, 'requires: [Q24]'],
  [/status: done, links: \["#10"\] \}(\n {4}acceptance:\n {6}- id: A28\n)/, 'status: dnoe, links: ["#10"] }$1'],
  [/"#4"/, '"not a link"'],
  [/ {8}title: Accepted 32\n/, '        title: ""\n'],
  [/( {10}line two\n)( {2}- id: P36)/, '$1    paths: ["/deploy/**"]\n$2'],
  [/requires: \[P9\]/, 'requires: [P39]'],
  [/phases: \[P0, P1\]/, 'phases: [P0, P1000]'],
];

describe('a large manifest read in parts', () => {
  const source = largeManifest(40);

  it('is large enough to be read in several slices', () => {
    expect(source.length).toBeGreaterThan(32 * 1024);
  });

  it('gives the data and positions that reading it whole gives', () => {
    const read = outcome(source) as { items: [string, { line: number }][] };
    expect(read).toEqual(outcome(DIRECTIVE + source, 3));
    const lines = source.split('\n');
    const last = lines.findIndex((line) => line.includes('id: T39.9,'));
    expect(read.items.find(([id]) => id === 'T39.9')?.[1]).toEqual({ line: last + 1, column: lines[last]!.indexOf('T39.9') + 1 });
  });

  it('reports every mistake at the line and column that reading it whole reports', () => {
    for (const [pattern, replacement] of MISTAKES) {
      const changed = source.replace(pattern, replacement);
      expect(changed, String(pattern)).not.toBe(source);
      const problems = outcome(changed);
      expect(Array.isArray(problems), String(pattern)).toBe(true);
      expect(problems, String(pattern)).toEqual(outcome(DIRECTIVE + changed, 3));
    }
  });

  it('reports several mistakes in different slices in document order', () => {
    const changed = MISTAKES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), source);
    const problems = outcome(changed) as { line: number }[];
    expect(problems.length).toBeGreaterThan(5);
    expect(problems).toEqual(outcome(DIRECTIVE + changed, 3));
  });

  it('reads a phase list inside a flow mapping whole, where it is a syntax error', () => {
    const flow = `{ version: 1,\nphases:\n  - id: P0\n    name: A\n    blocking: true\n}\n`;
    const problems = outcome(flow) as { message: string }[];
    expect(problems.map((problem) => problem.message)).toContain('YAML syntax error: Block collections are not allowed within flow collections');
    expect(problems).toEqual(outcome(DIRECTIVE + flow, 3));
  });
});
