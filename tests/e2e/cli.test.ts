import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_NODE } from '../support/node.js';

/** Runs the bundled CLI the way `npx readiness-gate` does. */
function cli(...args: string[]) {
  const result = spawnSync(ACTION_NODE, ['dist/cli/index.js', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('readiness-gate check', () => {
  it('prints a readable report of the bundled example and exits 1 because it is not ready', () => {
    const { code, stdout, stderr } = cli('check', 'examples/readiness.yml');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe("❌ not ready Payments API — production readiness — gate 'merge' — 1 of 3 phases incomplete");
    // The offline figure says why the action's can differ.
    expect(stdout.split('\n')[1]).toBe('87% complete (7/8 items) ████████░░ · ⏰ 1 overdue');
    expect(stdout.split('\n')[2]).toContain('offline: declared statuses count and links are not read');
    expect(stdout).toContain('  🚧 in progress · P2.1 Circuit breaker around the card processor');
    expect(stdout).toContain('Incomplete phases: P2');
  });

  it('exits 0 for a ready gate and 1 for another gate of the same plan that is not', () => {
    expect(cli('check', 'tests/fixtures/ready.yml').code).toBe(0);
    const all = cli('check', 'tests/fixtures/ready.yml', '--gate', 'everything');
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('Incomplete phases: P1');
  });

  it('emits the report of the spec as JSON', () => {
    const { code, stdout } = cli('check', 'examples/readiness.yml', '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ready: false, gate: 'merge', incompletePhases: ['P2'], completion: 87 });
    const task = report.phases[0].tasks[0];
    expect(Object.keys(report.phases[0])).toEqual(expect.arrayContaining(['id', 'name', 'blocking', 'selected', 'skipped', 'complete', 'tasks']));
    expect(task).toMatchObject({ id: 'P0.1', status: 'done', satisfied: true, links: [{ ref: '#12', kind: 'unknown', state: 'unverified' }] });
    expect(typeof task.reason).toBe('string');
  });

  it('emits Markdown', () => {
    const { stdout } = cli('check', 'examples/readiness.yml', '--format', 'markdown');
    expect(stdout).toContain('| State | Blocking item | Owner | Due | What to do | Links |');
    expect(stdout).toContain('<details><summary>✅ <code>P0</code> Critical security — 4/4 items · complete');
  });

  it('exits 2 with file:line:col and no stack trace on an invalid manifest', () => {
    const { code, stdout, stderr } = cli('check', 'tests/fixtures/bad-status.yml');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "tests/fixtures/bad-status.yml:8:17 unknown status 'dne' — expected todo, in-progress, blocked or done (did you mean 'done'?)\n",
    );
  });

  it.each([
    ['paths: "deploy/**"', '6:12', "'paths' in phase 'P0' must be a list, not a string"],
    ['paths:', '6:11', "'paths' in phase 'P0' must be a list, not null"],
    ['paths: 7', '6:12', "'paths' in phase 'P0' must be a list, not a number"],
    ['paths: { a: b }', '6:12', "'paths' in phase 'P0' must be a list, not a mapping"],
    [`paths: ["src/${'{a,b}'.repeat(17)}/**"]`, '6:13', 'stands for more than 64 globs'],
  ])('exits 2 with one file:line:col sentence for %s', (paths, at, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'readiness-paths-'));
    const file = join(dir, 'readiness.yml');
    writeFileSync(
      file,
      `version: 1\nphases:\n  - id: P0\n    name: Zero\n    blocking: true\n    ${paths}\n    tasks:\n      - { id: P0.1, title: a, status: done }\n`,
    );
    const { code, stdout, stderr } = cli('check', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(2);
    expect(stderr.startsWith(`${file}:${at} `)).toBe(true);
    expect(stderr).toContain(message);
  });

  it('exits 2 with one sentence on an alias to a node around it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readiness-alias-'));
    const file = join(dir, 'readiness.yml');
    writeFileSync(
      file,
      'version: 1\nphases: &a\n  - id: P0\n    name: Zero\n    blocking: true\n    tasks:\n      - { id: P0.1, title: a, status: *a }\n',
    );
    const { code, stderr } = cli('check', file);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:7:39 .*a value that contains itself.*\n$`));
  });

  it('exits 2 on a missing manifest, an unknown gate, and bad usage', () => {
    const missing = cli('check', 'nope.yml');
    expect(missing).toMatchObject({ code: 2, stderr: 'nope.yml no such file\n' });
    const gate = cli('check', 'examples/readiness.yml', '--gate', 'relaese');
    expect(gate.code).toBe(2);
    expect(gate.stderr).toContain("unknown gate 'relaese' (did you mean 'release'?)");
    const format = cli('check', 'examples/readiness.yml', '--format', 'xml');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("unknown format 'xml' — expected text, json or markdown");
    const flag = cli('check', '--colour');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--colour'");
    expect(cli('frobnicate').code).toBe(2);
    for (const run of [missing, gate, format, flag]) expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('readiness-gate schema', () => {
  it('prints the JSON Schema identical to the shipped file', () => {
    const { code, stdout } = cli('schema');
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync('schema/readiness.schema.json', 'utf8'));
    const schema = JSON.parse(stdout);
    expect(schema.properties.phases.items.properties.tasks.items.properties.status.enum).toEqual(['todo', 'in-progress', 'blocked', 'done']);
    expect(schema.properties.phases.items.additionalProperties).toBe(false);
  });
});

describe('readiness-gate import and render', () => {
  it('imports a Markdown plan into a manifest that check accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readiness-import-'));
    const out = join(dir, 'readiness.yml');
    const imported = cli('import', 'tests/fixtures/import/tracking-matrix.md', '-o', out);
    expect(imported).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toContain('# Imported from tracking-matrix.md by readiness-gate import.');
    const checked = cli('check', out, '--format', 'json');
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.stdout).incompletePhases).toEqual(['P1', 'P3']);
  });

  it('prints the manifest when no output file is given', () => {
    const { code, stdout } = cli('import', 'tests/fixtures/import/roadmap.md');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^version: 1$/m);
    expect(stdout.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=https:\/\/.+\/readiness\.schema\.json$/);
  });

  it('renders the tracking document, which imports back to the same verdict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readiness-render-'));
    const document = join(dir, 'READINESS.md');
    const manifest = join(dir, 'again.yml');
    expect(cli('render', 'examples/readiness.yml', '-o', document).code).toBe(0);
    const text = readFileSync(document, 'utf8');
    expect(text).toContain('| Phase | Name | Blocking | Status | Completion |');
    expect(text).toContain('| P2 | Resilience | YES | ❌ incomplete | 50% |');
    // Owners link to their page; #12 links to its issue when the checkout has a GitHub remote.
    expect(text).toMatch(
      /\| P0\.1 \| Remove default secrets from settings \| \[@alice\]\(https:\/\/github\.com\/alice\) \| ✅ done \| (#12|\[[\w.-]+\/[\w.-]+#12\]\(https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/issues\/12\)) \|/,
    );
    expect(cli('import', document, '-o', manifest).code).toBe(0);
    const original = JSON.parse(cli('check', 'examples/readiness.yml', '--format', 'json').stdout);
    const again = JSON.parse(cli('check', manifest, '--format', 'json').stdout);
    expect(again.incompletePhases).toEqual(original.incompletePhases);
  });

  it('exits 2 on a missing input file', () => {
    expect(cli('import', 'nope.md')).toMatchObject({ code: 2, stderr: 'nope.md no such file\n' });
    expect(cli('import').code).toBe(2);
  });
});
