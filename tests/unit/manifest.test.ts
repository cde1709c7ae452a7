import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseDocument } from 'yaml';
import { ConfigError, formatProblem, type ConfigProblem } from '../../src/core/shared/errors.js';
import { parseManifest, type Manifest } from '../../src/core/manifest/manifest.js';
import { readPlainDocument } from '../../src/core/manifest/plain-yaml.js';

/** The problems a manifest is rejected with. */
function problems(yaml: string): ConfigProblem[] {
  try {
    parseManifest(yaml, 'readiness.yml');
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('the manifest was accepted');
}

function only(yaml: string): { at: string; message: string } {
  const found = problems(yaml);
  expect(found).toHaveLength(1);
  const [problem] = found;
  return { at: `${problem!.line}:${problem!.column}`, message: problem!.message };
}

describe('parseManifest accepts', () => {
  it('the full format of the spec, with defaults applied and positions kept', () => {
    const manifest = parseManifest(
      `version: 1
title: Production readiness
phases:
  - id: P0
    name: Critical security
    blocking: true
    owner: backend
    due: 2026-01-10
    paths: ["deploy/prod/**"]
    notes: free text
    tasks:
      - id: P0.1
        title: Remove default secrets
        status: done
        owner: "@alice"
        due: 2026-01-05
        links: ["#12", "acme/api#45", "https://github.com/acme/api/pull/7"]
        waiver:
          reason: "accepted risk, see ADR-7"
          approved-by: "@cto"
          expires: 2026-03-01
        notes: free text
    acceptance:
      - id: P0.acc1
        title: External scan baseline passes
        status: todo
  - id: P1
    name: Later
    requires: [P0]
gates:
  merge:   { phases: blocking }
  v1.0:    { phases: [P0, P1] }
`,
      'readiness.yml',
    );
    expect(manifest.data.phases[1]).toMatchObject({ blocking: false, tasks: [], acceptance: [], requires: ['P0'] });
    expect(manifest.data.phases[0]!.tasks[0]!.waiver).toEqual({
      reason: 'accepted risk, see ADR-7',
      'approved-by': '@cto',
      expires: '2026-03-01',
    });
    expect(manifest.itemPositions.get('P0.1')).toEqual({ line: 12, column: 13 });
    expect(manifest.itemPositions.get('P0.acc1')).toEqual({ line: 24, column: 13 });
    expect(manifest.phasePositions.get('P1')).toEqual({ line: 27, column: 9 });
    expect(manifest.gatesPosition).toEqual({ line: 30, column: 1 });
  });
});

describe('parseManifest rejects, with file:line:col and a plain sentence', () => {
  const phaseWith = (task: string) => `version: 1
phases:
  - id: P0
    name: Security
    tasks:
      - id: P0.1
        title: Remove secrets
${task}`;

  it('an unknown status, suggesting the nearest one', () => {
    expect(only(phaseWith('        status: dne\n'))).toEqual({
      at: '8:17',
      message: "unknown status 'dne' — expected todo, in-progress, blocked or done (did you mean 'done'?)",
    });
  });

  it('formats the error as file:line:col message', () => {
    expect(() => parseManifest(phaseWith('        status: dne\n'), 'readiness.yml')).toThrow(
      "readiness.yml:8:17 unknown status 'dne' — expected todo, in-progress, blocked or done (did you mean 'done'?)",
    );
  });

  it('an unknown key, pointing at the key and suggesting the nearest one', () => {
    expect(only(phaseWith('        titel: again\n'))).toEqual({
      at: '8:9',
      message: "unknown key 'titel' in task 'P0.1' (did you mean 'title'?)",
    });
  });

  it('an unknown key with no near match, listing the valid keys', () => {
    expect(only('version: 1\nphases:\n  - id: P0\n    name: A\ncolour: red\n')).toEqual({
      at: '5:1',
      message: "unknown key 'colour' in manifest — expected version, title, phases, freezes or gates",
    });
  });

  it('a date that does not exist', () => {
    expect(only(phaseWith('        due: 2026-02-30\n'))).toEqual({
      at: '8:14',
      message: "bad date '2026-02-30' for 'due' in task 'P0.1' — expected a real date as YYYY-MM-DD",
    });
  });

  it('a date in another format', () => {
    expect(only(phaseWith('        due: 10/01/2026\n')).message).toBe(
      "bad date '10/01/2026' for 'due' in task 'P0.1' — expected a real date as YYYY-MM-DD",
    );
  });

  it('a waiver without a reason', () => {
    expect(only(phaseWith('        waiver:\n          expires: 2026-03-01\n'))).toEqual({
      at: '9:11',
      message: "the waiver of task 'P0.1' needs a reason",
    });
  });

  it('a missing required key', () => {
    expect(only('version: 1\nphases:\n  - id: P0\n    tasks: []\n')).toEqual({
      at: '3:5',
      message: "phase 'P0' is missing the required key 'name'",
    });
  });

  it('a value of the wrong type', () => {
    expect(only('version: 1\nphases:\n  - id: P0\n    name: A\n    blocking: "yes"\n')).toEqual({
      at: '5:15',
      message: "'blocking' in phase 'P0' must be true or false, not a string",
    });
  });

  it('a list entry of the wrong type, named by its place in the list', () => {
    const phase = 'version: 1\nphases:\n  - id: P0\n    name: A\n    tasks:\n      - id: P0.1\n        title: T\n';
    expect(only(`${phase}  - just a line\n`)).toEqual({ at: '8:5', message: 'phase #2 must be a mapping, not a string' });
    expect(only(phase.replace('      - id: P0.1', '      - write the runbook\n      - id: P0.1'))).toEqual({
      at: '6:9',
      message: 'task #1 must be a mapping, not a string',
    });
    expect(only(`${phase}        links: [{ url: x }]\n`)).toEqual({
      at: '8:17',
      message: "entry 1 of 'links' in task 'P0.1' must be a string, not a mapping (quote it)",
    });
  });

  it('an id that is a number, asking to quote it', () => {
    expect(only('version: 1\nphases:\n  - id: 1.5\n    name: A\n')).toEqual({
      at: '3:9',
      message: "'id' in phase #1 must be a string, not a number (quote it)",
    });
  });

  it('an id with characters outside the allowed set', () => {
    expect(only('version: 1\nphases:\n  - id: P 0\n    name: A\n')).toEqual({
      at: '3:9',
      message: "invalid id 'P 0' — use only letters, digits, '.', '_' and '-'",
    });
  });

  it('an unsupported version', () => {
    expect(only('version: 2\nphases:\n  - id: P0\n    name: A\n')).toEqual({
      at: '1:10',
      message: 'unsupported version 2 — expected 1',
    });
  });

  it('a missing version, as the missing key it is', () => {
    expect(only('phases:\n  - id: P0\n    name: A\n')).toEqual({ at: '1:1', message: "manifest is missing the required key 'version'" });
  });

  it('a value with line breaks or control characters, quoted on one line', () => {
    expect(only('version: 1\nphases:\n  - id: "a\\nb\\r\\u2028c\\u0000"\n    name: A\n')).toEqual({
      at: '3:9',
      message: "invalid id 'a\\nb\\r\\u2028c\\u0000' — use only letters, digits, '.', '_' and '-'",
    });
  });

  it('a key that is a collection, without a process warning on stderr', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    try {
      expect(only('version: 1\n? [a]\n: b\nphases:\n  - id: P0\n    name: A\n').message).toBe(
        "unknown key '[ a ]' in manifest — expected version, title, phases, freezes or gates",
      );
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('mistakes after a scalar that yaml gave up on across a line break, on their own lines', () => {
    const found = problems('version: 1\nphases:\n  k1: 1\n }   k2: 2\n    k3: 3\n').map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(found.at(-2)).toBe('5:7 YAML syntax error: Unexpected map-value-ind token in YAML stream: ":"');
  });

  it('a long link or pattern, quoted in part, each on a line of readable length', () => {
    const yaml = `version: 1\nphases:\n  - id: P0\n    name: A\n    paths: ["/${'a'.repeat(5000)}"]\n    tasks:\n      - { id: T, title: t, links: ["JIRA-${'7'.repeat(5000)}"] }\n`;
    const found = problems(yaml).map((p) => p.message);
    expect(found).toEqual([
      `unrecognised link 'JIRA-${'7'.repeat(194)}…' — expected #N, owner/repo#N or an issue or pull request URL`,
      `paths pattern '/${'a'.repeat(198)}…' can never match: changed files are named from the repository root, without a leading '/' or './' — write '${'a'.repeat(199)}…'`,
    ]);
  });

  it('a YAML syntax error at a long scalar, quoting the scalar in part', () => {
    const found = problems(`version: 1\nphases:\n  - id: P0\n    }   "${'a'.repeat(3000)}"\n`).map((p) => p.message);
    expect(found).toContain(`YAML syntax error: Unexpected double-quoted-scalar token in YAML stream: "\\"${'a'.repeat(197)}…"`);
  });

  it('duplicate phase ids', () => {
    expect(only('version: 1\nphases:\n  - id: P0\n    name: A\n  - id: P0\n    name: B\n')).toEqual({
      at: '5:9',
      message: "duplicate phase id 'P0' (first used at line 3)",
    });
  });

  it('duplicate task ids across phases and acceptance lists', () => {
    expect(
      only(`version: 1
phases:
  - id: P0
    name: A
    tasks:
      - { id: T1, title: one }
  - id: P1
    name: B
    acceptance:
      - { id: T1, title: two }
`),
    ).toEqual({ at: '10:15', message: "duplicate task id 'T1' (first used at line 6)" });
  });

  it('an unknown id in requires', () => {
    expect(only('version: 1\nphases:\n  - id: P0\n    name: A\n    requires: [P9]\n')).toEqual({
      at: '5:16',
      message: "requires unknown phase 'P9' (did you mean 'P0'?) — phases are P0",
    });
  });

  it('an unknown id in a gate', () => {
    expect(only('version: 1\nphases:\n  - id: P0\n    name: A\n  - id: P1\n    name: B\ngates:\n  v1: { phases: [P0, Q7] }\n')).toEqual({
      at: '8:22',
      message: "gate 'v1' selects unknown phase 'Q7' — phases are P0 and P1",
    });
  });

  it('a gate whose phases are neither a keyword nor a list', () => {
    expect(only('version: 1\nphases:\n  - id: P0\n    name: A\ngates:\n  v1: { phases: some }\n')).toEqual({
      at: '6:17',
      message: "gate 'v1' must select phases as 'blocking', 'all' or a list of phase ids",
    });
  });

  it('a cycle in requires', () => {
    expect(
      only(`version: 1
phases:
  - id: A
    name: a
    requires: [B]
  - id: B
    name: b
    requires: [C]
  - id: C
    name: c
    requires: [A]
`),
    ).toEqual({ at: '5:16', message: 'cycle in requires: A → B → C → A' });
  });

  it('a phase that requires itself', () => {
    expect(only('version: 1\nphases:\n  - id: A\n    name: a\n    requires: [A]\n').message).toBe('cycle in requires: A → A');
  });

  it('a link that is not an issue or pull request reference', () => {
    expect(only(phaseWith('        links: ["#12", "JIRA-7"]\n'))).toEqual({
      at: '8:24',
      message: "unrecognised link 'JIRA-7' — expected #N, owner/repo#N or an issue or pull request URL",
    });
  });

  it('a YAML syntax error, at its place', () => {
    // The parser notices the missing bracket where the file ends.
    expect(only('version: 1\nphases:\n  - id: P0\n    name: [unclosed\n')).toEqual({
      at: '5:1',
      message: 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    });
  });

  it('an unquoted @handle, explaining how to quote it, with the fix apart as one line of YAML', () => {
    const [problem, ...others] = problems(phaseWith('        owner: @alice\n'));
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ line: 8, column: 16, fix: 'owner: "@alice"' });
    expect(problem!.message).toMatch(/^YAML syntax error: .*reserved character @.* — quote the value$/);
    expect(formatProblem(problem!)).toMatch(/ — quote the value, e\.g\. owner: "@alice"$/);
  });

  it('a duplicate key', () => {
    expect(only('version: 1\nversion: 1\nphases:\n  - id: P0\n    name: A\n')).toEqual({
      at: '2:1',
      message: 'YAML syntax error: Map keys must be unique',
    });
  });

  it('an empty file', () => {
    expect(only('# nothing here\n')).toEqual({ at: '1:1', message: 'the manifest is empty' });
  });

  it('an empty phase list', () => {
    expect(only('version: 1\nphases: []\n')).toEqual({ at: '2:9', message: "'phases' must list at least one entry" });
  });

  it('several mistakes at once, each at its own line', () => {
    const found = problems(phaseWith('        status: dne\n        due: 2026-13-01\n'));
    expect(found.map((p) => p.line)).toEqual([8, 9]);
  });
});

/**
 * The plain reader and `yaml` must say the same of every manifest: the data, the positions
 * and the problems. A `%YAML` directive makes the plain reader decline, so the same
 * manifest with one, its lines shifted by the two it adds, is what `yaml` makes of it.
 */
const DIRECTIVE = '%YAML 1.2\n---\n';

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

/** `phases` phases of 10 tasks each, about a kilobyte a phase, in the plain styles. */
function largeManifest(phases: number): string {
  const lines = ['# yaml-language-server: $schema=./readiness.schema.json', 'version: 1', 'title: Large plan', 'phases:'];
  for (let p = 0; p < phases; p++) {
    lines.push(`  - id: P${p}`, `    name: Phase ${p}`, '    blocking: true', `    requires: [${p > 0 ? `P${p - 1}` : ''}]`, '    tasks:');
    for (let t = 0; t < 10; t++)
      lines.push(`      - { id: T${p}.${t}, title: "Task ${t}", status: ${t % 2 ? 'done' : 'todo'}, links: ["#${t + 1}"] }`);
    lines.push('    acceptance:', `      - id: A${p}`, `        title: Accepted ${p}`, `        notes: "Line one of ${p}, line two"`);
  }
  lines.push('gates:', '  merge: { phases: [P0, P1] }', '');
  return lines.join('\n');
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
  [/( {8}notes: "Line one of 35, line two"\n)/, '$1    paths: ["/deploy/**"]\n'],
  [/requires: \[P9\]/, 'requires: [P39]'],
  [/phases: \[P0, P1\]/, 'phases: [P0, P1000]'],
  [/ {2}merge:/, '  bad name!:'],
  [/title: Large plan/, 'title: 12'],
];

/** Characters some readers take for line ends, which YAML keeps inside a line. */
const KEPT_IN_LINE = [
  ['U+2028', '\u2028'],
  ['U+2029', '\u2029'],
  ['NEL (U+0085)', '\u0085'],
];

/**
 * A phase list whose real phase has a task to do, behind a comment that holds such a
 * character and then a phase of nothing to do, left open so that a reader which ends
 * the line there reads the real phase as its notes.
 */
function hiddenPhase(lineEnd: string): string {
  const real = ['  - id: P0', '    name: Real', '    blocking: true', '    tasks:', '      - {id: T1, title: t, status: todo}', '  # "}'];
  return `version: 1\nphases: # the plan${lineEnd}- {id: P0, name: Fake, blocking: true, notes: "\n${real.join('\n')}\ngates: { merge: { phases: blocking } }\n`;
}

describe('parseManifest reads the whole document, as yaml does', () => {
  const source = largeManifest(40);

  it('reads a large plain manifest with the plain reader, with the data and positions yaml gives', () => {
    expect(readPlainDocument(source)).toBeDefined();
    const read = outcome(source) as { items: [string, { line: number }][] };
    expect(read).toEqual(outcome(DIRECTIVE + source, 3));
    const lines = source.split('\n');
    const last = lines.findIndex((line) => line.includes('id: T39.9,'));
    expect(read.items.find(([id]) => id === 'T39.9')?.[1]).toEqual({ line: last + 1, column: lines[last]!.indexOf('T39.9') + 1 });
  });

  it('reports every mistake at the line and column yaml reports', () => {
    for (const [pattern, replacement] of MISTAKES) {
      const changed = source.replace(pattern, replacement);
      expect(changed, String(pattern)).not.toBe(source);
      const problems = outcome(changed);
      expect(Array.isArray(problems), String(pattern)).toBe(true);
      expect(problems, String(pattern)).toEqual(outcome(DIRECTIVE + changed, 3));
    }
  });

  it('reports several mistakes in document order, as yaml places them', () => {
    const changed = MISTAKES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), source);
    const problems = outcome(changed) as { line: number }[];
    expect(problems.length).toBeGreaterThan(5);
    expect(problems).toEqual(outcome(DIRECTIVE + changed, 3));
  });

  it.each([
    ['the example', 'examples/readiness.yml'],
    ['a ready fixture', 'tests/fixtures/ready.yml'],
    ['a fixture with a bad status', 'tests/fixtures/bad-status.yml'],
  ])('gives the outcome yaml gives for %s', (_, file) => {
    const text = readFileSync(file, 'utf8');
    expect(outcome(text)).toEqual(outcome(DIRECTIVE + text, 3));
    expect(outcome(text.replaceAll('\n', '\r\n'))).toEqual(outcome(text));
  });

  it('reads a phase list inside a flow mapping as the syntax error it is', () => {
    const flow = `{ version: 1,\nphases:\n  - id: P0\n    name: A\n    blocking: true\n}\n`;
    const problems = outcome(flow) as { message: string }[];
    expect(problems.map((problem) => problem.message)).toContain('YAML syntax error: Block collections are not allowed within flow collections');
    expect(problems).toEqual(outcome(DIRECTIVE + flow, 3));
  });

  it.each(KEPT_IN_LINE)('reads no phase from a comment that holds %s: YAML ends no line there', (_, lineEnd) => {
    const text = hiddenPhase(lineEnd);
    const yaml = parseDocument(text).toJS() as { phases: { name: string }[] };
    expect(yaml.phases.map((phase) => phase.name)).toEqual(['Real']);
    const read = outcome(text) as { data: Manifest['data']; items: unknown[] };
    expect(read.data.phases.map((phase) => [phase.name, phase.tasks.map((task) => task.status)])).toEqual([['Real', ['todo']]]);
    expect(read.items).toEqual([['T1', { line: 7, column: 14 }]]);
    expect(read).toEqual(outcome(DIRECTIVE + text, 3));
  });

  it.each(KEPT_IN_LINE)('rejects a manifest whose only phase list is in a comment that holds %s', (_, lineEnd) => {
    const text = `version: 1\nphases: # the plan${lineEnd}- {id: P0, name: Fake}\ngates: { merge: { phases: all } }\n`;
    expect(only(text)).toEqual({ at: '2:9', message: "'phases' in manifest must be a list, not null" });
    expect(outcome(text)).toEqual(outcome(DIRECTIVE + text, 3));
  });
});

