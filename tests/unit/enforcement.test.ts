import { describe, expect, it } from 'vitest';
import { codeOwnersOf } from '../../src/core/enforcement/codeowners.js';
import { gateJobs } from '../../src/core/enforcement/workflow.js';

describe('CODEOWNERS', () => {
  const owners = (text: string) => codeOwnersOf(text, '.github/readiness.yml');

  it('reads patterns as GitHub does: the last match wins, anchored and unanchored, directories', () => {
    expect(owners('* @org/all\n')).toEqual(['@org/all']);
    expect(owners('/.github/ @org/infra\n')).toEqual(['@org/infra']);
    expect(owners('.github/ @org/infra\n')).toEqual(['@org/infra']);
    expect(owners('readiness.yml @org/release # the gate\n')).toEqual(['@org/release']);
    expect(owners('*.yml @org/yaml\n/.github/readiness.yml @org/release\n')).toEqual(['@org/release']);
    expect(owners('/.github/readiness.yml @org/release\n*.yml @org/yaml\n')).toEqual(['@org/yaml']);
  });

  it('leaves the file without owners where nothing matches, or the last match names none', () => {
    expect(owners('')).toEqual([]);
    expect(owners('# comment only\n/docs/ @org/docs\n')).toEqual([]);
    expect(owners('* @org/all\n/.github/readiness.yml\n')).toEqual([]);
    expect(owners('/readiness.yml @org/release\n')).toEqual([]);
  });
});

describe('the workflows that run the gate', () => {
  const defaults = { gate: 'merge', manifest: '.github/readiness.yml' };

  it('finds the job, its check name, inputs, triggers and path filters', () => {
    const text = `on:\n  pull_request:\n    paths: ['src/**']\n  merge_group:\njobs:\n  gate:\n    name: Readiness gate\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - uses: acme/readiness-gate@v0\n        with: { gate: release, status: true }\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n`;
    expect(gateJobs('w.yml', text, defaults)).toEqual([
      {
        workflow: 'w.yml',
        check: 'Readiness gate',
        gate: 'release',
        status: true,
        manifest: '.github/readiness.yml',
        events: new Set(['pull_request', 'merge_group']),
        pullRequestPathFilter: true,
      },
    ]);
  });

  it('reads `on` as a word or a list, and is undefined for what is no workflow', () => {
    const job = 'jobs:\n  r:\n    runs-on: x\n    steps:\n      - uses: ./\n';
    expect(gateJobs('a.yml', `on: pull_request\n${job}`, defaults, 'r')?.[0]?.events).toEqual(new Set(['pull_request']));
    expect(gateJobs('a.yml', `on: [push, merge_group]\n${job}`, defaults, 'r')?.[0]?.events).toEqual(new Set(['push', 'merge_group']));
    expect(gateJobs('a.yml', 'not: [a workflow', defaults)).toBeUndefined();
    expect(gateJobs('a.yml', `on: push\n${job}`, defaults)).toEqual([]);
  });
});
