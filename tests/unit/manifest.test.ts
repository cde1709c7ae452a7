import { describe, expect, it } from 'vitest';
import { ConfigError, type ConfigProblem } from '../../src/core/shared/errors.js';
import { parseManifest } from '../../src/core/manifest/manifest.js';

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
      message: "unknown key 'colour' in manifest — expected version, title, phases or gates",
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

  it('an unquoted @handle, explaining how to quote it', () => {
    expect(only(phaseWith('        owner: @alice\n'))).toEqual({
      at: '8:16',
      message: expect.stringMatching(/^YAML syntax error: .*reserved character @.* — quote the value, e\.g\. owner: "@alice"$/),
    });
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