describe('values of the wrong type are one sentence at their place, never a crash', () => {
  const phase = (paths: string) =>
    `version: 1\nphases:\n  - id: P0\n    name: Zero\n    blocking: true\n    ${paths}\n    tasks:\n      - { id: P0.1, title: a, status: done }\n`;

  it.each([
    ['paths: "deploy/**"', '6:12', 'a string'],
    ['paths:', '6:11', 'null'],
    ['paths: 7', '6:12', 'a number'],
    ['paths: { a: b }', '6:12', 'a mapping'],
  ])('%s', (paths, at, what) => {
    expect(only(phase(paths))).toEqual({ at, message: `'paths' in phase 'P0' must be a list, not ${what}` });
  });

  it('an alias to a node around it', () => {
    const yaml = 'version: 1\nphases: &a\n  - id: P0\n    name: Zero\n    blocking: true\n    tasks:\n      - { id: P0.1, title: a, status: *a }\n';
    const problem = only(yaml);
    expect(problem.at).toBe('7:39');
    expect(problem.message).toContain('a value that contains itself');
  });
});

describe('paths patterns whose braces multiply', () => {
  const phase = (pattern: string) =>
    `version: 1\nphases:\n  - id: P0\n    name: Zero\n    blocking: true\n    paths: ["docs/**", "${pattern}"]\n    tasks:\n      - { id: P0.1, title: a, status: done }\n`;

  it('are refused at the pattern when they stand for more globs than the bound', () => {
    const pattern = `src/${'{a,b}'.repeat(17)}/**`;
    expect(only(phase(pattern))).toEqual({
      at: '6:24',
      message: `paths pattern '${pattern}' stands for more than 64 globs once its {…} alternatives are expanded — write fewer alternatives, or split it into several patterns`,
    });
  });

  it('are kept within it: six groups of two are 64 globs', () => {
    expect(() => parseManifest(phase(`src/${'{a,b}'.repeat(6)}/**`), 'readiness.yml')).not.toThrow();
    expect(only(phase(`src/${'{a,b}'.repeat(7)}/**`)).at).toBe('6:24');
  });
});

describe('a misspelt key', () => {
  const task = (fields: string) => `version: 1\nphases:\n  - id: P0\n    name: Z\n    blocking: true\n    tasks:\n      - { id: P0.1, ${fields} }\n`;

  it('is one problem, at the key, when it is the near miss of a missing required key', () => {
    expect(only(task('titel: a, status: done'))).toEqual({ at: '7:21', message: "unknown key 'titel' in task 'P0.1' (did you mean 'title'?)" });
  });

  it('leaves the missing key reported when the unknown one is not a near miss of it', () => {
    expect(problems(task('status: done, colour: red')).map((problem) => problem.message)).toEqual([
      "task 'P0.1' is missing the required key 'title'",
      "unknown key 'colour' in task 'P0.1' — expected id, title, status, owner, due, links, waiver or notes",
    ]);
  });
});
